import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/sources/source-error.js';
import { readTerraformPlan } from '../../../src/sources/terraform/read-terraform-plan.js';

const fixtures = new URL('../../fixtures/terraform/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const read = (name: string) => readTerraformPlan(text(name), { file: name, writtenAt: '2026-12-01T00:00:00Z' });

const worker = 'arn:aws:lambda:us-east-1:111122223333:function:shop-prod-worker';

describe('readTerraformPlan', () => {
  it('makes the planned instances nodes, a queue the plan creates terraform:<address> in its provider configuration region', () => {
    const plan = read('plan-adds-queue-per-region.json');
    expect(plan.form).toBe('plan');
    expect(plan.snapshot.resources).toHaveLength(15);
    expect(plan.providerRegions).toEqual({ aws: 'us-east-1', 'aws.west': 'us-west-2' });
    const byId = new Map(plan.snapshot.resources.map((resource) => [resource.id, resource]));
    expect(byId.get('terraform:aws_sqs_queue.audit')).toMatchObject({ type: 'sqs:queue', region: 'us-east-1', account: '111122223333', origins: [{ source: 'terraform', file: 'plan-adds-queue-per-region.json', address: 'aws_sqs_queue.audit' }] });
    expect(byId.get('terraform:aws_sqs_queue.audit_west')).toMatchObject({ region: 'us-west-2' });
    expect(byId.get('arn:aws:dynamodb:us-west-2:111122223333:table/shop-prod-orders-usw2')).toMatchObject({ region: 'us-west-2' });
    expect(plan.snapshot.scannedAt).toMatch(/^20\d\d-/);
    expect(plan.warnings).toEqual([]);
  });

  it('reads the new reference from the configuration, where the plan alone names it', () => {
    const plan = read('plan-adds-us-east-1-queue.json');
    const environment = plan.snapshot.dependencies.filter((dependency) => dependency.from === worker && dependency.via === 'environment.0.variables');
    expect(environment).toEqual([expect.objectContaining({ to: expect.arrayContaining(['terraform:aws_sqs_queue.audit', 'arn:aws:sqs:us-east-1:111122223333:shop-prod-jobs', 'arn:aws:dynamodb:us-east-1:111122223333:table/shop-prod-orders']), provenance: 'terraform plan-adds-us-east-1-queue.json aws_lambda_function.worker' })]);
    expect(plan.snapshot.dependencies).toContainEqual(expect.objectContaining({ from: worker, to: ['arn:aws:iam::111122223333:role/shop-prod-worker'], via: 'role' }));
    expect(plan.snapshot.dependencies).toContainEqual(expect.objectContaining({ from: worker, alternatives: true, via: 'vpc_config.0.subnet_ids' }));
  });

  it('follows a module variable to what the call passes in', () => {
    const plan = read('plan-adds-us-east-1-queue.json');
    const checkout = 'arn:aws:lambda:us-east-1:111122223333:function:shop-prod-checkout';
    expect(plan.snapshot.dependencies).toContainEqual(expect.objectContaining({ from: checkout, to: ['arn:aws:iam::111122223333:role/shop-prod-worker'], via: 'role', provenance: 'terraform plan-adds-us-east-1-queue.json module.checkout.aws_lambda_function.checkout' }));
    expect(plan.snapshot.dependencies).toContainEqual(expect.objectContaining({ from: checkout, to: ['arn:aws:dynamodb:us-east-1:111122223333:table/shop-prod-orders', 'arn:aws:sqs:us-east-1:111122223333:shop-prod-checkout'] }));
  });

  it('says what the plan changes, and keeps a reference to a data source as one', () => {
    const plan = read('plan-adds-queue-per-region.json');
    expect(plan.changes.filter((change) => !change.actions.includes('no-op'))).toEqual([
      { address: 'aws_lambda_function.worker', actions: ['update'], id: worker },
      { address: 'aws_sqs_queue.audit', actions: ['create'], id: 'terraform:aws_sqs_queue.audit' },
      { address: 'aws_sqs_queue.audit_west', actions: ['create'], id: 'terraform:aws_sqs_queue.audit_west' },
    ]);
    expect(plan.changes).toHaveLength(15);
    expect(plan.snapshot.ignored).toContainEqual(expect.objectContaining({ to: ['terraform:data.aws_availability_zones.available'], reason: 'a data source: Terraform reads it when planning; it is not a resource' }));
  });

  it('takes a region the configuration gives through a root variable', () => {
    const plan = JSON.parse(text('plan-adds-us-east-1-queue.json')) as { variables: Record<string, { value: string }>; configuration: { provider_config: Record<string, { expressions: Record<string, unknown> }> } };
    plan.variables.region = { value: 'eu-central-1' };
    plan.configuration.provider_config['aws.west']!.expressions.region = { references: ['var.region'] };
    expect(readTerraformPlan(JSON.stringify(plan), { file: 'p', writtenAt: 'x' }).providerRegions['aws.west']).toBe('eu-central-1');
  });

  it('refuses a state, another major format and what is not JSON, each in one line', () => {
    const refusal = (source: string) => {
      try {
        readTerraformPlan(source, { file: 'p.json', writtenAt: 'x' });
      } catch (error) {
        if (error instanceof InputError) return error.message.split('\n');
        throw error;
      }
      throw new Error('read');
    };
    expect(refusal(text('three-tier.show.json'))).toEqual([expect.stringMatching(/^p\.json:2:21 format_version: is not a saved plan: it has no "planned_values" — /)]);
    expect(refusal(text('three-tier.tfstate'))).toEqual([expect.stringMatching(/^p\.json:1:1 is not a Terraform plan: it has no "format_version" — /)]);
    expect(refusal(text('plan-adds-us-east-1-queue.json').replace('"format_version": "1.2"', '"format_version": "2.0"'))).toEqual([expect.stringMatching(/^p\.json:2:21 format_version: format 2\.0 is a major version faultline does not read/)]);
    expect(refusal('resource "x" "y" {}')).toEqual([expect.stringMatching(/^p\.json:1:1 is not JSON, so not a Terraform plan: /)]);
  });
});
