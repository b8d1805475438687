/**
 * The rules only discovery makes possible, on tiny estates: query rows read by the DNS
 * source's own pure transform, then the real pipeline (resolveModel, prepare, analyze).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import type { Resource } from '../../../src/core/inventory.js';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { prepare } from '../../../src/core/prepare.js';
import type { Finding } from '../../../src/core/report.js';
import type { QueryRow } from '../../../src/sources/dns-logs/query-row.js';
import { toDnsInventory } from '../../../src/sources/dns-logs/to-inventory.js';

const account = '111122223333';
const instance = (region: string, id: string): Resource => ({ id: `arn:aws:ec2:${region}:${account}:instance/${id}`, provider: 'aws', region, account, type: 'ec2:instance', tags: { service: 'api' } });
const table: Resource = { id: `arn:aws:dynamodb:us-east-1:${account}:table/links`, provider: 'aws', region: 'us-east-1', account, type: 'dynamodb:table' };
const asked = (id: string, region: string, name: string, count = 10): QueryRow => ({ source: id, account, region, name, rcode: 'NOERROR', count, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z' });

function findings(rule: string, rows: QueryRow[], components: Record<string, unknown> = {}, resources: Resource[] = [instance('eu-central-1', 'i-1')]): Finding[] {
  const logs = toDnsInventory(rows, { file: 'logs' });
  const manifest = manifestSchema.parse({ version: 1, name: 'test', components: { api: { select: { tags: { service: 'api' } } }, ...components }, capabilities: { serve: { requires: ['api'] } } });
  const model = resolveModel({ manifest, snapshots: [{ file: 'aws.json', resources: [...resources, table] }, { file: 'logs', resources: logs.resources, dependencies: logs.dependencies, ignored: logs.ignored, source: 'dns-logs' }] });
  return analyze(prepare(model), { maxOrder: 1 }).findings.filter((finding) => finding.rule === rule);
}

const frankfurt = `arn:aws:ec2:eu-central-1:${account}:instance/i-1`;

describe('cross-region-endpoint', () => {
  it('fails for a workload in one region that calls an endpoint served from another, with the evidence', () => {
    expect(findings('cross-region-endpoint', [asked('i-1', 'eu-central-1', 'dynamodb.us-east-1.amazonaws.com')])).toEqual([
      {
        rule: 'cross-region-endpoint',
        severity: 'high',
        message: `${frankfurt} in eu-central-1 calls aws-data/dynamodb@us-east-1, served from us-east-1 (10 queries, 2025-10-13T00:00:00Z to 2025-10-19T00:00:00Z, e.g. dynamodb.us-east-1.amazonaws.com): it stops when us-east-1 fails, whatever eu-central-1 does`,
        capability: 'serve',
        capabilities: ['serve'],
        path: ['serve', 'api', frankfurt, 'aws-data/dynamodb@us-east-1'],
        component: frankfurt,
        domain: 'region:aws/us-east-1',
        target: 'aws-data/dynamodb@us-east-1',
        evidence: { count: 10, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z', example: 'dynamodb.us-east-1.amazonaws.com' },
      },
    ]);
  });

  it('fails for a global endpoint served from one region, and says which and where that is written', () => {
    const [finding] = findings('cross-region-endpoint', [asked('i-1', 'eu-central-1', 'iam.amazonaws.com')]);
    expect(finding?.target).toBe('aws-data/iam@us-east-1');
    expect(finding?.message).toContain('iam.amazonaws.com is a global endpoint served from us-east-1 (https://');
  });

  it('passes for an endpoint in the caller\'s own region, and for the global STS endpoint since AWS serves it there', () => {
    expect(findings('cross-region-endpoint', [asked('i-1', 'eu-central-1', 'dynamodb.eu-central-1.amazonaws.com'), asked('i-1', 'eu-central-1', 'sts.amazonaws.com')])).toEqual([]);
  });

  it('does not apply to vendors, unknown names or the global edge', () => {
    expect(findings('cross-region-endpoint', [asked('i-1', 'eu-central-1', 'api.statuspage.io'), asked('i-1', 'eu-central-1', 'ipinfo.io'), asked('i-1', 'eu-central-1', 'd111111abcdef8.cloudfront.net')])).toEqual([]);
  });
});

describe('undeclared-dependency', () => {
  it('fails for a call that no component declares, with the path from the capability and the evidence', () => {
    const [finding] = findings('undeclared-dependency', [asked('i-1', 'eu-central-1', 'api-iam.intercom.io', 3)]);
    expect(finding).toMatchObject({ severity: 'medium', capability: 'serve', component: frankfurt, target: 'saas:intercom', path: ['serve', 'api', frankfurt, 'saas:intercom'], evidence: { count: 3, example: 'api-iam.intercom.io' } });
  });

  it('passes when the component selecting the caller needs the target, or a resource of that service in that region', () => {
    expect(findings('undeclared-dependency', [asked('i-1', 'eu-central-1', 'api-iam.intercom.io')], { api: { select: { tags: { service: 'api' } }, requires: ['chat'] }, chat: { saas: 'intercom' } })).toEqual([]);
    expect(findings('undeclared-dependency', [asked('i-1', 'eu-central-1', 'dynamodb.us-east-1.amazonaws.com')], { api: { select: { tags: { service: 'api' } }, requires: [table.id] } })).toEqual([]);
  });

  it('does not apply to what the manifest marked soft or that was never answered', () => {
    const rows = [{ ...asked('i-1', 'eu-central-1', 'nothing.example.com'), rcode: 'NXDOMAIN' }];
    expect(findings('undeclared-dependency', rows)).toEqual([]);
  });
});

describe('unknown-saas', () => {
  it('fails for a public domain nobody knows, with all its callers\' evidence together', () => {
    const resources = [instance('eu-central-1', 'i-1'), instance('us-east-1', 'i-2')];
    const [finding] = findings('unknown-saas', [asked('i-1', 'eu-central-1', 'api.ipinfo.io', 3), asked('i-2', 'us-east-1', 'ipinfo.io', 5)], {}, resources);
    expect(finding).toMatchObject({ severity: 'medium', component: 'dns:ipinfo.io', domain: 'vendor:ipinfo.io', evidence: { count: 8, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z', example: 'ipinfo.io' } });
    expect(finding?.message).toContain('ipinfo.io is called by 2 sources (8 queries');
  });

  it('passes for catalog vendors and names the manifest maps', () => {
    expect(findings('unknown-saas', [asked('i-1', 'eu-central-1', 'api.statuspage.io')])).toEqual([]);
  });

  it('does not apply to private names, which are the estate\'s own', () => {
    expect(findings('unknown-saas', [asked('i-1', 'eu-central-1', 'redis.shortio.internal')])).toEqual([]);
  });
});
