import { describe, expect, it } from 'vitest';
import { readTerraformState, type TerraformReading } from '../../../src/sources/terraform/read-terraform-state.js';
import { unplacedReason } from '../../../src/sources/terraform/classify-references.js';

const aws = 'provider["registry.terraform.io/hashicorp/aws"]';

interface Block {
  type: string;
  name: string;
  module?: string;
  provider?: string;
  mode?: 'managed' | 'data';
  instances: Array<{ index_key?: string | number; attributes: Record<string, unknown>; dependencies?: string[] }>;
}

/** One instance of a block: type, name, attributes, what Terraform recorded it depends on. */
const block = (type: string, name: string, attributes: Record<string, unknown>, dependencies: string[] = [], extra: Partial<Block> = {}): Block => ({ type, name, instances: [{ attributes, dependencies }], ...extra });

function readState(blocks: Block[], providerRegions: Record<string, string> = { aws: 'us-east-1' }): TerraformReading {
  const resources = blocks.map((entry) => ({ mode: 'managed', provider: aws, ...entry }));
  return readTerraformState(JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'x', outputs: {}, resources }), { file: 'inline.tfstate', providerRegions, writtenAt: '2026-12-01T00:00:00Z' });
}

const tg = block('aws_lb_target_group', 'app', { arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1', id: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1', name: 'app' });
const subnet = (key: string, zone: string) => ({ index_key: key, attributes: { arn: `arn:aws:ec2:us-east-1:111122223333:subnet/subnet-${key}`, id: `subnet-${key}`, availability_zone: `us-east-1${key}`, availability_zone_id: zone } });
const subnets: Block = { type: 'aws_subnet', name: 'private', instances: [subnet('a', 'use1-az1'), subnet('b', 'use1-az2')] };

describe('classifyReferences', () => {
  it('merges everything that serves one target group, from several resources, into one requirement of which any member suffices', () => {
    const reading = readState([
      tg,
      block('aws_autoscaling_group', 'workers', { arn: 'arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:u:autoScalingGroupName/w', id: 'w', target_group_arns: [tg.instances[0]!.attributes.arn] }, ['aws_lb_target_group.app']),
      block('aws_ecs_service', 'api', { id: 'arn:aws:ecs:us-east-1:111122223333:service/c/api', load_balancer: [{ target_group_arn: tg.instances[0]!.attributes.arn }] }, ['aws_lb_target_group.app']),
      block('aws_instance', 'one', { arn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', id: 'i-1' }),
      block('aws_lb_target_group_attachment', 'one', { id: 'att-1', target_group_arn: tg.instances[0]!.attributes.arn, target_id: 'i-1' }, ['aws_instance.one', 'aws_lb_target_group.app']),
    ]);
    expect(reading.snapshot.dependencies).toEqual([
      {
        from: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1',
        to: ['arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:u:autoScalingGroupName/w', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', 'arn:aws:ecs:us-east-1:111122223333:service/c/api'],
        alternatives: true,
        kind: 'declared',
        provenance: 'terraform inline.tfstate aws_autoscaling_group.workers, aws_ecs_service.api, aws_lb_target_group_attachment.one',
        via: 'load_balancer.0.target_group_arn, target_group_arn -> target_id, target_group_arns',
      },
    ]);
  });

  it('folds a listener rule into its listener and the listener into its load balancer', () => {
    const lb = block('aws_lb', 'web', { arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1', id: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1' });
    const listener = block('aws_lb_listener', 'https', { arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/web/1/2', load_balancer_arn: lb.instances[0]!.attributes.arn }, ['aws_lb.web']);
    const rule = block('aws_lb_listener_rule', 'api', { arn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:listener-rule/app/web/1/2/3', listener_arn: listener.instances[0]!.attributes.arn, action: [{ target_group_arn: tg.instances[0]!.attributes.arn }] }, ['aws_lb.web', 'aws_lb_listener.https', 'aws_lb_target_group.app']);
    const reading = readState([lb, listener, rule, tg]);
    expect(reading.snapshot.dependencies).toEqual([
      expect.objectContaining({ from: lb.instances[0]!.attributes.arn, to: [tg.instances[0]!.attributes.arn], via: 'action.0.target_group_arn', provenance: 'terraform inline.tfstate aws_lb_listener_rule.api' }),
    ]);
    expect(reading.snapshot.ignored).toContainEqual(expect.objectContaining({ from: rule.instances[0]!.attributes.arn, via: 'listener_arn', reason: expect.stringContaining('configuration of aws_lb_listener.https') }));
    expect(reading.snapshot.ignored).toContainEqual(expect.objectContaining({ from: rule.instances[0]!.attributes.arn, to: [lb.instances[0]!.attributes.arn], reason: 'reached through aws_lb_listener.https: Terraform records every dependency, direct or not' }));
  });

  it('reads a type not in the table as needing everything it names, except observers, policies, settings and tags, and says so once per type', () => {
    const sg = block('aws_security_group', 'mq', { arn: 'arn:aws:ec2:us-east-1:111122223333:security-group/sg-1', id: 'sg-1', name: 'mq' });
    const cert = block('aws_acm_certificate', 'c', { arn: 'arn:aws:acm:us-east-1:111122223333:certificate/c', id: 'arn:aws:acm:us-east-1:111122223333:certificate/c' });
    const queue = block('aws_sqs_queue', 'q', { arn: 'arn:aws:sqs:us-east-1:111122223333:q', id: 'https://sqs.us-east-1.amazonaws.com/111122223333/q', url: 'https://sqs.us-east-1.amazonaws.com/111122223333/q', name: 'q' });
    const broker = (name: string) =>
      block('aws_mq_broker', name, { arn: `arn:aws:mq:us-east-1:111122223333:broker:${name}:b-1`, id: `b-${name}`, subnet_ids: ['subnet-a', 'subnet-b'], security_groups: ['sg-1'], certificate: cert.instances[0]!.attributes.arn, tags: { feeds: 'https://sqs.us-east-1.amazonaws.com/111122223333/q' } }, ['aws_acm_certificate.c', 'aws_security_group.mq', 'aws_sqs_queue.q', 'aws_subnet.private']);
    const reading = readState([sg, cert, queue, subnets, broker('one'), broker('two')]);
    const one = 'arn:aws:mq:us-east-1:111122223333:broker:one:b-1';
    expect(reading.snapshot.dependencies.filter((dependency) => dependency.from === one)).toEqual([
      expect.objectContaining({ to: ['arn:aws:ec2:us-east-1:111122223333:subnet/subnet-a', 'arn:aws:ec2:us-east-1:111122223333:subnet/subnet-b'], via: 'subnet_ids' }),
    ]);
    expect(reading.snapshot.dependencies.find((dependency) => dependency.from === one)?.alternatives).toBeUndefined();
    const reasons = reading.snapshot.ignored.filter((edge) => edge.from === one).map((edge) => [edge.via, edge.reason.split(':')[0]]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['certificate', 'aws_acm_certificate is configuration with no run-time needs of its own'],
        ['security_groups', 'aws_security_group is a policy'],
        ['tags.feeds', 'Labels; a tag value that names another resource does not make this resource call it.'],
      ]),
    );
    expect(reading.warnings).toEqual([expect.stringMatching(/^inline\.tfstate: aws_mq_broker \(aws_mq_broker\.one, aws_mq_broker\.two\) is not in faultline's table of Terraform references, so it is read as a resource that needs everything it references/)]);
  });

  it('passes what a shared setting needs on to a resource that names it without needing it: an instance its launch template', () => {
    const role = block('aws_iam_role', 'app', { arn: 'arn:aws:iam::111122223333:role/app-role', id: 'app-role', name: 'app-role' });
    const profile = block('aws_iam_instance_profile', 'app', { arn: 'arn:aws:iam::111122223333:instance-profile/app-profile', id: 'app-profile', name: 'app-profile', role: 'app-role' }, ['aws_iam_role.app']);
    const template = block('aws_launch_template', 'app', { arn: 'arn:aws:ec2:us-east-1:111122223333:launch-template/lt-1', id: 'lt-1', name: 'app-template', iam_instance_profile: [{ name: 'app-profile' }] }, ['aws_iam_instance_profile.app', 'aws_iam_role.app']);
    const instance = block('aws_instance', 'app', { arn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', id: 'i-1', launch_template: [{ id: 'lt-1' }] }, ['aws_iam_instance_profile.app', 'aws_iam_role.app', 'aws_launch_template.app']);
    const { dependencies } = readState([role, profile, template, instance]).snapshot;
    const short = dependencies.map((dependency) => `${dependency.from.split('/').pop()} -> ${dependency.to.map((to) => to.split('/').pop()).join(' ')} (${dependency.via})`);
    expect(short).toEqual([
      'i-1 -> app-profile (launch_template.0.id > aws_launch_template.app iam_instance_profile.0.name)',
      'lt-1 -> app-profile (iam_instance_profile.0.name)',
      'app-profile -> app-role (role)',
    ]);
  });

  it('keeps a dependency no value places as ordering only, and one on something the state lacks as such', () => {
    const queue = block('aws_sqs_queue', 'q', { arn: 'arn:aws:sqs:us-east-1:111122223333:q', id: 'https://sqs.us-east-1.amazonaws.com/111122223333/q', name: 'q' });
    const table = block('aws_dynamodb_table', 't', { arn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t', id: 't', name: 't' }, ['aws_sqs_queue.q', 'module.gone.aws_sns_topic.x']);
    const reading = readState([queue, table]);
    expect(reading.snapshot.dependencies).toEqual([]);
    expect(reading.snapshot.ignored).toEqual([
      expect.objectContaining({ from: 'arn:aws:dynamodb:us-east-1:111122223333:table/t', to: ['arn:aws:sqs:us-east-1:111122223333:q'], reason: unplacedReason, provenance: 'terraform inline.tfstate aws_dynamodb_table.t' }),
      expect.objectContaining({ to: ['terraform:module.gone.aws_sns_topic.x'], reason: 'Terraform recorded a dependency on module.gone.aws_sns_topic.x, which the file does not hold' }),
    ]);
  });

  it('joins an EventBridge rule to its target function, whose own `arn` attribute is the function, not itself', () => {
    const fn = block('aws_lambda_function', 'f', { arn: 'arn:aws:lambda:us-east-1:111122223333:function:f', id: 'f', function_name: 'f', role: '' });
    const rule = block('aws_cloudwatch_event_rule', 'r', { arn: 'arn:aws:events:us-east-1:111122223333:rule/nightly', id: 'nightly', name: 'nightly' });
    const target = block('aws_cloudwatch_event_target', 't', { id: 'nightly-t', arn: 'arn:aws:lambda:us-east-1:111122223333:function:f', rule: 'nightly' }, ['aws_cloudwatch_event_rule.r', 'aws_lambda_function.f']);
    const reading = readState([fn, rule, target]);
    expect(reading.snapshot.resources.map((resource) => resource.id)).toContain('terraform:aws_cloudwatch_event_target.t');
    expect(reading.snapshot.dependencies).toEqual([
      expect.objectContaining({ from: 'arn:aws:lambda:us-east-1:111122223333:function:f', to: ['arn:aws:events:us-east-1:111122223333:rule/nightly'], via: 'arn -> rule', provenance: 'terraform inline.tfstate aws_cloudwatch_event_target.t' }),
    ]);
  });

  it('leaves an ARN that is another resource identity to that resource: a topic policy is not its topic', () => {
    const topic = block('aws_sns_topic', 't', { arn: 'arn:aws:sns:us-east-1:111122223333:t', id: 'arn:aws:sns:us-east-1:111122223333:t', name: 't' });
    const policy = block('aws_sns_topic_policy', 'p', { id: 'arn:aws:sns:us-east-1:111122223333:t', arn: 'arn:aws:sns:us-east-1:111122223333:t', policy: '{}' }, ['aws_sns_topic.t']);
    const ids = readState([policy, topic]).snapshot.resources.map((resource) => `${resource.id} ${resource.origins![0]!.address}`);
    expect(ids).toEqual(['arn:aws:sns:us-east-1:111122223333:t aws_sns_topic.t', 'terraform:aws_sns_topic_policy.p aws_sns_topic_policy.p']);
  });

  it('does not read other providers, says so once per provider, and keeps references to them with why', () => {
    const record = block('cloudflare_record', 'www', { id: 'r1', value: 'x' }, [], { provider: 'provider["registry.terraform.io/cloudflare/cloudflare"]' });
    const table = block('aws_dynamodb_table', 't', { arn: 'arn:aws:dynamodb:us-east-1:111122223333:table/t', id: 't' }, ['cloudflare_record.www']);
    const reading = readState([record, table]);
    expect(reading.snapshot.resources.map((resource) => resource.id)).toEqual(['arn:aws:dynamodb:us-east-1:111122223333:table/t']);
    expect(reading.snapshot.ignored).toEqual([expect.objectContaining({ to: ['terraform:cloudflare_record.www'], reason: 'cloudflare_record.www is of provider registry.terraform.io/cloudflare/cloudflare, which faultline does not read' })]);
    expect(reading.warnings).toEqual([expect.stringMatching(/^inline\.tfstate: 1 resource of provider registry\.terraform\.io\/cloudflare\/cloudflare \(cloudflare_record\.www\) is not read/)]);
  });
});

describe('regions and accounts of several provider configurations', () => {
  const blocks: Block[] = [
    block('aws_dynamodb_table', 'eu', { arn: 'arn:aws:dynamodb:eu-west-1:444455556666:table/eu', id: 'eu' }, [], { provider: `${aws}.eu` }),
    // No region or account in a bucket's ARN: the alias's account, and its region from the caller.
    block('aws_s3_bucket', 'eu', { arn: 'arn:aws:s3:::eu-bucket', id: 'eu-bucket', bucket: 'eu-bucket' }, [], { provider: `${aws}.eu` }),
    // A module with the alias passed in: Terraform records the root's configuration.
    block('aws_sqs_queue', 'replica', { arn: 'arn:aws:sqs:eu-west-1:444455556666:replica', id: 'https://sqs.eu-west-1.amazonaws.com/444455556666/replica' }, [], { module: 'module.replica', provider: `${aws}.eu` }),
    block('aws_sqs_queue_policy', 'replica', { id: 'https://sqs.eu-west-1.amazonaws.com/444455556666/replica', queue_url: 'x', policy: '{}' }, [], { module: 'module.replica', provider: `${aws}.eu` }),
    // A module that declares its own configuration.
    block('aws_cloudwatch_log_subscription_filter', 'f', { id: 'cwlsf-1', name: 'f' }, [], { module: 'module.net', provider: `module.net.${aws}` }),
    block('aws_dynamodb_table', 'us', { arn: 'arn:aws:dynamodb:us-east-1:111122223333:table/us', id: 'us' }),
  ];

  it('puts each resource in the region and account of its own configuration', () => {
    const reading = readState(blocks, { aws: 'us-east-1', 'aws.eu': 'eu-west-1', 'module.net:aws': 'ap-south-1' });
    const placed = Object.fromEntries(reading.snapshot.resources.map((resource) => [resource.origins![0]!.address!, `${resource.region ?? '-'} ${resource.account ?? '-'}`]));
    expect(placed).toEqual({
      'aws_dynamodb_table.eu': 'eu-west-1 444455556666',
      'aws_s3_bucket.eu': 'eu-west-1 444455556666',
      'module.replica.aws_sqs_queue.replica': 'eu-west-1 444455556666',
      'module.replica.aws_sqs_queue_policy.replica': 'eu-west-1 444455556666',
      'module.net.aws_cloudwatch_log_subscription_filter.f': 'ap-south-1 -',
      'aws_dynamodb_table.us': 'us-east-1 111122223333',
    });
    expect(reading.warnings).toEqual([]);
  });

  it('leaves a region it cannot tell unset and says so once per configuration', () => {
    const reading = readState(blocks, {});
    expect(reading.snapshot.resources.find((resource) => resource.origins![0]!.address === 'aws_s3_bucket.eu')?.region).toBeUndefined();
    expect(reading.warnings).toEqual([
      expect.stringMatching(/^inline\.tfstate: 2 resources of provider configuration aws\.eu \(aws_s3_bucket\.eu, module\.replica\.aws_sqs_queue_policy\.replica\) have no region/),
      expect.stringMatching(/^inline\.tfstate: 1 resource of provider configuration module\.net:aws \(module\.net\.aws_cloudwatch_log_subscription_filter\.f\) has no region/),
    ]);
  });
});
