/**
 * DNS query logs as an inventory, end to end through the command line: the seed-000
 * company's Route 53 Resolver logs (gzip and plain) beside a scan, the same queries as
 * an aggregated CSV, damaged input, and the manifest's corrections.
 */
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze as analyzeModel } from '../../src/core/analyze.js';
import { prepare } from '../../src/core/prepare.js';
import { toGraphPayload } from '../../src/render/graph-payload.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { repoRoot, runCli, workspace } from '../helpers/cli.js';

const fixtures = path.join(repoRoot, 'test/fixtures/dns-logs');
const manifest = readFileSync(path.join(fixtures, 'faultline.yaml'), 'utf8');
const arn = (region: string, id: string) => `arn:aws:ec2:${region}:111122223333:instance/${id}`;
const redirectFrankfurt = arn('eu-central-1', 'i-0bb0000000000f002');
const redirectSydney = arn('ap-southeast-2', 'i-0cc0000000000a003');
const redirectVirginia = arn('us-east-1', 'i-0aa0000000000e001');
const web = arn('us-east-1', 'i-0dd0000000000e004');
const deploy = arn('eu-central-1', 'i-0ee0000000000f005');

interface Finding { rule: string; component?: string; target?: string; domain?: string; message: string; evidence?: { count: number; firstSeen: string; lastSeen: string; example: string } }

/** A copy of the fixtures, with the manifest changed as a test needs. */
function estate(edit: (text: string) => string = (text) => text): string {
  const dir = workspace();
  cpSync(fixtures, dir, { recursive: true });
  writeFileSync(path.join(dir, 'faultline.yaml'), edit(manifest));
  return dir;
}

function analyze(dir: string, args: string[] = []) {
  const result = runCli(['analyze', '--format', 'json', ...args], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return { analysis: JSON.parse(result.stdout) as { capabilities: Array<{ id: string; spofDomains: string[]; spofComponents: string[] }>; findings: Finding[]; dependencies: { discovered: Array<Record<string, unknown>>; ignored: Array<Record<string, unknown>> } }, stderr: result.stderr };
}

const rule = (findings: Finding[], id: string) => findings.filter((finding) => finding.rule === id);

/** One Route 53 Resolver query log line, from an instance or (without one) from the VPC alone. */
function resolverLine(query: { region: string; vpc: string; instance?: string; name: string; minute: number }): string {
  return JSON.stringify({ version: '1.100000', account_id: '111122223333', region: query.region, vpc_id: query.vpc, query_timestamp: `2026-11-20T10:0${query.minute}:00Z`, query_name: query.name, query_type: 'A', query_class: 'IN', rcode: 'NOERROR', answers: [], srcaddr: '10.0.0.9', srcport: '5353', transport: 'UDP', srcids: query.instance === undefined ? {} : { instance: query.instance } });
}

/** A workspace reading the three-tier Terraform state and resolver/*.log (these lines), with these components and capabilities. */
function terraformAndLogs(componentsAndCapabilities: string, lines: string[]): string {
  const dir = workspace({
    'faultline.yaml': `version: 1\nname: shop\ninventory:\n  - terraform: { state: prod.tfstate, providers: { aws: us-east-1, aws.west: us-west-2 } }\n  - dnsLogs: { files: "resolver/*.log" }\ncomponents:\n${componentsAndCapabilities}\n`,
    'resolver/queries.log': lines.join('\n'),
  });
  cpSync(path.join(repoRoot, 'test/fixtures/terraform/three-tier.tfstate'), path.join(dir, 'prod.tfstate'));
  return dir;
}

describe('inventory: - dnsLogs', () => {
  it('finds what the seed-000 company learned in the outage: links in three regions read from DynamoDB in us-east-1, sign-in and artifacts there too', () => {
    const { analysis } = analyze(estate());
    const cross = rule(analysis.findings, 'cross-region-endpoint');
    expect(cross.map((finding) => [finding.component, finding.target])).toEqual([
      [redirectSydney, 'aws-data/dynamodb@us-east-1'],
      [redirectFrankfurt, 'aws-data/dynamodb@us-east-1'],
      [deploy, 'aws-data/s3@us-east-1'],
      [deploy, 'aws-data/sso@us-east-1'],
    ]);
    expect(cross[0]).toMatchObject({ domain: 'region:aws/us-east-1', evidence: { count: 6, firstSeen: '2025-10-14T14:48:00Z', lastSeen: '2025-10-14T22:53:00Z', example: 'dynamodb.us-east-1.amazonaws.com' } });
    // The legacy global S3 endpoint says where it is served from, and the source.
    expect(cross[2]!.message).toContain('e.g. shortio-artifacts.s3.amazonaws.com; s3.amazonaws.com is a global endpoint served from us-east-1');
    const links = analysis.capabilities.find((capability) => capability.id === 'serve-links')!;
    expect(links.spofComponents).toContain('aws-data/dynamodb@us-east-1');
    expect(links.spofDomains).toContain('region:aws/us-east-1');
  });

  it('says what nobody wrote down: the status page and the chat the web servers call, a vendor nobody knows, what a hotfix needs', () => {
    const { analysis } = analyze(estate());
    const undeclared = rule(analysis.findings, 'undeclared-dependency').map((finding) => `${finding.component} -> ${finding.target}`);
    expect(undeclared).toEqual(
      expect.arrayContaining([`${web} -> statuspage`, `${web} -> saas:intercom`, `${web} -> dns:ipinfo.io`, `${deploy} -> aws-data/sts@eu-central-1`, `${deploy} -> aws-data/sso@us-east-1`, 'arn:aws:ec2:eu-central-1:111122223333:vpc/vpc-0b22euc1 -> aws-data/sqs@eu-central-1']),
    );
    // The redirect instances' DynamoDB calls are declared: the manifest says redirect needs the table in us-east-1.
    expect(undeclared.filter((entry) => entry.endsWith('aws-data/dynamodb@us-east-1'))).toEqual([]);
    expect(rule(analysis.findings, 'unknown-saas')).toEqual([expect.objectContaining({ component: 'dns:ipinfo.io', domain: 'vendor:ipinfo.io', evidence: { count: 2, firstSeen: '2025-10-16T03:59:00Z', lastSeen: '2025-10-16T05:36:00Z', example: 'ipinfo.io' } })]);
    // The global STS endpoint from Frankfurt, seen after AWS began serving it locally, is Frankfurt's, and says why.
    const sts = analysis.dependencies.discovered.find((dependency) => dependency.from === deploy && (dependency.to as string[])[0] === 'aws-data/sts@eu-central-1')!;
    expect(sts.via).toContain("sts.amazonaws.com is a global endpoint, served in the caller's region (eu-central-1) since 2025-04-18");
    expect(rule(analysis.findings, 'cross-region-endpoint').some((finding) => finding.target?.startsWith('aws-data/sts'))).toBe(false);
  });

  it('keeps noise and the soft fallback as ignored, each with why, and no redirect instance in us-east-1 is cross-region', () => {
    const { analysis } = analyze(estate());
    const ignored = analysis.dependencies.ignored.filter((entry) => entry.from === redirectVirginia).map((entry) => [(entry.to as string[])[0], String(entry.reason).split(':')[0]]);
    expect(ignored).toEqual([
      ['cassandra', 'soft (the manifest, cassandra.shortio.internal'],
      ['dns:ip-10-0-9-23.ec2.internal', 'not a call to a service'],
      ['dns:shortio.internal', 'the name does not exist (NXDOMAIN)'],
    ]);
    expect(rule(analysis.findings, 'cross-region-endpoint').some((finding) => finding.component === redirectVirginia)).toBe(false);
  });

  it('reads the aggregated CSV to the same result as the raw logs', () => {
    const raw = analyze(estate()).analysis;
    const csv = analyze(estate((text) => text.replace('files: "logs/**/*.log*"', 'file: resolver-summary.csv'))).analysis;
    const same = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('resolver-summary.csv', 'logs/**/*.log*'));
    expect(same(csv.findings)).toEqual(raw.findings);
    expect(same(csv.capabilities)).toEqual(raw.capabilities);
    expect(same(csv.dependencies)).toEqual(raw.dependencies);
  });

  it('draws observed edges in GraphML with their provenance and evidence', () => {
    const result = runCli(['export', '--format', 'graphml'], { cwd: estate() });
    expect(result.code, result.stderr).toBe(0);
    const edge = result.stdout.split('\n').find((line) => line.includes(`source="${redirectSydney}" target="aws-data/dynamodb@us-east-1"`))!;
    expect(edge).toContain('<data key="found-by">dns-logs logs/**/*.log*</data><data key="dependency-kind">observed</data><data key="via">dynamodb.us-east-1.amazonaws.com</data><data key="count">6</data><data key="first-seen">2025-10-14T14:48:00Z</data><data key="last-seen">2025-10-14T22:53:00Z</data><data key="example">dynamodb.us-east-1.amazonaws.com</data>');
    const node = result.stdout.split('\n').find((line) => line.includes(`<node id="${redirectSydney}"`))!;
    expect(node).toContain('<data key="origins">dns-logs logs/**/*.log* i-0cc0000000000a003</data>');
  });

  it('lists in the brief what the systems call that nobody wrote down', () => {
    const result = runCli(['export', '--format', 'md'], { cwd: estate() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('## What your systems call that nobody wrote down');
    expect(result.stdout).toContain(`| ${web} | statuspage | 6 | 2025-10-15T10:12:00Z | 2025-10-15T18:17:00Z | api.statuspage.io | answer-support |`);
  });

  it('takes the manifest\'s corrections: an observed call ignored with a reason, minCount and since', () => {
    const dir = estate((text) =>
      text
        .replace('      soft:', '      minCount: 3\n      since: 2025-10-16\n      soft:')
        .replace('capabilities:', `dependencies:\n  - { from: "${web}", to: saas:intercom, ignore: "the widget only: support answers by mail" }\ncapabilities:`),
    );
    const { analysis } = analyze(dir);
    const reasons = analysis.dependencies.ignored.filter((entry) => entry.from === web).map((entry) => [(entry.to as string[])[0], entry.reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['saas:intercom', 'the manifest says it is not a run-time need: the widget only: support answers by mail'],
        ['dns:ipinfo.io', 'seen 2 times, fewer than minCount 3'],
        ['statuspage', 'last seen 2025-10-15T18:17:00Z, before since 2025-10-16'],
      ]),
    );
    expect(rule(analysis.findings, 'unknown-saas')).toEqual([]);
  });

  it('skips malformed lines, naming each file and line, and goes on', () => {
    const dir = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "{logs/**/*.log*,damaged/mixed.log}"'));
    const { analysis, stderr } = analyze(dir);
    expect(stderr).toContain('faultline: warning: damaged/mixed.log: 3 lines could not be read and were skipped: line 2 (not JSON), line 3 (no query_name), line 4 (not a JSON object)\n');
    expect(rule(analysis.findings, 'cross-region-endpoint')).toHaveLength(4);
  });

  it('refuses logs of which no line can be read (exit 2), naming the file and lines', () => {
    const dir = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: damaged/nothing-readable.log'));
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('damaged/nothing-readable.log:1');
    expect(result.stderr).toContain('not JSON; no line of damaged/nothing-readable.log could be read');
  });

  it('makes the inventory partial when a file cannot be read to its end or the glob names none (exit 3 unless --allow-partial)', () => {
    const cut = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "{logs/**/*.log*,damaged/truncated.log.gz}"'));
    const refused = runCli(['analyze'], { cwd: cut });
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toMatch(/damaged\/truncated\.log\.gz(, after line \d+)?: the gzip data is damaged or cut short/);
    const allowed = runCli(['analyze', '--allow-partial', '--format', 'json'], { cwd: cut });
    expect(allowed.code, allowed.stderr).toBe(0);
    const none = runCli(['analyze'], { cwd: estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "nowhere/*.log.gz"')) });
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('no file matches nowhere/*.log.gz');
    // A folder the glob cannot list (a link to itself) leaves logs unread: partial too.
    const looped = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "{logs,cycle}/**/*.log*"'));
    symlinkSync(path.join(looped, 'cycle'), path.join(looped, 'cycle'));
    const unlisted = runCli(['analyze'], { cwd: looped });
    expect(unlisted.code, unlisted.stderr).toBe(3);
    expect(unlisted.stderr).toContain('cannot list the folder cycle (ELOOP): the logs in it were not read');
  });

  it('says a cut-short log in one line that names it once, with advice for logs, and still says it when partial is accepted', () => {
    const dir = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: damaged/truncated.log.gz'));
    const refused = runCli(['analyze'], { cwd: dir });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(
      'faultline: inventory is partial (damaged/truncated.log.gz: the gzip data is damaged or cut short (unexpected end of file)); results above may miss dependencies — copy the logs that are cut short again, or leave them out of the glob, or pass --allow-partial to accept\n',
    );
    const allowed = runCli(['analyze', '--allow-partial'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toBe('faultline: warning: inventory is partial (damaged/truncated.log.gz: the gzip data is damaged or cut short (unexpected end of file)); accepted with --allow-partial: results may miss dependencies\n');
    const none = runCli(['analyze'], { cwd: estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "nowhere/*.log.gz"')) });
    expect(none.stderr).toContain("(no file matches nowhere/*.log.gz); results above may miss dependencies — check the glob (it is read from the manifest's folder), or pass --allow-partial to accept\n");
    // The same said once when the manifest cannot be resolved without the logs.
    const alone = workspace({ 'faultline.yaml': 'version: 1\nname: t\ninventory:\n  - dnsLogs: { files: "nowhere/*.log" }\ncomponents:\n  api: { select: { type: lambda:function } }\ncapabilities:\n  k: { requires: [api] }\n' });
    const unresolved = runCli(['analyze'], { cwd: alone });
    expect(unresolved.code).toBe(3);
    expect(unresolved.stderr).toBe('faultline: inventory is partial (no file matches nowhere/*.log), and the manifest cannot be resolved without it: faultline.yaml:6:18 select needs resources, but the inventory holds none\n');
  });

  it('names the logs from where the command runs, as the other inventory entries are named, when the manifest is in another folder', () => {
    const dir = estate((text) => text.replace('files: "logs/**/*.log*"', 'files: "{logs/**/*.log*,damaged/truncated.log.gz}"'));
    const result = runCli(['analyze', '--manifest', path.join(path.basename(dir), 'faultline.yaml'), '--allow-partial'], { cwd: path.dirname(dir) });
    expect(result.code, result.stderr).toBe(0);
    const here = path.basename(dir);
    expect(result.stdout).toContain(`from ${here}/aws.json, ${here}/{logs/**/*.log*,damaged/truncated.log.gz} (`);
    expect(result.stderr).toContain(`(${here}/damaged/truncated.log.gz: the gzip data is damaged or cut short`);
    expect(result.stderr).toContain(`faultline: warning: ${here}/{logs/**/*.log*,damaged/truncated.log.gz}: 1 call from vpc-0b22euc1`);
  });

  it("leads the estate's own names that Terraform knows (a record, a database endpoint) to those resources", () => {
    const names = ['www.shop.example.com.', 'shop-prod.cluster-c9x2kq7ab1cd.us-east-1.rds.amazonaws.com.', 'dynamodb.us-east-1.amazonaws.com.'];
    const dir = terraformAndLogs('  web: { select: { address: aws_route53_record.www } }\ncapabilities:\n  sell: { requires: [web] }', names.map((name, i) => resolverLine({ region: 'us-east-1', vpc: 'vpc-1', instance: 'i-0worker', name, minute: i })));
    const { analysis } = analyze(dir);
    const worker = 'arn:aws:ec2:us-east-1:111122223333:instance/i-0worker';
    const calls = analysis.dependencies.discovered.filter((dependency) => dependency.from === worker).map((dependency) => (dependency.to as string[])[0]);
    expect(calls).toEqual(['arn:aws:rds:us-east-1:111122223333:cluster:shop-prod', 'aws-data/dynamodb@us-east-1', 'terraform:aws_route53_record.www']);
  });

  it('hands a query the logs tie only to a VPC to the functions and services Terraform places in it, and warns when it can hand it to none', () => {
    const dir = terraformAndLogs('  jobs: { select: { address: aws_lambda_function.worker } }\ncapabilities:\n  process-orders: { requires: [jobs] }', [
      resolverLine({ region: 'us-east-1', vpc: 'vpc-0c3f8a2e9d41b7650', name: 'api.stripe.com.', minute: 1 }),
      resolverLine({ region: 'us-west-2', vpc: 'vpc-0d4e000000000000a', name: 'sqs.us-west-2.amazonaws.com.', minute: 2 }),
    ]);
    const { analysis, stderr } = analyze(dir);
    const vpc = 'arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0c3f8a2e9d41b7650';
    const stripe = analysis.dependencies.discovered.filter((dependency) => (dependency.to as string[])[0] === 'saas:stripe');
    expect(stripe.map((dependency) => dependency.from)).toEqual(['arn:aws:ecs:us-east-1:111122223333:service/shop-prod/shop-prod-app', 'arn:aws:lambda:us-east-1:111122223333:function:shop-prod-worker']);
    expect(stripe[0]!.via).toBe('api.stripe.com; seen from vpc-0c3f8a2e9d41b7650, the only source the logs name: handed to each of the 2 workloads in it');
    expect(analysis.dependencies.ignored).toContainEqual(expect.objectContaining({ from: vpc, to: ['saas:stripe'], reason: expect.stringContaining('handed to the 2 workloads the inventory places in vpc-0c3f8a2e9d41b7650') }));
    // The capability that needs the function now needs what the function's VPC was seen calling.
    const capability = analysis.capabilities.find((entry) => entry.id === 'process-orders')!;
    expect(capability.spofComponents).toContain('saas:stripe');
    // A VPC nothing places a workload in keeps its call, and says what would hand it on.
    expect(analysis.dependencies.discovered).toContainEqual(expect.objectContaining({ from: 'arn:aws:ec2:us-west-2:111122223333:vpc/vpc-0d4e000000000000a', to: ['aws-data/sqs@us-west-2'] }));
    expect(stderr).toContain('resolver/*.log: 1 call from vpc-0d4e000000000000a (us-west-2) names no finer source than the VPC');

    // A handed call that is not the function's is corrected like any discovered edge, by the function's Terraform address.
    const manifestFile = path.join(dir, 'faultline.yaml');
    writeFileSync(manifestFile, `${readFileSync(manifestFile, 'utf8')}dependencies:\n  - { from: aws_lambda_function.worker, to: saas:stripe, ignore: "the ECS service takes the payments" }\n`);
    const corrected = analyze(dir).analysis;
    expect(corrected.dependencies.discovered.filter((dependency) => (dependency.to as string[])[0] === 'saas:stripe').map((dependency) => dependency.from)).toEqual(['arn:aws:ecs:us-east-1:111122223333:service/shop-prod/shop-prod-app']);
    expect(corrected.capabilities.find((entry) => entry.id === 'process-orders')!.spofComponents).not.toContain('saas:stripe');
  });

  it('refuses an aggregated CSV whose header lacks a column (exit 2), saying which and how to write it', () => {
    const dir = estate((text) => text.replace('files: "logs/**/*.log*"', 'file: summary.csv'));
    writeFileSync(path.join(dir, 'summary.csv'), 'source,region,query_name,count\ni-1,us-east-1,a.example.com,3\n');
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('summary.csv:1');
    expect(result.stderr).toContain('the header has no account, first_seen, last_seen columns (it has source, region, query_name, count)');
  });

  it('marks observed edges in the page\'s graph, and keeps their evidence in the node panel\'s data', async () => {
    const { model } = await loadModel(path.join(estate(), 'faultline.yaml'));
    const graph = toGraphPayload(model, analyzeModel(prepare(model)));
    expect(graph.edges).toContainEqual({ source: redirectSydney, target: 'aws-data/dynamodb@us-east-1', alternative: false, observed: true });
    // A need the scan and the manifest declare is drawn as before.
    expect(graph.edges).toContainEqual({ source: 'redirect', target: redirectSydney, alternative: true });
    const panel = graph.components!.find((component) => component.id === redirectSydney)!;
    expect(panel.discovered).toContainEqual(expect.objectContaining({ to: ['aws-data/dynamodb@us-east-1'], kind: 'observed', evidence: expect.objectContaining({ count: 6 }) }));
  });
});
