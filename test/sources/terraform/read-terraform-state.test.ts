import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dependency, Resource } from '../../../src/core/inventory.js';
import { parseArn, resourceTypeOf } from '../../../src/sources/aws/parse-arn.js';
import { readTerraformState, type TerraformReading } from '../../../src/sources/terraform/read-terraform-state.js';

const fixtures = new URL('../../fixtures/terraform/', import.meta.url);
const providerRegions = { aws: 'us-east-1', 'aws.west': 'us-west-2' };
const read = (name: string, regions: Record<string, string> = providerRegions): TerraformReading =>
  readTerraformState(readFileSync(new URL(name, fixtures), 'utf8'), { file: name, providerRegions: regions, writtenAt: '2026-12-01T00:00:00.000Z' });

const state = read('three-tier.tfstate');
const { resources, dependencies = [], ignored = [] } = state.snapshot;

/** The node a Terraform address became. */
function node(address: string, reading: TerraformReading = state): Resource {
  const found = reading.snapshot.resources.find((resource) => resource.origins?.some((origin) => origin.address === address));
  if (found === undefined) throw new Error(`no node for ${address}`);
  return found;
}
const id = (address: string) => node(address).id;
const needs = (address: string): Dependency[] => dependencies.filter((dependency) => dependency.from === id(address));
const needed = (from: string, to: string) => dependencies.filter((dependency) => dependency.from === id(from) && dependency.to.includes(id(to)));

describe('readTerraformState on the three-tier estate', () => {
  it('makes every managed instance a node, with its address and the state file as its origin, and skips the data sources', () => {
    expect(state.form).toBe('state');
    expect(resources).toHaveLength(47);
    expect(new Set(resources.map((resource) => resource.id)).size).toBe(47);
    for (const resource of resources) expect(resource.origins).toEqual([{ source: 'terraform', file: 'three-tier.tfstate', address: expect.any(String) }]);
    const addresses = resources.map((resource) => resource.origins![0]!.address!);
    expect(addresses.filter((address) => address.startsWith('data.'))).toEqual([]);
    // data.aws_caller_identity.current has an ARN of its own; it must not become a node.
    expect(resources.map((resource) => resource.id).filter((value) => value.includes(':sts:'))).toEqual([]);
    expect(state.snapshot).toMatchObject({ source: 'terraform', file: 'three-tier.tfstate', partial: false, errors: [], scannedAt: '2026-12-01T00:00:00.000Z' });
  });

  it('keeps the host names a node answers to (a record, a load balancer, a database endpoint without its port), for DNS query logs', () => {
    expect(node('aws_route53_record.www').dnsNames).toEqual(['www.shop.example.com']);
    expect(node('aws_lb.web').dnsNames).toEqual(['shop-prod-web-1873460291.us-east-1.elb.amazonaws.com']);
    expect(node('aws_rds_cluster.main').dnsNames).toContain('shop-prod.cluster-c9x2kq7ab1cd.us-east-1.rds.amazonaws.com');
    // An SQS endpoint attribute holding an ARN is no host name.
    for (const resource of resources) for (const name of resource.dnsNames ?? []) expect(name).toMatch(/^[a-z0-9_.-]+$/);
  });

  it('names a node by its ARN (from arn, from an id that is one, or from dashboard_arn), else by terraform:<address>', () => {
    expect(id('aws_dynamodb_table.orders')).toBe('arn:aws:dynamodb:us-east-1:111122223333:table/shop-prod-orders');
    expect(id('aws_ecs_service.app')).toBe('arn:aws:ecs:us-east-1:111122223333:service/shop-prod/shop-prod-app');
    expect(id('aws_cloudwatch_dashboard.main')).toBe('arn:aws:cloudwatch::111122223333:dashboard/shop-prod');
    expect(id('aws_route53_record.www')).toBe('terraform:aws_route53_record.www');
    expect(id('aws_s3_bucket_policy.assets')).toBe('terraform:aws_s3_bucket_policy.assets');
    expect(id('aws_cloudwatch_log_subscription_filter.app')).toBe('terraform:aws_cloudwatch_log_subscription_filter.app');
  });

  it('gives an ARN the id and the type the Tagging API scanner gives it, so Terraform and the scan meet on one node', () => {
    const arnNodes = resources.filter((resource) => resource.id.startsWith('arn:'));
    expect(arnNodes.length).toBeGreaterThan(40);
    // The table of AWS types gives an SNS subscription no ARN type of its own; the first-segment rule would read it as sns:<topic name>.
    const ownTypes = new Set(['aws_sns_topic_subscription']);
    for (const resource of arnNodes) {
      const address = resource.origins![0]!.address!;
      if (ownTypes.has(address.split('.')[0]!)) continue;
      expect(resource.type, address).toBe(resourceTypeOf(parseArn(resource.id)!));
    }
    expect(node('aws_rds_cluster_instance.main[0]').type).toBe('rds:db');
    expect(node('aws_lb.web').type).toBe('elasticloadbalancing:loadbalancer');
  });

  it('reads the type through the table of AWS types: aws_dynamodb_table is dynamodb:table, a record route53:recordset', () => {
    expect(node('aws_dynamodb_table.orders').type).toBe('dynamodb:table');
    expect(node('aws_route53_record.www').type).toBe('route53:recordset');
    expect(node('aws_s3_bucket_versioning.assets').type).toBe('aws_s3_bucket_versioning');
  });

  it('places each resource: region from the ARN, a global ARN in none, account from the ARN or its provider configuration', () => {
    expect(node('aws_lambda_function.worker')).toMatchObject({ provider: 'aws', region: 'us-east-1', account: '111122223333' });
    expect(node('aws_iam_role.worker').region).toBeUndefined();
    expect(node('aws_route53_zone.main')).toMatchObject({ account: '111122223333' });
    expect(node('aws_route53_zone.main').region).toBeUndefined();
    expect(node('aws_route53_record.www').region).toBeUndefined();
    expect(node('aws_s3_bucket.assets')).toMatchObject({ region: 'us-east-1', account: '111122223333' });
    expect(resources.every((resource) => resource.account === '111122223333')).toBe(true);
  });

  it('puts the two us-west-2 resources in us-west-2: the table by its ARN, the bucket by its region argument', () => {
    expect(node('aws_dynamodb_table.orders_west').region).toBe('us-west-2');
    expect(node('aws_s3_bucket.backup').region).toBe('us-west-2');
    const withoutWest = read('three-tier.tfstate', { aws: 'us-east-1' });
    expect(node('aws_s3_bucket.backup', withoutWest).region).toBe('us-west-2');
  });

  it('places a resource nothing else places by its provider configuration, and says once per configuration when it cannot', () => {
    expect(node('aws_cloudwatch_dashboard.main').region).toBe('us-east-1');
    expect(node('aws_cloudwatch_log_subscription_filter.app').region).toBe('us-east-1');
    expect(state.warnings).toEqual([]);
    const west = readTerraformState(readFileSync(new URL('three-tier.tfstate', fixtures), 'utf8').replaceAll('"provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",\n      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n            "dashboard_arn"', '"provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"].west",\n      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n            "dashboard_arn"'), { file: 's', providerRegions: { 'aws.west': 'us-west-2' }, writtenAt: '2026-12-01T00:00:00Z' });
    expect(node('aws_cloudwatch_dashboard.main', west).region).toBe('us-west-2');
    const unknown = read('three-tier.tfstate', {});
    expect(node('aws_cloudwatch_dashboard.main', unknown).region).toBeUndefined();
    // A setting or a policy is where what it configures is: the bucket's policy in the bucket's region.
    expect(node('aws_s3_bucket_policy.assets', unknown).region).toBe('us-east-1');
    expect(unknown.warnings).toHaveLength(1);
    expect(unknown.warnings[0]).toMatch(/^three-tier\.tfstate: 1 resource of provider configuration aws \(aws_cloudwatch_dashboard\.main\) has no region/);
  });

  it('makes each count and for_each instance its own node in its own zone, as a zone id', () => {
    const zones = Object.fromEntries(['aws_subnet.private["a"]', 'aws_subnet.private["b"]', 'aws_subnet.private["c"]', 'aws_subnet.public["c"]', 'aws_rds_cluster_instance.main[0]', 'aws_rds_cluster_instance.main[1]'].map((address) => [address, node(address).zone]));
    expect(zones).toEqual({
      'aws_subnet.private["a"]': 'use1-az1',
      'aws_subnet.private["b"]': 'use1-az2',
      'aws_subnet.private["c"]': 'use1-az4',
      'aws_subnet.public["c"]': 'use1-az4',
      // The instances say only us-east-1a and us-east-1b; the subnets of the same account pair those names with their ids.
      'aws_rds_cluster_instance.main[0]': 'use1-az1',
      'aws_rds_cluster_instance.main[1]': 'use1-az2',
    });
    expect(id('aws_subnet.private["a"]')).toBe('arn:aws:ec2:us-east-1:111122223333:subnet/subnet-04e6b1c9d8a7f2350');
    expect(node('aws_lb.web').zone).toBeUndefined();
  });

  it('reads module.checkout by its addresses, in the default provider region, sharing the root role and table', () => {
    expect(node('module.checkout.aws_sqs_queue.checkout')).toMatchObject({ id: 'arn:aws:sqs:us-east-1:111122223333:shop-prod-checkout', region: 'us-east-1', tags: expect.objectContaining({ Component: 'checkout' }) });
    const checkout = 'module.checkout.aws_lambda_function.checkout';
    expect(needed(checkout, 'module.checkout.aws_sqs_queue.checkout')).toEqual([expect.objectContaining({ via: 'environment.0.variables.CHECKOUT_QUEUE_URL', provenance: `terraform three-tier.tfstate ${checkout}` })]);
    expect(needed(checkout, 'aws_dynamodb_table.orders')).toHaveLength(1);
    expect(needed(checkout, 'aws_iam_role.worker')).toEqual([expect.objectContaining({ via: 'role' })]);
  });

  it('takes tags as AWS holds them: the resource own tags with the provider default tags', () => {
    expect(node('aws_lambda_function.worker').tags).toEqual({ Component: 'worker', Environment: 'prod', ManagedBy: 'terraform', Service: 'shop' });
    expect(node('aws_autoscaling_group.workers').tags).toEqual({ Name: 'shop-prod-worker' });
  });
});

describe('the run-time chain from the DNS record down to the database', () => {
  it('follows record -> load balancer -> target group -> ECS service -> task definition -> Aurora cluster -> its instances', () => {
    expect(needed('aws_route53_record.www', 'aws_lb.web')).toEqual([expect.objectContaining({ via: 'alias.0.name', kind: 'declared', provenance: 'terraform three-tier.tfstate aws_route53_record.www' })]);
    // The listener is configuration of the load balancer: folded into it, so the load balancer needs the listener's target group.
    expect(needed('aws_lb.web', 'aws_lb_target_group.app')).toEqual([expect.objectContaining({ via: 'default_action.0.target_group_arn', provenance: 'terraform three-tier.tfstate aws_lb_listener.https' })]);
    // The service names the target group, but it is the target group that needs the service's tasks.
    expect(needed('aws_lb_target_group.app', 'aws_ecs_service.app')).toEqual([expect.objectContaining({ via: 'load_balancer.0.target_group_arn', alternatives: true })]);
    expect(needed('aws_ecs_service.app', 'aws_ecs_task_definition.app')).toEqual([expect.objectContaining({ via: 'task_definition' })]);
    expect(needed('aws_ecs_service.app', 'aws_ecs_cluster.main')).toEqual([expect.objectContaining({ via: 'cluster' })]);
    // The task definition names the database only inside its container definitions (a JSON string), by its endpoint.
    expect(needed('aws_ecs_task_definition.app', 'aws_rds_cluster.main')).toEqual([expect.objectContaining({ via: 'container_definitions.app.environment.DATABASE_HOST.value' })]);
    expect(needed('aws_rds_cluster.main', 'aws_rds_cluster_instance.main[0]')).toEqual([
      expect.objectContaining({ to: [id('aws_rds_cluster_instance.main[0]'), id('aws_rds_cluster_instance.main[1]')], alternatives: true, via: 'cluster_identifier' }),
    ]);
  });

  it('records the hosted zone and the subnets of the chain, the subnets of each zone as alternatives', () => {
    expect(needed('aws_route53_record.www', 'aws_route53_zone.main')).toEqual([expect.objectContaining({ via: 'zone_id' })]);
    const subnets = needed('aws_ecs_service.app', 'aws_subnet.private["a"]');
    expect(subnets).toEqual([expect.objectContaining({ via: 'network_configuration.0.subnets', alternatives: true })]);
    expect(subnets[0]!.to).toHaveLength(3);
    expect(needed('aws_lb.web', 'aws_subnet.public["b"]')).toEqual([expect.objectContaining({ alternatives: true, to: expect.arrayContaining([id('aws_subnet.public["a"]')]) })]);
  });

  it('keeps the listener and the certificate out of the requirements, each with why', () => {
    const toListener = dependencies.filter((dependency) => dependency.to.includes(id('aws_lb_listener.https')));
    expect(toListener).toEqual([]);
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_lb_listener.https'), to: [id('aws_lb.web')], via: 'load_balancer_arn', reason: expect.stringContaining('folded into it') }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_lb_listener.https'), to: [id('aws_acm_certificate.web')], via: 'certificate_arn' }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_ecs_service.app'), to: [id('aws_lb_listener.https')], reason: 'ordering only (depends_on), or a reference faultline cannot place' }));
  });
});

describe('the asynchronous path', () => {
  it('makes the function need its role, the table its environment names, and the queue, and its subnets as alternatives', () => {
    expect(needed('aws_lambda_function.worker', 'aws_iam_role.worker')).toEqual([expect.objectContaining({ via: 'role' })]);
    expect(needed('aws_lambda_function.worker', 'aws_dynamodb_table.orders')).toEqual([expect.objectContaining({ via: 'environment.0.variables.ORDERS_TABLE' })]);
    expect(needed('aws_lambda_function.worker', 'aws_subnet.private["b"]')).toEqual([expect.objectContaining({ via: 'vpc_config.0.subnet_ids', alternatives: true })]);
  });

  it('joins the queue to the function through the event source mapping, which nothing needs', () => {
    expect(needed('aws_lambda_function.worker', 'aws_sqs_queue.jobs')).toContainEqual(
      expect.objectContaining({ via: 'function_name -> event_source_arn', provenance: 'terraform three-tier.tfstate aws_lambda_event_source_mapping.queue' }),
    );
    expect(dependencies.filter((dependency) => dependency.to.includes(id('aws_lambda_event_source_mapping.queue')))).toEqual([]);
    expect(needs('aws_lambda_event_source_mapping.queue')).toEqual([]);
  });

  it('makes the Auto Scaling group need its launch template and its subnets as alternatives', () => {
    expect(needed('aws_autoscaling_group.workers', 'aws_launch_template.workers')).toEqual([expect.objectContaining({ via: 'launch_template.0.id, launch_template.0.name' })]);
    expect(needed('aws_autoscaling_group.workers', 'aws_subnet.private["c"]')).toEqual([expect.objectContaining({ via: 'vpc_zone_identifier', alternatives: true })]);
  });
});

describe('observers, policies and glue', () => {
  const watchersAndPermits = [
    'aws_cloudwatch_metric_alarm.queue_depth',
    'aws_cloudwatch_dashboard.main',
    'aws_cloudwatch_log_group.app',
    'aws_cloudwatch_log_subscription_filter.app',
    'aws_iam_policy.worker',
    'aws_iam_role_policy_attachment.worker',
    'aws_s3_bucket_policy.assets',
    'aws_security_group.app',
    'aws_sns_topic_subscription.ops',
  ];

  it('never makes anything need an alarm, a dashboard, a log group or subscription, a policy, a security group or an attachment', () => {
    for (const address of watchersAndPermits) expect(dependencies.filter((dependency) => dependency.to.includes(id(address))), address).toEqual([]);
  });

  it('makes none of them need what they name, and keeps each reference with why', () => {
    for (const address of ['aws_cloudwatch_metric_alarm.queue_depth', 'aws_cloudwatch_log_subscription_filter.app', 'aws_iam_policy.worker', 'aws_s3_bucket_policy.assets', 'aws_iam_role_policy_attachment.worker']) {
      expect(needs(address), address).toEqual([]);
    }
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_cloudwatch_metric_alarm.queue_depth'), to: [id('aws_sqs_queue.jobs')], via: 'dimensions.QueueName', reason: 'Names what is watched.' }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_cloudwatch_metric_alarm.queue_depth'), to: [id('aws_sns_topic.alerts')], via: 'alarm_actions' }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_cloudwatch_log_subscription_filter.app'), to: [id('aws_cloudwatch_log_group.app')], via: 'log_group_name' }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_iam_policy.worker'), to: [id('aws_dynamodb_table.orders')], via: 'policy.Statement.0.Resource', reason: expect.stringContaining('is a policy') }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_s3_bucket_policy.assets'), to: [id('aws_s3_bucket.assets')], reason: expect.stringContaining('is a policy') }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_ecs_task_definition.app'), to: [id('aws_cloudwatch_log_group.app')], reason: expect.stringContaining('is an observer') }));
  });

  it('records the policy attachment as a permission between the role and the policy, not a need', () => {
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_iam_role.worker'), to: [id('aws_iam_policy.worker')], via: 'role -> policy_arn', provenance: 'terraform three-tier.tfstate aws_iam_role_policy_attachment.worker' }));
  });

  it('says what the subscription joins to when its endpoint lies outside the state', () => {
    expect(ignored).toContainEqual(
      expect.objectContaining({ from: id('aws_sns_topic_subscription.ops'), to: [id('aws_sns_topic.alerts')], reason: expect.stringContaining('it names arn:aws:sqs:us-east-1:444455556666:ops-paging') }),
    );
  });
});

describe('what Terraform recorded and no value places', () => {
  it('keeps a dependency reached through another with what it is reached through, and a data source as one', () => {
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_route53_record.www'), to: expect.arrayContaining([id('aws_vpc.main'), id('aws_subnet.public["a"]')]), reason: 'reached through aws_lb.web: Terraform records every dependency, direct or not' }));
    expect(ignored).toContainEqual(expect.objectContaining({ from: id('aws_s3_bucket.assets'), to: ['terraform:data.aws_caller_identity.current'], reason: expect.stringContaining('a data source') }));
  });

  it('drops no recorded dependency: each entry of each instance is in a dependency or an ignored one that instance made', () => {
    type RawResource = { mode: string; type: string; name: string; module?: string; instances: Array<{ index_key?: string | number; dependencies?: string[] }> };
    const raw = (JSON.parse(readFileSync(new URL('three-tier.tfstate', fixtures), 'utf8')) as { resources: RawResource[] }).resources.filter((resource) => resource.mode === 'managed');
    const edges = [...dependencies, ...ignored];
    const idsOf = (entry: string) => [...resources.filter((resource) => resource.origins![0]!.address!.replace(/\[[^\]]*\]/g, '') === entry).map((resource) => resource.id), `terraform:${entry}`];
    let checked = 0;
    for (const resource of raw) {
      for (const instance of resource.instances) {
        const address = `${resource.module ? `${resource.module}.` : ''}${resource.type}.${resource.name}${instance.index_key === undefined ? '' : `[${JSON.stringify(instance.index_key)}]`}`;
        const made = edges.filter((edge) => edge.provenance.slice('terraform three-tier.tfstate '.length).split(', ').includes(address));
        for (const entry of instance.dependencies ?? []) {
          const ids = idsOf(entry);
          expect(made.some((edge) => [edge.from, ...edge.to].some((value) => ids.includes(value))), `${address} -> ${entry}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the same estate as `terraform show -json`', () => {
  const shown = read('three-tier.show.json');
  const rename = (text: string) => text.replaceAll('three-tier.show.json', 'three-tier.tfstate');

  it('gives the same nodes, dependencies and ignored references as the raw state', () => {
    expect(shown.form).toBe('show-json');
    expect(JSON.parse(rename(JSON.stringify(shown.snapshot.resources)))).toEqual(resources);
    expect(JSON.parse(rename(JSON.stringify(shown.snapshot.dependencies)))).toEqual(dependencies);
    expect(JSON.parse(rename(JSON.stringify(shown.snapshot.ignored)))).toEqual(ignored);
  });

  it('says where it assumed the default provider, as show-json records no alias', () => {
    expect(shown.warnings).toEqual([expect.stringMatching(/^three-tier\.show\.json: `terraform show -json` does not record which provider configuration a resource uses.*aws_cloudwatch_dashboard\.main is: placed in the region of the default configuration \(aws, us-east-1\)/)]);
    expect(read('three-tier.show.json', { aws: 'us-east-1' }).warnings).toEqual([]);
  });
});
