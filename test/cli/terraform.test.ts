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
import { readFileSync, writeFileSync } from 'node:fs';

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

describe('a Terraform state that cannot be read', () => {
  it('makes the inventory partial, with what to do about a state, not a scan', () => {
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: t\ninventory:\n  - terraform: { state: gone.tfstate }\ncomponents:\n  api: { provider: aws, region: us-east-1 }\ncapabilities:\n  k: { requires: [api] }\n' });
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^faultline: inventory is partial \(.*gone\.tfstate: cannot read the state: no such file\); results above may miss dependencies — make the state readable where the manifest names it \(the file, or the bucket and its credentials\), or pass --allow-partial to accept\n$/);
  });
});

describe('--plan: the estate as a saved plan leaves it', () => {
  const fixtures = path.join(repoRoot, 'test/fixtures/terraform');
  const worker = 'arn:aws:lambda:us-east-1:111122223333:function:shop-prod-worker';
  const gated = (extra = '') => `version: 1
name: shop
inventory:
  - terraform: { state: prod.tfstate, providers: { aws: us-east-1, aws.west: us-west-2 } }
components:
  worker: { select: { address: aws_lambda_function.worker } }
capabilities:
  jobs: { requires: [worker] }
${extra}`;
  const alternatives = `dependencies:
  - from: aws_lambda_function.worker
    alternatives: [aws_sqs_queue.audit, aws_sqs_queue.audit_west]
    reason: the worker writes audit events to whichever queue answers
`;
  const setUp = (manifest: string) => {
    const dir = workspace({ 'faultline.yaml': manifest });
    copyFileSync(state, path.join(dir, 'prod.tfstate'));
    for (const plan of ['plan-adds-us-east-1-queue.json', 'plan-adds-queue-per-region.json']) copyFileSync(path.join(fixtures, plan), path.join(dir, plan));
    const baseline = runCli(['baseline', '--out', 'baseline.json'], { cwd: dir });
    expect(baseline.code, baseline.stderr).toBe(0);
    return dir;
  };

  it('check fails on a plan that adds a queue only in us-east-1, naming its address and the line of its block', () => {
    const dir = setUp(gated());
    const text = runCli(['check', '--baseline', 'baseline.json', '--plan', 'plan-adds-us-east-1-queue.json'], { cwd: dir });
    expect(text.code, text.stderr).toBe(1);
    expect(text.stderr).toBe('faultline: the estate as plan-adds-us-east-1-queue.json leaves it (instead of prod.tfstate): 1 to create, 1 to update\n');
    const planText = readFileSync(path.join(dir, 'plan-adds-us-east-1-queue.json'), 'utf8').split('\n');
    // The queue's block in the plan's configuration: the object whose next line is its address.
    const line = planText.findIndex((entry, i) => i > planText.findIndex((l) => l.includes('"configuration"')) && entry.includes('"address": "aws_sqs_queue.audit"'));
    expect(text.stdout).toContain(`NEW jobs now depends on terraform:aws_sqs_queue.audit, which is only in region:aws/us-east-1: jobs → worker → ${worker} → terraform:aws_sqs_queue.audit (Terraform aws_sqs_queue.audit, plan-adds-us-east-1-queue.json:${line})`);
    const json = JSON.parse(runCli(['check', '--baseline', 'baseline.json', '--plan', 'plan-adds-us-east-1-queue.json', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.regressions.map((regression: { kind: string; component: string; terraform: unknown }) => [regression.kind, regression.component, regression.terraform])).toEqual([
      ['new-single-region', 'terraform:aws_sqs_queue.audit', { address: 'aws_sqs_queue.audit', file: 'plan-adds-us-east-1-queue.json', line }],
    ]);
  });

  it('points a pull-request annotation at the resource block in the configuration beside the plan', () => {
    const dir = setUp(gated());
    writeFileSync(path.join(dir, 'queues.tf'), 'resource "aws_sqs_queue" "jobs" {\n  name = "shop-prod-jobs"\n}\n\n# audit trail\nresource "aws_sqs_queue" "audit" {\n  name = "shop-${var.environment}-audit"\n}\n');
    const github = runCli(['check', '--baseline', 'baseline.json', '--plan', 'plan-adds-us-east-1-queue.json', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=queues\.tf,line=6,col=1,title=faultline%3A new-single-region::jobs now depends on terraform:aws_sqs_queue\.audit/m);
  });

  it('passes the same change with a queue per region that the manifest says are alternatives, and the correction waits on the state until the apply', () => {
    const dir = setUp(gated(alternatives));
    const check = runCli(['check', '--baseline', 'baseline.json', '--plan', 'plan-adds-queue-per-region.json'], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toBe('No new us-east-1-only dependency against baseline.json.\n');
    // Without the alternatives the second queue is no help: the us-east-1 one is still needed.
    writeFileSync(path.join(dir, 'plain.yaml'), gated());
    expect(runCli(['check', 'plain.yaml', '--baseline', 'baseline.json', '--plan', 'plan-adds-queue-per-region.json'], { cwd: dir }).code).toBe(1);
    // On the state, before the apply, the queues do not exist yet: said, not fatal.
    const before = runCli(['analyze'], { cwd: dir });
    expect(before.code, before.stderr).toBe(0);
    expect(before.stderr).toContain('faultline: warning: dependencies[0] names "aws_sqs_queue.audit", "aws_sqs_queue.audit_west", which no source of this inventory holds (not applied yet?); the correction waits until it does');
  });

  it('analyze, simulate and export read the plan in place of the state', () => {
    const dir = setUp(gated());
    const analysis = JSON.parse(runCli(['analyze', '--format', 'json', '--plan', 'plan-adds-us-east-1-queue.json'], { cwd: dir }).stdout);
    expect(analysis.inventory.files).toEqual(['plan-adds-us-east-1-queue.json']);
    expect(analysis.capabilities[0].spofComponents).toContain('terraform:aws_sqs_queue.audit');
    const simulation = JSON.parse(runCli(['simulate', '--fail', 'terraform:aws_sqs_queue.audit', '--format', 'json', '--plan', 'plan-adds-us-east-1-queue.json'], { cwd: dir }).stdout);
    expect(simulation.capabilities).toEqual([expect.objectContaining({ id: 'jobs', status: 'down', cause: 'terraform:aws_sqs_queue.audit' })]);
    const graphml = runCli(['export', '--format', 'graphml', '--plan', 'plan-adds-us-east-1-queue.json'], { cwd: dir });
    expect(graphml.code, graphml.stderr).toBe(0);
    expect(graphml.stdout).toContain('<node id="terraform:aws_sqs_queue.audit"');
    // Without --plan, the state: no such queue.
    expect(runCli(['analyze', '--format', 'json'], { cwd: dir }).stdout).not.toContain('aws_sqs_queue.audit');
  });

  it('asks which state a plan stands in for when the manifest reads several, and refuses what is not a plan', () => {
    const two = gated().replace('inventory:\n', 'inventory:\n  - terraform: { state: network.tfstate }\n');
    const dir = setUp(gated());
    writeFileSync(path.join(dir, 'two.yaml'), two);
    copyFileSync(state, path.join(dir, 'network.tfstate'));
    const ask = runCli(['analyze', 'two.yaml', '--plan', 'plan-adds-us-east-1-queue.json'], { cwd: dir });
    expect([ask.code, ask.stderr]).toEqual([2, 'faultline: two.yaml reads 2 Terraform states (network.tfstate, prod.tfstate); say which one plan-adds-us-east-1-queue.json is a plan of with --plan-for STATE\n']);
    const chosen = runCli(['analyze', 'two.yaml', '--plan', 'plan-adds-us-east-1-queue.json', '--plan-for', 'prod.tfstate', '--format', 'json'], { cwd: dir });
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(JSON.parse(chosen.stdout).inventory.files).toEqual(['network.tfstate', 'plan-adds-us-east-1-queue.json']);
    const wrong = runCli(['analyze', 'two.yaml', '--plan', 'plan-adds-us-east-1-queue.json', '--plan-for', 'prod.tfstat'], { cwd: dir });
    expect([wrong.code, wrong.stderr]).toEqual([2, 'faultline: --plan-for prod.tfstat is not a Terraform state two.yaml reads; name one of: network.tfstate, prod.tfstate\n']);
    const alone = runCli(['analyze', '--plan-for', 'prod.tfstate'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^faultline: --plan-for prod\.tfstate names the state a plan stands in for; give the plan with --plan FILE/);
    const notPlan = runCli(['analyze', '--plan', 'prod.tfstate'], { cwd: dir });
    expect(notPlan.code).toBe(2);
    expect(notPlan.stderr.split('\n')).toHaveLength(2);
    expect(notPlan.stderr).toMatch(/^faultline: prod\.tfstate/);
  });
});
