import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import type { Dependency, IgnoredDependency, Resource } from '../../../src/core/inventory.js';
import { prepare } from '../../../src/core/prepare.js';
import { analyze } from '../../../src/core/analyze.js';
import { manifestOf, resource } from '../../helpers/pipeline.js';

const dns = 'terraform:aws_route53_record.www';
const lb = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1';
const table = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders';
const replica = 'arn:aws:dynamodb:us-west-2:111122223333:table/orders';
const alarm = 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:depth';
const at = (address: string) => ({ origins: [{ source: 'terraform', file: 'prod.tfstate', address }] });
const terraformResources: Resource[] = [
  resource(dns, { region: '', type: 'route53:recordset', ...at('aws_route53_record.www') }),
  resource(lb, { region: 'us-east-1', type: 'elasticloadbalancing:loadbalancer', ...at('aws_lb.web') }),
  resource(table, { region: 'us-east-1', type: 'dynamodb:table', ...at('aws_dynamodb_table.orders') }),
  resource(replica, { region: 'us-west-2', type: 'dynamodb:table', ...at('aws_dynamodb_table.orders_west') }),
  resource(alarm, { region: 'us-east-1', type: 'cloudwatch:alarm', ...at('aws_cloudwatch_metric_alarm.depth') }),
];
const found = (from: string, to: string[], via: string, alternatives = false): Dependency => ({ from, to, kind: 'declared', provenance: `terraform prod.tfstate ${from}`, via, ...(alternatives && { alternatives }) });
const dependencies: Dependency[] = [found(dns, [lb], 'alias.0.name'), found(lb, [table, replica], 'environment')];
const ignored: IgnoredDependency[] = [{ from: alarm, to: [table], kind: 'declared', provenance: 'terraform prod.tfstate aws_cloudwatch_metric_alarm.depth', via: 'dimensions.TableName', reason: 'an alarm watches; nothing needs it' }];

type Input = NonNullable<Parameters<typeof resolveModel>[0]['snapshots']>;

function model(manifest: unknown, snapshots: Input = [{ file: 'prod.tfstate', source: 'terraform', resources: terraformResources, dependencies, ignored }]) {
  return resolveModel({ manifest: manifestSchema.parse(manifest), snapshots });
}

describe('discovered dependencies', () => {
  it('become requirements of what needs them, transitively from what the manifest names, with where they came from', () => {
    const built = model(manifestOf({ shop: { requires: [dns] } }));
    expect(built.byId.get(dns)!.requires).toEqual([lb]);
    expect(built.byId.get(lb)!.requires).toEqual([table, replica]);
    expect(built.byId.get(lb)!.discovered).toEqual([{ to: [table, replica], kind: 'declared', provenance: `terraform prod.tfstate ${lb}`, via: 'environment' }]);
    // The alarm is nobody's need: it stays out of the model.
    expect(built.byId.has(alarm)).toBe(false);
    const analysis = analyze(prepare(built));
    expect(analysis.capabilities[0]!.spofDomains).toContain('region:aws/us-west-2');
    expect(analysis.dependencies!.discovered).toHaveLength(2);
  });

  it('keeps a reference that is not a need, with why, on the resource that makes it', () => {
    const built = model(manifestOf({ watch: { requires: [alarm] } }));
    expect(built.byId.get(alarm)!.requires).toEqual([]);
    expect(built.byId.get(alarm)!.ignored).toEqual([{ to: [table], kind: 'declared', provenance: 'terraform prod.tfstate aws_cloudwatch_metric_alarm.depth', via: 'dimensions.TableName', reason: 'an alarm watches; nothing needs it' }]);
  });

  it('follows the manifest: a reference ignored or soft is no requirement, targets said to be alternatives become any-of', () => {
    const soft = model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: lb, to: replica, soft: 'the replica is read only by reports' }] }));
    expect(soft.byId.get(lb)!.requires).toEqual([table]);
    expect(soft.byId.get(lb)!.ignored).toEqual([expect.objectContaining({ to: [replica], reason: 'soft (the manifest: the replica is read only by reports): losing it degrades, it does not stop' })]);
    const either = model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: lb, alternatives: [table, replica], reason: 'global table' }] }));
    expect(either.byId.get(lb)!.requires).toEqual([{ op: 'anyOf', terms: [table, replica], origin: 'discovered', label: 'the manifest (dependencies[0]): global table' }]);
    expect(analyze(prepare(either)).capabilities[0]!.spofDomains).not.toContain('region:aws/us-west-2');
  });

  it('refuses a correction of resources it holds that corrects nothing, with the nearest name', () => {
    expect(() => model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: alarm, to: table, ignore: 'not it' }] }))).toThrow(/no discovered dependency starts at/);
    expect(() => model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: lb, to: alarm, ignore: 'not it' }] }))).toThrow(/has no discovered dependency on/);
  });

  it('waits, with a warning and the nearest name, when a correction names a resource no source holds (a plan not applied yet)', () => {
    const built = model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: lb.replace('web', 'wab'), to: table, ignore: 'not it' }] }));
    expect(built.warnings).toEqual([`dependencies[0] names "${lb.replace('web', 'wab')}", which no source of this inventory holds (not applied yet?); the correction waits until it does — did you mean "${lb}"?`]);
    expect(built.byId.get(lb)!.requires).toEqual([table, replica]);
  });

  it('names resources by their Terraform address as well as by id, so a correction outlives the apply that gives a resource its ARN', () => {
    const either = model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: 'aws_lb.web', alternatives: ['aws_dynamodb_table.orders', 'aws_dynamodb_table.orders_west'] }] }));
    expect(either.byId.get(lb)!.requires).toEqual([{ op: 'anyOf', terms: [table, replica], origin: 'discovered', label: 'the manifest (dependencies[0])' }]);
    const twice: Input = [
      { file: 'prod.tfstate', source: 'terraform', resources: terraformResources, dependencies, ignored },
      { file: 'staging.tfstate', source: 'terraform', resources: [resource(table.replace('orders', 'orders-staging'), { region: 'us-east-1', type: 'dynamodb:table', ...at('aws_dynamodb_table.orders') })] },
    ];
    expect(() => model(manifestOf({ shop: { requires: [dns] } }, {}, { dependencies: [{ from: lb, to: 'aws_dynamodb_table.orders', soft: 'reports only' }] }), twice)).toThrow(/"aws_dynamodb_table.orders" is the Terraform address of 2 resources/);
  });

  it('meets a scan on the same ARN: one node, with what each source knows', () => {
    const scanned = [{ file: 'aws.json', resources: [resource(table, { region: 'us-east-1', type: 'dynamodb:table', account: '111122223333', tags: { service: 'orders' } })] }];
    const terraform = [{ file: 'prod.tfstate', source: 'terraform' as const, resources: [resource(table, { region: 'us-east-1', zone: 'use1-az1', type: 'dynamodb:table', tags: { team: 'shop' }, ...at('aws_dynamodb_table.orders') })] }];
    const built = model(manifestOf({ k: { requires: [table] } }), [...scanned, ...terraform]);
    expect(built.byId.get(table)).toMatchObject({ zone: 'use1-az1', account: '111122223333', tags: { service: 'orders', team: 'shop' }, origins: [{ source: 'terraform', file: 'prod.tfstate', address: 'aws_dynamodb_table.orders' }] });
    expect(built.warnings).toEqual([]);
  });

  it('selects resources by their Terraform address, with * for any characters', () => {
    const built = model(manifestOf({ k: { requires: ['tables'] } }, { tables: { select: { address: 'aws_dynamodb_table.*' }, redundancy: 'any' } }));
    expect(built.byId.get('tables')!.requires).toEqual([{ op: 'anyOf', terms: [table, replica], origin: 'selection' }]);
  });
});
