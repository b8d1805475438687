/**
 * The scan read on worker threads against the same scan on one thread: the real
 * SDK against the local wire-protocol server. Workers start from the compiled
 * scanner (dist/, which `npm test` builds first), as `faultline scan` runs it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsScanOptions, AwsScanResult, ScanEvent } from '../../../src/sources/aws/scan-aws.js';
import { startFakeAws, type FakeAws, type FakeAwsOptions, type Mapping } from '../../aws/fake-aws-server.mjs';

const { scanAws } = (await import(new URL('../../../dist/sources/aws/scan-aws.js', import.meta.url).href)) as { scanAws: (options: AwsScanOptions) => Promise<AwsScanResult> };
const { canScanInWorkers } = (await import(new URL('../../../dist/sources/aws/scan-in-workers.js', import.meta.url).href)) as { canScanInWorkers: () => boolean };

const caller = '111122223333';
const secret = 'callerSecretKeyThatMustNeverLeak0002';
const fakes: FakeAws[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

const many = (account: string, region: string, n: number): Mapping[] =>
  Array.from({ length: n }, (_, i) => ({ ResourceARN: `arn:aws:sqs:${region}:${account}:q-${String(i).padStart(4, '0')}`, Tags: [{ Key: 'service', Value: `s${i % 3}` }] }));

const estate: FakeAwsOptions = {
  callerAccount: caller,
  resources: {
    '222233334444': { 'us-east-1': [...many('222233334444', 'us-east-1', 230), { ResourceARN: 'arn:aws:cloudfront::222233334444:distribution/E1' }], 'eu-west-1': many('222233334444', 'eu-west-1', 40) },
    '333344445555': { 'us-east-1': many('333344445555', 'us-east-1', 5), 'eu-west-1': [...many('333344445555', 'eu-west-1', 120), { ResourceARN: 'not-an-arn' }] },
  },
  faults: { failRegion: [{ region: 'ap-south-1', message: `denied for ASIAFAKE333344445555 with ${secret}` }], throttle: [{ region: 'eu-west-1', times: 1 }] },
};

async function scanWith(workers: number) {
  const fake = await startFakeAws(estate);
  fakes.push(fake);
  const events: ScanEvent[] = [];
  const result = await scanAws({
    workers,
    regions: ['eu-west-1', 'us-east-1', 'ap-south-1'],
    accounts: ['arn:aws:iam::222233334444:role/Auditor', 'arn:aws:iam::333344445555:role/Auditor'],
    settings: { endpoint: fake.url, credentials: { accessKeyId: fake.callerAccessKeyId, secretAccessKey: secret }, maxAttempts: 4 },
    now: () => new Date('2026-12-01T00:00:00Z'),
    onProgress: (event) => events.push(event),
  });
  return { result, events };
}

describe('scanAws on worker threads', () => {
  it('has the compiled worker to start', () => {
    expect(canScanInWorkers()).toBe(true);
  });

  it('writes the same snapshot as one thread, failures, retries and unreadable ARNs included, and never a credential', async () => {
    const threads = await scanWith(2);
    const alone = await scanWith(0);
    const withoutTimes = ({ result }: typeof threads) => ({ ...result.snapshot, coverage: { ...result.snapshot.coverage, scanned: result.snapshot.coverage.scanned.map((stat) => ({ ...stat, ms: 0 })) } });
    expect(withoutTimes(threads)).toEqual(withoutTimes(alone));
    expect(threads.result.snapshot.resources).toHaveLength(396);
    expect(threads.result.snapshot.partial).toBe(true);
    expect(threads.result.retries).toBe(alone.result.retries);
    expect(threads.result.retries).toBeGreaterThan(0);
    expect(JSON.stringify(threads.result.snapshot)).not.toContain(secret);
    expect(JSON.stringify(threads.result.snapshot)).not.toContain('ASIAFAKE333344445555');
  });

  it('reports progress once per region read, with every page, on the calling thread', async () => {
    const { result, events } = await scanWith(2);
    const started = events.filter((event) => event.type === 'start');
    const ended = events.filter((event) => event.type === 'done' || (event.type === 'failed' && event.region !== undefined));
    expect(started).toHaveLength(result.snapshot.coverage.scanned.length);
    expect(ended).toHaveLength(started.length);
    const pages = events.filter((event) => event.type === 'page').length;
    expect(pages).toBe(result.snapshot.coverage.scanned.reduce((sum, stat) => sum + stat.pages, 0));
  });
});
