/**
 * The real AWS SDK against a local server that speaks the real wire protocols
 * (test/aws/fake-aws-server.mjs), with the faults real AWS shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { scanAws, type AwsScanOptions } from '../../../src/sources/aws/scan-aws.js';
import { startFakeAws, type FakeAws, type FakeAwsOptions, type Mapping } from '../../aws/fake-aws-server.mjs';

const caller = '111122223333';
const secret = 'callerSecretKeyThatMustNeverLeak0001';
let fake: FakeAws | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const many = (account: string, region: string, n: number, service = 'app'): Mapping[] =>
  Array.from({ length: n }, (_, i) => ({ ResourceARN: `arn:aws:sqs:${region}:${account}:${service}-${String(i).padStart(4, '0')}`, Tags: [{ Key: 'service', Value: service }] }));

async function scan(options: FakeAwsOptions, scanOptions: AwsScanOptions = {}) {
  fake = await startFakeAws(options);
  return scanAws({ settings: { endpoint: fake.url, credentials: { accessKeyId: fake.callerAccessKeyId, secretAccessKey: secret }, maxAttempts: 4 }, ...scanOptions });
}

describe('scanAws', () => {
  it('reads every page of every region, with global resources once, from us-east-1', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        resources: {
          [caller]: {
            'us-east-1': [...many(caller, 'us-east-1', 250), { ResourceARN: 'arn:aws:cloudfront::111122223333:distribution/E1' }, { ResourceARN: 'arn:aws:s3:::east-bucket' }],
            'eu-west-1': [...many(caller, 'eu-west-1', 30), { ResourceARN: 'arn:aws:s3:::west-bucket' }],
          },
        },
      },
      { regions: ['eu-west-1', 'us-east-1'] },
    );
    expect(snapshot.partial).toBe(false);
    expect(snapshot.errors).toEqual([]);
    expect(snapshot.resources).toHaveLength(283);
    expect(snapshot.resources.find((r) => r.id === 'arn:aws:s3:::west-bucket')).toMatchObject({ region: 'eu-west-1', account: caller, type: 's3:bucket' });
    expect(snapshot.resources.find((r) => r.id.includes('cloudfront'))!.region).toBeUndefined();
    const east = snapshot.coverage.scanned.find((s) => s.region === 'us-east-1')!;
    expect(east).toMatchObject({ account: caller, scope: 'region', resources: 252, pages: 3, restarts: 0 });
    expect(snapshot.coverage).toMatchObject({ accounts: [caller], regions: ['eu-west-1', 'us-east-1'], resourceTypes: 'all', globalResourcesFrom: 'us-east-1' });
    expect(snapshot.resources.map((r) => r.id)).toEqual([...snapshot.resources.map((r) => r.id)].sort());
  });

  it('asks us-east-1 for global resources only, when us-east-1 is not scanned', async () => {
    const { snapshot } = await scan(
      { callerAccount: caller, resources: { [caller]: { 'us-east-1': [...many(caller, 'us-east-1', 3), { ResourceARN: 'arn:aws:route53:::hostedzone/Z1' }], 'eu-west-1': many(caller, 'eu-west-1', 2) } } },
      { regions: ['eu-west-1'] },
    );
    expect(snapshot.resources.map((r) => r.id)).toEqual(['arn:aws:route53:::hostedzone/Z1', ...many(caller, 'eu-west-1', 2).map((m) => m.ResourceARN)]);
    expect(snapshot.coverage.scanned.map((s) => [s.region, s.scope])).toEqual([
      ['eu-west-1', 'region'],
      ['us-east-1', 'global'],
    ]);
    expect(fake!.calls.find((c) => c.region === 'us-east-1' && c.service === 'tagging')!.filters).toContain('route53');
  });

  it('scans the enabled regions when asked for all of them', async () => {
    const { snapshot } = await scan({ callerAccount: caller, enabledRegions: ['ap-south-2', 'us-east-1'], resources: { [caller]: { 'ap-south-2': many(caller, 'ap-south-2', 1) } } });
    expect(snapshot.coverage.regions).toEqual(['ap-south-2', 'us-east-1']);
    expect(fake!.calls.some((c) => c.service === 'ec2' && c.action === 'DescribeRegions')).toBe(true);
  });

  it('retries throttling (HTTP 400 ThrottledException) and server errors (500) without losing pages', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 150), 'eu-west-1': many(caller, 'eu-west-1', 150) } },
        faults: { throttle: [{ region: 'us-east-1', times: 1 }], internalError: [{ region: 'eu-west-1', times: 1 }] },
      },
      { regions: ['eu-west-1', 'us-east-1'] },
    );
    expect(snapshot.partial).toBe(false);
    expect(snapshot.resources).toHaveLength(300);
    expect(snapshot.coverage.scanned.map((s) => s.retries)).toEqual([1, 1]);
  });

  it('starts a region again when its pagination token expires', async () => {
    const { snapshot } = await scan(
      { callerAccount: caller, resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 450) } }, faults: { expireToken: [{ region: 'us-east-1', afterPage: 2 }] } },
      { regions: ['us-east-1'] },
    );
    expect(snapshot.partial).toBe(false);
    expect(snapshot.resources).toHaveLength(450);
    expect(snapshot.coverage.scanned[0]).toMatchObject({ restarts: 1, pages: 5 });
  });

  it('starts a region again when a token repeats, and gives up on a token that always repeats', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 350), 'eu-west-1': many(caller, 'eu-west-1', 350) } },
        faults: { repeatToken: [{ region: 'us-east-1', atPage: 2 }], loopForever: [{ region: 'eu-west-1', atPage: 2 }] },
      },
      { regions: ['eu-west-1', 'us-east-1'] },
    );
    expect(snapshot.coverage.scanned.find((s) => s.region === 'us-east-1')).toMatchObject({ resources: 350, restarts: 1 });
    expect(snapshot.partial).toBe(true);
    expect(snapshot.errors).toEqual([{ account: caller, region: 'eu-west-1', code: 'PaginationTokenLoop', message: 'the pagination token kept repeating; gave up after 3 fresh starts' }]);
    expect(snapshot.resources).toHaveLength(350);
  });

  it('records a region that always fails, and goes on with the others', async () => {
    const { snapshot } = await scan(
      { callerAccount: caller, resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 5) } }, faults: { failRegion: [{ region: 'ap-south-2', code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' }] } },
      { regions: ['ap-south-2', 'us-east-1'] },
    );
    expect(snapshot.partial).toBe(true);
    expect(snapshot.errors).toEqual([{ account: caller, region: 'ap-south-2', code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }]);
    expect(snapshot.resources).toHaveLength(5);
    expect(snapshot.coverage.scanned.find((s) => s.region === 'ap-south-2')!.error).toBe('UnrecognizedClientException');
  });

  it('ends a region that stops answering with a timeout entry, and the scan in bounded time', async () => {
    fake = await startFakeAws({ callerAccount: caller, resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 250), 'eu-west-1': many(caller, 'eu-west-1', 5) } }, faults: { hang: [{ region: 'us-east-1', afterPage: 1 }] } });
    const { snapshot } = await scanAws({
      settings: { endpoint: fake.url, credentials: { accessKeyId: fake.callerAccessKeyId, secretAccessKey: secret }, maxAttempts: 2, requestTimeoutMs: 300 },
      regions: ['eu-west-1', 'us-east-1'],
    });
    expect(snapshot.partial).toBe(true);
    expect(snapshot.errors).toEqual([{ account: caller, region: 'us-east-1', code: 'RequestTimeout', message: 'a request has exceeded the configured 300 ms requestTimeout.' }]);
    expect(snapshot.resources).toHaveLength(5);
    // The page before the hang was read; the hanging one was tried again before the region gave up.
    expect(snapshot.coverage.scanned.find((s) => s.region === 'us-east-1')).toMatchObject({ pages: 1, retries: 1, error: 'RequestTimeout' });
  });

  it('records the HTTP status of an error whose body the SDK cannot read, in one line', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        resources: {},
        faults: {
          rawError: [
            { region: 'eu-west-1', status: 503, contentType: 'text/html', body: '<html><body><h1>503 Service Unavailable</h1></body></html>' },
            { region: 'ap-south-2', status: 403, contentType: 'text/xml', body: '<?xml version="1.0"?><Error><Code>Forbidden</Code></Error>' },
          ],
        },
      },
      { regions: ['ap-south-2', 'eu-west-1'] },
    );
    const codes = Object.fromEntries(snapshot.errors.map((error) => [error.region, error.code]));
    expect(codes).toEqual({ 'ap-south-2': 'AccessDenied', 'eu-west-1': 'HTTP503' });
    for (const error of snapshot.errors) {
      expect(error.message).not.toContain('\n');
      expect(error.message).not.toContain('$response');
      expect(error.message).toMatch(/^HTTP (403|503) with a body that is not the service's error format/);
    }
  });

  it('counts the retries a region cost before it failed', async () => {
    const { snapshot } = await scan({ callerAccount: caller, resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 5) } }, faults: { internalError: [{ region: 'us-east-1', times: 100 }] } }, { regions: ['us-east-1'] });
    expect(snapshot.coverage.scanned[0]).toMatchObject({ retries: 3, error: 'InternalServiceException' });
  });

  it('leaves out, and says so, the regions an account has not opted in to', async () => {
    const { snapshot } = await scan({ callerAccount: caller, enabledRegions: ['us-east-1'], notOptedInRegions: ['ap-east-2', 'me-central-1'], resources: { [caller]: { 'us-east-1': many(caller, 'us-east-1', 2) } } });
    expect(snapshot.coverage.regions).toEqual(['us-east-1']);
    expect(snapshot.coverage.skippedRegions).toEqual([
      { account: caller, region: 'ap-east-2', reason: 'not-opted-in' },
      { account: caller, region: 'me-central-1', reason: 'not-opted-in' },
    ]);
    expect(fake!.calls.some((c) => c.service === 'tagging' && c.region === 'ap-east-2')).toBe(false);
    expect(snapshot.partial).toBe(false);
  });

  it('records an ARN it cannot read once, however many regions listed it', async () => {
    const bad = { ResourceARN: 'not-an-arn', Tags: [] };
    const { snapshot } = await scan({ callerAccount: caller, resources: { [caller]: { 'us-east-1': [bad], 'eu-west-1': [bad] } } }, { regions: ['eu-west-1', 'us-east-1'] });
    expect(snapshot.errors.filter((error) => error.code === 'UnreadableArn')).toHaveLength(1);
    expect(snapshot.partial).toBe(false);
  });

  it('assumes roles into listed accounts, recording an account it may not enter', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        resources: { '222233334444': { 'us-east-1': many('222233334444', 'us-east-1', 2) }, '555566667777': { 'us-east-1': many('555566667777', 'us-east-1', 2) } },
        faults: { denyAssume: ['555566667777'] },
      },
      { regions: ['us-east-1'], accounts: ['arn:aws:iam::222233334444:role/Auditor', 'arn:aws:iam::555566667777:role/Auditor'] },
    );
    expect(snapshot.coverage.accounts).toEqual(['222233334444']);
    expect(snapshot.resources.map((r) => r.account)).toEqual(['222233334444', '222233334444']);
    expect(snapshot.partial).toBe(true);
    expect(snapshot.errors).toEqual([{ account: '555566667777', code: 'AccessDenied', message: 'User is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::555566667777:role/Auditor' }]);
  });

  it('scans every ACTIVE account of an organization, assuming the named role', async () => {
    const { snapshot } = await scan(
      {
        callerAccount: caller,
        organization: { accounts: [{ Id: caller }, { Id: '222233334444' }, { Id: '333344445555', Status: 'SUSPENDED' }, { Id: '444455556666' }] },
        resources: { [caller]: { 'eu-west-1': many(caller, 'eu-west-1', 1) }, '222233334444': { 'eu-west-1': many('222233334444', 'eu-west-1', 1) }, '444455556666': { 'eu-west-1': many('444455556666', 'eu-west-1', 1) } },
      },
      { regions: ['eu-west-1'], accounts: 'organization', roleName: 'FaultlineReadOnly' },
    );
    expect(snapshot.coverage.accounts).toEqual([caller, '222233334444', '444455556666']);
    expect(snapshot.resources).toHaveLength(3);
    const assumed = fake!.calls.filter((c) => c.action === 'AssumeRole');
    expect(assumed).toHaveLength(2);
    expect(fake!.calls.filter((c) => c.action === 'ListAccounts')).toHaveLength(2);
  });

  it('fails the scan when the credentials are refused, even while it assumes roles beside the identity check', async () => {
    fake = await startFakeAws({ callerAccount: caller, resources: {} });
    const refused = scanAws({ settings: { endpoint: fake.url, credentials: { accessKeyId: 'AKIAUNKNOWNKEY000001', secretAccessKey: secret }, maxAttempts: 1 }, regions: ['eu-west-1'], accounts: ['arn:aws:iam::222233334444:role/R'] });
    await expect(refused).rejects.toThrow();
    expect(fake.calls.filter((c) => c.service === 'tagging')).toEqual([]);
  });

  it('never writes a credential into the snapshot', async () => {
    const { snapshot } = await scan(
      { callerAccount: caller, resources: { '222233334444': { 'us-east-1': many('222233334444', 'us-east-1', 1) } }, faults: { failRegion: [{ region: 'us-west-2', message: `bad key ${'ASIAFAKE222233334444'} secret fakeSecretFor222233334444` }] } },
      { regions: ['us-east-1', 'us-west-2'], accounts: ['arn:aws:iam::222233334444:role/R'] },
    );
    const text = JSON.stringify(snapshot);
    for (const leaked of [secret, fake!.callerAccessKeyId, 'fakeSecretFor222233334444', 'fakeSessionTokenFor222233334444', 'ASIAFAKE222233334444']) expect(text).not.toContain(leaked);
    expect(snapshot.errors[0]!.message).toBe('bad key [redacted] secret [redacted]');
  });
});
