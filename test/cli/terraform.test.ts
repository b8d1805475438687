/**
 * Terraform as an inventory, end to end through the command line: a state file
 * beside the manifest, the same estate scanned and read from state, and a state
 * in S3 read with the real AWS SDK against the local wire-protocol server.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../aws/fake-aws-server.mjs';
import { repoRoot, runCli, runCliAsync, workspace } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';

const state = path.join(repoRoot, 'test/fixtures/terraform/three-tier.tfstate');
const manifest = (location: string) => `version: 1
name: shop
inventory:
  - terraform: { state: ${location}, providers: { aws: us-east-1, aws.west: us-west-2 } }
components:
  web: { select: { address: aws_route53_record.www } }
capabilities:
  sell: { requires: [web] }
`;
const lb = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/shop-prod-web/50dc6c495c0c9188';
const alarm = 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:shop-prod-jobs-depth';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('inventory: - terraform', () => {
  it('reads the run-time chain from the DNS record down to the database, and never makes an alarm a need', () => {
    const dir = workspace({ 'faultline.yaml': manifest('prod.tfstate') });
    copyFileSync(state, path.join(dir, 'prod.tfstate'));
    const result = runCli(['analyze', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const analysis = JSON.parse(result.stdout);
    const sell = analysis.capabilities[0];
    expect(sell.spofComponents).toEqual(expect.arrayContaining(['terraform:aws_route53_record.www', lb, 'arn:aws:rds:us-east-1:111122223333:cluster:shop-prod']));
    expect(sell.spofDomains).toContain('region:aws/us-east-1');
    expect(analysis.dependencies.discovered).toContainEqual(expect.objectContaining({ from: 'terraform:aws_route53_record.www', to: [lb], kind: 'declared', via: 'alias.0.name' }));
    const needed = new Set(analysis.dependencies.discovered.flatMap((dependency: { to: string[] }) => dependency.to));
    for (const id of [...needed]) expect(String(id)).not.toMatch(/:alarm:|:dashboard\/|log-group|:policy\//);
    expect(needed.has(alarm)).toBe(false);
    // Every component the capability stops with is on a path the state recorded.
    expect(sell.spofComponents.some((id: string) => id.includes(':alarm:'))).toBe(false);
  });

  it('meets a Tagging-API snapshot on the same ARNs: one node each, with both provenances', () => {
    const scanned = { faultlineInventory: 1, scannedAt: '2026-11-21T09:00:00Z', resources: [{ id: lb, provider: 'aws', region: 'us-east-1', account: '111122223333', type: 'elasticloadbalancing:loadbalancer', tags: { service: 'web' } }] };
    const dir = workspace({ 'faultline.yaml': manifest('prod.tfstate').replace('inventory:\n', 'inventory:\n  - file: aws.json\n'), 'aws.json': JSON.stringify(scanned) });
    copyFileSync(state, path.join(dir, 'prod.tfstate'));
    const graphml = runCli(['export', '--format', 'graphml'], { cwd: dir });
    expect(graphml.code, graphml.stderr).toBe(0);
    const nodes = graphml.stdout.split('\n').filter((line) => line.includes(`<node id="${lb}"`));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toContain('<data key="origins">terraform ');
    expect(nodes[0]).toContain('aws_lb.web</data>');
    const analysis = JSON.parse(runCli(['analyze', '--format', 'json'], { cwd: dir }).stdout);
    expect(analysis.inventory.files).toEqual(['aws.json', 'prod.tfstate']);
  });

  it('reads a state from S3 with the real SDK, and marks the inventory partial when it may not', async () => {
    fake = await startFakeAws({ callerAccount: '111122223333', resources: {}, objects: { 'acme-tf-state/prod/terraform.tfstate': readFileSync(state, 'utf8') }, deniedObjects: ['acme-tf-state/prod/locked.tfstate'] });
    const env = { AWS_ENDPOINT_URL: fake.url, AWS_ACCESS_KEY_ID: fake.callerAccessKeyId, AWS_SECRET_ACCESS_KEY: 'fakeSecretForTests0000000000000000000001', AWS_REGION: 'eu-west-1', AWS_EC2_METADATA_DISABLED: 'true' };
    const dir = workspace({ 'faultline.yaml': manifest('s3://acme-tf-state/prod/terraform.tfstate'), 'locked.yaml': manifest('s3://acme-tf-state/prod/locked.tfstate') });
    const read = await runCliAsync(['analyze', '--format', 'json'], { cwd: dir, env: { ...env, HOME: dir } });
    expect(read.code, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout).capabilities[0].spofComponents).toContain(lb);
    const locked = await runCliAsync(['analyze', 'locked.yaml'], { cwd: dir, env: { ...env, HOME: dir } });
    expect(locked.code, locked.stderr).toBe(3);
    expect(locked.stderr).toBe("faultline: inventory is partial (s3://acme-tf-state/prod/locked.tfstate: cannot read the state from S3 (AccessDenied, HTTP 403): Access Denied), and the manifest cannot be resolved without it: locked.yaml:6:18 select needs resources, but the inventory holds none\n");
  });
});
