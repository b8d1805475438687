/**
 * `faultline scan` as a user runs it: the built binary, the real SDK, pointed at
 * the local wire-protocol server through AWS_ENDPOINT_URL.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync, workspace } from '../helpers/cli.js';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../aws/fake-aws-server.mjs';

const account = '111122223333';
const secretKey = 'cliSecretAccessKeyThatMustNotLeak0042';
let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const manifest = (aws: string) => `version: 1
name: shop
inventory:
  - aws: ${aws}
components:
  links-table: { select: { tags: { service: links }, type: dynamodb } }
capabilities:
  serve-links: { requires: [links-table] }
`;

const resources: FakeAwsOptions['resources'] = {
  [account]: {
    'us-east-1': [
      { ResourceARN: `arn:aws:dynamodb:us-east-1:${account}:table/links`, Tags: [{ Key: 'service', Value: 'links' }] },
      { ResourceARN: `arn:aws:cloudfront::${account}:distribution/E1`, Tags: [{ Key: 'service', Value: 'edge' }] },
    ],
    'eu-west-1': [{ ResourceARN: `arn:aws:dynamodb:eu-west-1:${account}:table/links`, Tags: [{ Key: 'service', Value: 'links' }] }],
  },
};

async function scan(files: Record<string, string>, args: string[], options: Partial<FakeAwsOptions> = {}) {
  fake = await startFakeAws({ callerAccount: account, resources, ...options });
  const dir = workspace(files);
  const env = { AWS_ENDPOINT_URL: fake.url, AWS_ACCESS_KEY_ID: fake.callerAccessKeyId, AWS_SECRET_ACCESS_KEY: secretKey, AWS_REGION: 'eu-west-1', AWS_EC2_METADATA_DISABLED: 'true', HOME: dir };
  const result = await runCliAsync(['scan', ...args], { cwd: dir, env });
  return { dir, env, result };
}

describe('faultline scan', () => {
  it('refuses a region that is not one before asking AWS anything, from the flag or the manifest', async () => {
    const flag = await scan({ 'faultline.yaml': manifest('{ regions: [us-east-1] }') }, ['--regions', 'us-east-1,eu-centrl-1']);
    expect(flag.result).toMatchObject({ code: 2, stderr: 'faultline: --regions eu-centrl-1: "eu-centrl-1" is not an AWS region; did you mean "eu-central-1"?\n' });
    expect(fake!.calls).toEqual([]);
    await fake!.close();
    const own = await scan({ 'faultline.yaml': manifest('{ regions: [us-eats-1] }') }, []);
    expect(own.result.code).toBe(2);
    expect(own.result.stderr).toMatch(/us-eats-1.*is not an AWS region.*did you mean "us-east-1"/);
  });

  it("writes the aws entry's snapshot, which analyze then reads", async () => {
    const { dir, env, result } = await scan({ 'faultline.yaml': manifest('{ regions: [us-east-1, eu-west-1] }') }, []);
    expect(result.code, result.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'inventory', 'aws.json'), 'utf8'));
    expect(snapshot).toMatchObject({ faultlineInventory: 1, partial: false, errors: [] });
    expect(snapshot.resources.map((r: { id: string }) => r.id)).toEqual([`arn:aws:cloudfront::${account}:distribution/E1`, `arn:aws:dynamodb:eu-west-1:${account}:table/links`, `arn:aws:dynamodb:us-east-1:${account}:table/links`]);
    expect(result.stderr).toMatch(/faultline: 3 resources from 1 account\(s\) x 2 region\(s\) in [\d.]+s; 0 retries; 0 error\(s\); wrote inventory\/aws\.json/);
    expect(result.stderr).toMatch(new RegExp(`faultline: ${account}/us-east-1: 2 resources in 1 pages`));

    const analysis = await runCliAsync(['analyze', '--format', 'json'], { cwd: dir, env });
    expect(analysis.code, analysis.stderr).toBe(0);
    const serve = JSON.parse(analysis.stdout).capabilities[0];
    expect(serve.spofDomains).toEqual([`account:aws/${account}`, 'provider:aws', 'region:aws/eu-west-1', 'region:aws/us-east-1']);
  });

  it('never writes "sample", even over a sample inventory', async () => {
    const sample = JSON.stringify({ faultlineInventory: 1, sample: true, scannedAt: '2026-01-01T00:00:00Z', resources: [] });
    const { dir, result } = await scan({ 'faultline.yaml': manifest('{ regions: [eu-west-1] }'), 'inventory/aws.json': sample }, []);
    expect(result.code, result.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'inventory', 'aws.json'), 'utf8'));
    expect(snapshot.resources.length).toBeGreaterThan(0);
    expect(snapshot).not.toHaveProperty('sample');
  });

  it('keeps the snapshot one resource per line, so scans diff cleanly', async () => {
    const { dir } = await scan({ 'faultline.yaml': manifest('{ regions: [eu-west-1], out: scans/prod.json }') }, []);
    const lines = readFileSync(path.join(dir, 'scans', 'prod.json'), 'utf8').split('\n');
    expect(lines.filter((line) => line.startsWith('    {"id":'))).toHaveLength(2);
  });

  it('exits 3 on a partial scan, writing a snapshot that says so; --allow-partial exits 0', async () => {
    const faults = { failRegion: [{ region: 'ap-south-2', code: 'UnrecognizedClientException', status: 403 }] };
    const { dir, result } = await scan({ 'faultline.yaml': manifest('{ regions: [us-east-1, ap-south-2] }') }, [], { faults });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/111122223333\/ap-south-2 failed: UnrecognizedClientException/);
    expect(result.stderr).toMatch(/the scan is partial/);
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'inventory', 'aws.json'), 'utf8'));
    expect(snapshot.partial).toBe(true);
    expect(snapshot.errors).toEqual([{ account, region: 'ap-south-2', code: 'UnrecognizedClientException', message: 'not authorized in ap-south-2' }]);
    const allowed = await scan({ 'faultline.yaml': manifest('{ regions: [us-east-1, ap-south-2] }') }, ['--allow-partial'], { faults });
    expect(allowed.result.code).toBe(0);
  });

  it('lets --regions and --out override the manifest', async () => {
    const { dir, result } = await scan({ 'faultline.yaml': manifest('{ regions: all }') }, ['--regions', 'eu-west-1', '--out', 'one.json']);
    expect(result.code, result.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'one.json'), 'utf8'));
    expect(snapshot.coverage.regions).toEqual(['eu-west-1']);
  });

  it('never prints or stores the credentials it was given', async () => {
    const faults = { failRegion: [{ region: 'eu-west-1', message: `key ${'AKIAFAKECALLER000001'} secret ${secretKey}` }] };
    const { dir, result } = await scan({ 'faultline.yaml': manifest('{ regions: [eu-west-1] }') }, ['--allow-partial'], { faults });
    const written = readFileSync(path.join(dir, 'inventory', 'aws.json'), 'utf8');
    for (const text of [result.stdout, result.stderr, written]) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain('AKIAFAKECALLER000001');
    }
    expect(result.stderr).toContain('key [redacted] secret [redacted]');
  });

  it('refuses to replace a file that is not a snapshot', async () => {
    const { dir, result } = await scan({ 'faultline.yaml': manifest('{ regions: [eu-west-1], out: notes.json }'), 'notes.json': '{"mine": true}' }, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/notes\.json exists and is not a faultline snapshot; it was left as it is/);
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{"mine": true}');
  });

  it('says in one line when there is nothing to scan, or no credentials', async () => {
    const none = await scan({ 'faultline.yaml': 'version: 1\nname: x\ncomponents:\n  a: {}\ncapabilities:\n  k: { requires: [a] }\n' }, []);
    expect(none.result.code).toBe(2);
    expect(none.result.stderr).toBe("faultline: faultline.yaml: no `inventory: - aws:` entry to scan; add `inventory: [{ aws: { regions: all } }]`\n");

    fake = await startFakeAws({ callerAccount: account, resources });
    const dir = workspace({ 'faultline.yaml': manifest('{ regions: [eu-west-1] }') });
    const noCredentials = await runCliAsync(['scan'], { cwd: dir, env: { AWS_ENDPOINT_URL: fake.url, AWS_REGION: 'eu-west-1', AWS_EC2_METADATA_DISABLED: 'true', HOME: dir } });
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(noCredentials.stderr).toMatch(/^faultline: no usable AWS credentials/);
    expect(existsSync(path.join(dir, 'inventory', 'aws.json'))).toBe(false);
  });

  it('tells analyze to scan first when an aws entry has no snapshot yet', async () => {
    const dir = workspace({ 'faultline.yaml': manifest('{ regions: all }') });
    const result = await runCliAsync(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^faultline: faultline\.yaml:4:\d+ inventory\[0\]\.aws: cannot read snapshot .*inventory\/aws\.json: no such file — run `faultline scan`/);
  });
});
