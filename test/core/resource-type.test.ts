import { describe, expect, it } from 'vitest';
import { createTypeReader } from '../../src/core/resource-type.js';
import { knowledge } from '../../src/knowledge/index.js';

const read = createTypeReader(knowledge);
const aws = { aws: true };

describe('createTypeReader', () => {
  it('reads the ARN form, CloudFormation, Terraform and plain words as the same type', () => {
    for (const written of ['dynamodb:table', 'AWS::DynamoDB::Table', 'aws::dynamodb::table', 'aws_dynamodb_table', 'DynamoDB table', 'dynamodb-table', ' ddb table ']) {
      expect(read(written, aws), written).toMatchObject({ ok: true, type: 'dynamodb:table' });
    }
    expect(read('AWS::ElasticLoadBalancingV2::LoadBalancer', aws)).toEqual({ ok: true, type: 'elasticloadbalancing:loadbalancer', from: 'cloudformation' });
    expect(read('aws_alb', aws)).toEqual({ ok: true, type: 'elasticloadbalancing:loadbalancer', from: 'terraform' });
    expect(read('ALB', aws)).toEqual({ ok: true, type: 'elasticloadbalancing:loadbalancer', from: 'words' });
    expect(read('IAM Identity Center', aws)).toEqual({ ok: true, type: 'sso:instance', from: 'words' });
  });

  it('keeps the ARN form as the table writes it, whatever the case', () => {
    expect(read('AUTOSCALING:AUTOSCALINGGROUP', aws)).toEqual({ ok: true, type: 'autoscaling:autoScalingGroup' });
  });

  it('reads a type with no ARN type of its own as its parent', () => {
    expect(read('AWS::ApiGateway::Stage', aws)).toEqual({ ok: true, type: 'apigateway:restapis', from: 'cloudformation' });
    expect(read('aws_route53_record', aws)).toMatchObject({ ok: true, type: 'route53:recordset' });
  });

  it('refuses a near miss of a known spelling, with the spelling it is near', () => {
    expect(read('AWS::DynamoDB::Tabel', aws)).toEqual({ ok: false, problem: '"AWS::DynamoDB::Tabel" is not a CloudFormation type faultline knows', fix: 'did you mean "AWS::DynamoDB::Table"?' });
    expect(read('aws_dynamodb_tabel', aws)).toEqual({ ok: false, problem: '"aws_dynamodb_tabel" is not a Terraform AWS resource type faultline knows', fix: 'did you mean "aws_dynamodb_table"?' });
    expect(read('dynamodb:tabel', aws)).toEqual({ ok: false, problem: '"dynamodb:tabel" is not a dynamodb resource type faultline knows', fix: 'did you mean "dynamodb:table"?' });
  });

  it('asks which one is meant when words could name several AWS types, on an AWS component only', () => {
    expect(read('aurora', aws)).toEqual({ ok: false, problem: '"aurora" could be any of rds:cluster, rds:db, rds:global-cluster', fix: 'write the one you mean' });
    expect(read('aurora', { aws: false })).toEqual({ ok: true, type: 'aurora' });
  });

  it('keeps a free-form kind, and reads an unlisted type of a known service by its service, saying so', () => {
    expect(read('status-page', aws)).toEqual({ ok: true, type: 'status-page' });
    expect(read('postgres', { aws: false })).toEqual({ ok: true, type: 'postgres' });
    expect(read('AWS::DynamoDB::ResourcePolicyOfSomething', aws)).toEqual({
      ok: true,
      type: 'dynamodb:resourcepolicyofsomething',
      from: 'cloudformation',
      note: "AWS::DynamoDB::ResourcePolicyOfSomething is not in faultline's table of AWS types; read as dynamodb:resourcepolicyofsomething",
    });
  });
});
