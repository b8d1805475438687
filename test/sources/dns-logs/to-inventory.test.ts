import { describe, expect, it } from 'vitest';
import type { QueryRow } from '../../../src/sources/dns-logs/query-row.js';
import { toDnsInventory } from '../../../src/sources/dns-logs/to-inventory.js';

const row = (changes: Partial<QueryRow> = {}): QueryRow => ({ source: 'i-0abc', account: '111122223333', region: 'eu-central-1', name: 'dynamodb.us-east-1.amazonaws.com', rcode: 'NOERROR', count: 1, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z', ...changes });
const instance = 'arn:aws:ec2:eu-central-1:111122223333:instance/i-0abc';

describe('toDnsInventory', () => {
  it('makes the instance a resource by its ARN and what it called an observed dependency with its evidence', () => {
    const read = toDnsInventory([row({ count: 4 }), row({ name: 'dynamodb-fips.us-east-1.amazonaws.com', count: 2, firstSeen: '2025-10-01T00:00:00Z' })], { file: 'logs/*.gz' });
    expect(read.resources).toEqual([{ id: instance, provider: 'aws', region: 'eu-central-1', account: '111122223333', type: 'ec2:instance', origins: [{ source: 'dns-logs', file: 'logs/*.gz', address: 'i-0abc' }] }]);
    expect(read.dependencies).toEqual([
      { from: instance, to: ['aws-data/dynamodb@us-east-1'], kind: 'observed', provenance: 'dns-logs logs/*.gz', via: 'dynamodb-fips.us-east-1.amazonaws.com, dynamodb.us-east-1.amazonaws.com', evidence: { count: 6, firstSeen: '2025-10-01T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z', example: 'dynamodb.us-east-1.amazonaws.com' } },
    ]);
    expect(read.lastSeen).toBe('2025-10-19T00:00:00Z');
  });

  it('takes a VPC or a Resolver endpoint as the source when no instance is known', () => {
    const read = toDnsInventory([row({ source: 'vpc-0b22' }), row({ source: 'rslvr-in-1234' })], { file: 'f' });
    expect(read.resources.map((resource) => [resource.id, resource.type])).toEqual([
      ['arn:aws:ec2:eu-central-1:111122223333:vpc/vpc-0b22', 'ec2:vpc'],
      ['arn:aws:route53resolver:eu-central-1:111122223333:resolver-endpoint/rslvr-in-1234', 'route53resolver:resolver-endpoint'],
    ]);
  });

  describe('a query the logs tie only to a VPC', () => {
    const vpc = 'arn:aws:ec2:eu-central-1:111122223333:vpc/vpc-0b22';
    const fn = 'arn:aws:lambda:eu-central-1:111122223333:function:resize';
    const service = 'arn:aws:ecs:eu-central-1:111122223333:service/apps/render';
    const inVpc = {
      'eu-central-1 vpc-0b22': [
        { id: service, type: 'ecs:service' },
        { id: fn, type: 'lambda:function' },
        { id: 'arn:aws:ec2:eu-central-1:111122223333:security-group/sg-1', type: 'ec2:security-group' },
        { id: 'arn:aws:ec2:eu-central-1:111122223333:instance/i-0other', type: 'ec2:instance' },
      ],
      // Another VPC of the same id in another region is another VPC.
      'us-east-1 vpc-0b22': [{ id: 'arn:aws:lambda:us-east-1:111122223333:function:elsewhere', type: 'lambda:function' }],
    };
    const sqs = row({ source: 'vpc-0b22', name: 'sqs.eu-central-1.amazonaws.com', count: 3 });

    it('is handed to each function and service the inventory places in that VPC, never to an instance or a security group, and says how', () => {
      const read = toDnsInventory([sqs, row({ source: 'vpc-0b22', name: 'nowhere.example.com', rcode: 'NXDOMAIN' })], { file: 'f', inVpc });
      expect(read.dependencies.map((dependency) => [dependency.from, dependency.to[0]])).toEqual([
        [service, 'aws-data/sqs@eu-central-1'],
        [fn, 'aws-data/sqs@eu-central-1'],
      ]);
      expect(read.dependencies[0]!.via).toBe('sqs.eu-central-1.amazonaws.com; seen from vpc-0b22, the only source the logs name: handed to each of the 2 workloads in it');
      expect(read.dependencies[0]!.evidence).toEqual({ count: 3, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-19T00:00:00Z', example: 'sqs.eu-central-1.amazonaws.com' });
      // The VPC keeps the call as handed on, with whom to; noise stays with the VPC.
      expect(read.ignored.map((entry) => [entry.from, entry.to[0], entry.reason])).toEqual([
        [vpc, 'aws-data/sqs@eu-central-1', `handed to the 2 workloads the inventory places in vpc-0b22 (${service}, ${fn}): the logs name no finer source`],
        [vpc, 'dns:example.com', expect.stringContaining('NXDOMAIN')],
      ]);
      expect(read.warnings).toEqual([]);
    });

    it('stays with the VPC, with a warning that says what would place it, when nothing that asks is known to be in it', () => {
      const read = toDnsInventory([sqs], { file: 'logs/*.log', inVpc: { 'eu-central-1 vpc-0b22': [{ id: 'arn:aws:ec2:eu-central-1:111122223333:subnet/subnet-1', type: 'ec2:subnet' }] } });
      expect(read.dependencies.map((dependency) => dependency.from)).toEqual([vpc]);
      expect(read.warnings).toEqual([
        'logs/*.log: 1 call from vpc-0b22 (eu-central-1) names no finer source than the VPC, and no inventory entry places a workload that asks from it (lambda:function, ecs:service, ecs:task): it stays with the VPC, which no capability needs; add the Terraform state that holds its functions and services',
      ]);
    });

    it('is not handed on when the manifest filters it out (minCount)', () => {
      const read = toDnsInventory([sqs], { file: 'f', inVpc, minCount: 5 });
      expect(read.dependencies).toEqual([]);
      expect(read.ignored.map((entry) => [entry.from, entry.reason])).toEqual([[vpc, 'seen 3 times, fewer than minCount 5']]);
    });
  });

  describe('the global STS endpoint', () => {
    const sts = (changes: Partial<QueryRow>) => toDnsInventory([row({ name: 'sts.amazonaws.com', ...changes })], { file: 'f' }).dependencies[0]!;

    it('is us-east-1 for queries seen before AWS served it locally (2025-04-18), and says so with the source', () => {
      const before = sts({ firstSeen: '2025-02-01T00:00:00Z', lastSeen: '2025-03-01T00:00:00Z' });
      expect(before.to).toEqual(['aws-data/sts@us-east-1']);
      expect(before.via).toContain('sts.amazonaws.com is a global endpoint served from us-east-1 for queries before 2025-04-18 (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_region-endpoints.html)');
    });

    it("is the caller's own region since then, for a region enabled by default", () => {
      const after = sts({});
      expect(after.to).toEqual(['aws-data/sts@eu-central-1']);
      expect(after.via).toContain("served in the caller's region (eu-central-1) since 2025-04-18");
    });

    it('is still us-east-1 for a caller in an opt-in region', () => {
      expect(sts({ region: 'ap-southeast-3' }).to).toEqual(['aws-data/sts@us-east-1']);
    });
  });

  it('keeps NXDOMAIN, names that are no call, soft and ignored names as ignored with why; a name that failed to resolve is still a need', () => {
    const read = toDnsInventory(
      [
        row({ name: 'wpad.shortio.internal', rcode: 'NXDOMAIN' }),
        row({ name: 'ip-10-0-1-2.eu-central-1.compute.internal' }),
        row({ name: 'api-iam.intercom.io' }),
        row({ name: 'pool.ntp.org' }),
        row({ rcode: 'SERVFAIL' }),
      ],
      { file: 'f', soft: { '*.intercom.io': 'chat degrades, links keep working' }, ignore: { '*.ntp.org': 'time sync; the clock keeps going' } },
    );
    expect(read.dependencies.map((dependency) => dependency.to[0])).toEqual(['aws-data/dynamodb@us-east-1']);
    expect(read.ignored.map((entry) => [entry.to[0], entry.reason])).toEqual([
      ['dns:ip-10-0-1-2.eu-central-1.compute.internal', expect.stringMatching(/^not a call to a service: /)],
      ['dns:ntp.org', 'the manifest says it is not a run-time need (*.ntp.org): time sync; the clock keeps going'],
      ['dns:shortio.internal', 'the name does not exist (NXDOMAIN): a lookup that found nothing is no dependency'],
      ['saas:intercom', 'soft (the manifest, *.intercom.io: chat degrades, links keep working): losing it degrades, it does not stop'],
    ]);
  });

  it('keeps what is seen too rarely (minCount) or not lately (since) as ignored, with the numbers', () => {
    const read = toDnsInventory([row({ count: 2 }), row({ name: 'sqs.eu-central-1.amazonaws.com', count: 50, lastSeen: '2025-09-01T00:00:00Z' }), row({ name: 'ecr.eu-central-1.amazonaws.com', count: 9 })], { file: 'f', minCount: 5, since: '2025-10-01' });
    expect(read.dependencies.map((dependency) => dependency.to[0])).toEqual(['aws-data/ecr@eu-central-1']);
    expect(read.ignored.map((entry) => entry.reason)).toEqual(['seen 2 times, fewer than minCount 5', 'last seen 2025-09-01T00:00:00Z, before since 2025-10-01']);
  });

  it('gives the same result whatever order the rows come in', () => {
    const rows = [row({ count: 3 }), row({ name: 'api.statuspage.io' }), row({ source: 'i-0def', name: 'sts.amazonaws.com' }), row({ name: 'dynamodb-fips.us-east-1.amazonaws.com', count: 3 })];
    expect(toDnsInventory([...rows].reverse(), { file: 'f' })).toEqual(toDnsInventory(rows, { file: 'f' }));
  });
});
