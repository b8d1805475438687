/**
 * The built command line on the bundled example and small workspaces: exit codes,
 * JSON shapes of DESIGN section 5, files written, colours.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scannedBefore, testNow, workspace } from '../helpers/cli.js';

const example = 'fixtures/example/faultline.yaml';
// An ANSI escape sequence: ESC then [.
const ansi = new RegExp(String.fromCharCode(27) + '\\[');

describe('faultline analyze', () => {
  it('prints a summary first, then tables, without colours when stdout is not a terminal', () => {
    const result = runCli(['analyze', '--manifest', example]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^faultline · harbor-tickets {2}6 capabilities/);
    expect(result.stdout).toMatch(/capabilities go down when a single failure domain fails/);
    expect(result.stdout).toContain('tell-customers fails with provider:aws or region:aws/us-east-1 or vendor:atlassian-statuspage, because status-page does: tell-customers → status-page');
    expect(result.stdout).not.toMatch(ansi);
  });

  it('takes the manifest as its argument, as -m does', () => {
    const positional = runCli(['analyze', example, '--format', 'json']);
    expect(positional.code, positional.stderr).toBe(0);
    expect(positional.stdout).toBe(runCli(['analyze', '--manifest', example, '--format', 'json']).stdout);
    const both = runCli(['analyze', example, '-m', example]);
    expect(both).toMatchObject({ code: 2, stdout: '', stderr: `faultline: the manifest is given twice, as ${example} and as --manifest ${example}; give one of them\n` });
  });

  it('writes the JSON fields of DESIGN section 5, with every id list sorted', () => {
    const result = runCli(['analyze', '--manifest', example, '--format', 'json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.faultline).toBe(1);
    const tell = analysis.capabilities.find((c: { id: string }) => c.id === 'tell-customers');
    expect(tell).toMatchObject({
      status: 'spof',
      spofDomains: ['provider:aws', 'region:aws/us-east-1', 'vendor:atlassian-statuspage'],
      spofComponents: ['status-page'],
      minCut: 1,
    });
    expect(tell.paths).toContainEqual({ domain: 'region:aws/us-east-1', path: ['tell-customers', 'status-page'] });
    expect(tell.cutSets.slice(0, 3)).toEqual([['provider:aws'], ['region:aws/us-east-1'], ['vendor:atlassian-statuspage']]);
    for (const capability of analysis.capabilities) {
      expect(capability.spofDomains).toEqual([...capability.spofDomains].sort());
      expect(capability.spofComponents).toEqual([...capability.spofComponents].sort());
      for (const set of capability.cutSets) expect(set).toEqual([...set].sort());
    }
    const region = analysis.concentration.region;
    expect(region.shares[0]).toEqual({ domain: 'region:aws/us-east-1', share: expect.any(Number), count: expect.any(Number) });
    expect(region.hhi).toBeCloseTo(region.shares.reduce((sum: number, s: { share: number }) => sum + s.share ** 2, 0), 3);
    expect(analysis.findings[0]).toEqual(expect.objectContaining({ rule: expect.any(String), severity: 'high', message: expect.any(String) }));
  });

  it('shows the manual failover that needs a deploy which dies in the same region', () => {
    const analysis = JSON.parse(runCli(['analyze', '--manifest', example, '--format', 'json']).stdout);
    const deliver = analysis.capabilities.find((c: { id: string }) => c.id === 'deliver-tickets');
    expect(deliver.spofComponents).toContain('orders');
    const manual = analysis.findings.filter((f: { rule: string; component?: string }) => f.rule === 'manual-fallback-needs-control-plane' && f.component === 'orders');
    expect(manual.map((f: { domain: string }) => f.domain)).toContain('region:aws/us-east-1');
    expect(analysis.findings.filter((f: { rule: string; component?: string }) => f.rule === 'fallback-shares-fate' && f.component === 'orders')).toEqual([]);
  });

  it('exits 1 with --fail-on when a finding reaches that severity, 0 when none does', () => {
    expect(runCli(['analyze', '--manifest', example, '--fail-on', 'high']).code).toBe(1);
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: calm\ncomponents:\n  a: { domains: [x] }\n  b: { domains: [y] }\ncapabilities:\n  k: { requires: [{ anyOf: [a, b] }] }\n' });
    expect(runCli(['analyze', '--fail-on', 'low'], { cwd: dir }).code).toBe(0);
  });

  it('writes --out atomically and says so on stderr', () => {
    const dir = workspace({ 'faultline.yaml': readFileSync(example, 'utf8').replace('file: inventory/aws.json', `file: ${path.resolve('fixtures/example/inventory/aws.json')}`) });
    const result = runCli(['analyze', '--format', 'json', '--out', 'report.json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('faultline: wrote report.json\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).name).toBe('harbor-tickets');
  });

  it('marks a partial inventory and exits 3 unless --allow-partial', () => {
    // Scanned an hour before the test clock: fresh, so the partial scan is the only thing said.
    const snapshot = { faultlineInventory: 1, scannedAt: scannedBefore(3_600_000), partial: true, errors: [{ account: '111122223333', region: 'ap-south-2', code: 'AccessDenied', message: 'denied' }], resources: [{ id: 'arn:aws:s3:::b', provider: 'aws', region: 'us-east-1', type: 's3:bucket', tags: {} }] };
    const dir = workspace({
      'faultline.yaml': 'version: 1\nname: p\ninventory: [{ file: inv.json }]\ncomponents:\n  store: { select: { type: s3 } }\ncapabilities:\n  k: { requires: [store] }\n',
      'inv.json': JSON.stringify(snapshot),
    });
    const partial = runCli(['analyze'], { cwd: dir });
    expect(partial.code).toBe(3);
    expect(partial.stdout).toMatch(/PARTIAL: part of it could not be read/);
    expect(partial.stderr).toMatch(/^faultline: inventory is partial \(.*inv\.json; not scanned: 111122223333\/ap-south-2\); results above may miss dependencies — scan again \(`faultline scan`\), or pass --allow-partial to accept\n$/);
    expect(runCli(['analyze', '--allow-partial'], { cwd: dir }).code).toBe(0);
    expect(runCli(['simulate', '--fail', 'region:aws/us-east-1'], { cwd: dir }).code).toBe(3);
  });

  it('reads the dependencies a snapshot from any tool carries, as a discovery source gives them', () => {
    const api = 'arn:aws:ecs:eu-west-1:1:service/links/api';
    const table = 'arn:aws:dynamodb:us-east-1:1:table/links';
    const snapshot = {
      faultlineInventory: 1,
      scannedAt: scannedBefore(3_600_000),
      resources: [
        { id: api, provider: 'aws', region: 'eu-west-1', type: 'ecs:service', tags: { service: 'api' } },
        { id: table, provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' },
      ],
      dependencies: [{ from: api, to: [table], provenance: 'cmdb export 2026-11', via: 'reads links' }],
    };
    const dir = workspace({
      'faultline.yaml': 'version: 1\nname: p\ninventory: [{ file: inv.json }]\ncomponents:\n  api: { select: { tags: { service: api } } }\ncapabilities:\n  k: { requires: [api] }\n',
      'inv.json': JSON.stringify(snapshot),
    });
    const result = runCli(['analyze', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const analysis = JSON.parse(result.stdout);
    // The service in Ireland needs the table in us-east-1, which only the snapshot's dependency says.
    expect(analysis.capabilities[0].spofDomains).toContain('region:aws/us-east-1');
    expect(analysis.dependencies.discovered).toEqual([{ from: api, to: [table], kind: 'declared', provenance: 'cmdb export 2026-11', via: 'reads links' }]);
  });
});

describe('snapshot age', () => {
  const manifest = 'version: 1\nname: old\ninventory: [{ file: inv.json }]\ncomponents:\n  b: { select: { type: s3 } }\ncapabilities:\n  k: { requires: [b] }\n';
  const scannedAgo = (ms: number) => workspace({ 'faultline.yaml': manifest, 'inv.json': JSON.stringify({ faultlineInventory: 1, scannedAt: scannedBefore(ms), resources: [{ id: 'arn:aws:s3:::b', provider: 'aws', region: 'us-east-1', type: 's3:bucket' }] }) });
  const day = 86_400_000;

  it('warns when a snapshot is older than --max-age, and not otherwise', () => {
    const dir = scannedAgo(8 * day);
    const old = runCli(['analyze'], { cwd: dir });
    expect(old.code).toBe(0);
    expect(old.stderr).toBe(`faultline: warning: inv.json was scanned 8d ago (${scannedBefore(8 * day)}), more than --max-age 7d; run \`faultline scan\` for a current inventory\n`);
    expect(runCli(['analyze', '--max-age', '9d'], { cwd: dir }).stderr).toBe('');
    expect(runCli(['analyze'], { cwd: scannedAgo(6 * day) }).stderr).toBe('');
  });

  it('names --max-age as it was written', () => {
    const hour = 3_600_000;
    expect(runCli(['analyze', '--max-age', '90m'], { cwd: scannedAgo(2 * hour) }).stderr).toBe(`faultline: warning: inv.json was scanned 2h ago (${scannedBefore(2 * hour)}), more than --max-age 90m; run \`faultline scan\` for a current inventory\n`);
    expect(runCli(['analyze', '--max-age', '48h'], { cwd: scannedAgo(3 * day) }).stderr).toContain('more than --max-age 48h;');
  });

  it("says nothing on stderr for the README's first command on a fresh copy of the example, however late it runs", () => {
    // The bundled example's inventory is a sample ("sample": true): no age applies to it.
    const dir = workspace();
    cpSync('fixtures/example', path.join(dir, 'fixtures', 'example'), { recursive: true });
    for (const now of [testNow, '2030-01-01T00:00:00Z']) {
      const result = runCli(['analyze', '--manifest', 'fixtures/example/faultline.yaml'], { cwd: dir, env: { FAULTLINE_NOW: now } });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.split('\n')[1]).toBe('inventory: 32 resources from fixtures/example/inventory/aws.json, a sample inventory (7 not depended on)');
    }
  });

  it('still warns of an old snapshot beside a sample', () => {
    const dir = scannedAgo(8 * day);
    writeFileSync(path.join(dir, 'sample.json'), JSON.stringify({ faultlineInventory: 1, sample: true, scannedAt: '2020-01-01T00:00:00Z', resources: [] }));
    writeFileSync(path.join(dir, 'faultline.yaml'), manifest.replace('[{ file: inv.json }]', '[{ file: inv.json }, { file: sample.json }]'));
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.stderr).toBe(`faultline: warning: inv.json was scanned 8d ago (${scannedBefore(8 * day)}), more than --max-age 7d; run \`faultline scan\` for a current inventory\n`);
    expect(result.stdout.split('\n')[1]).toBe('inventory: 1 resource from inv.json, sample.json, a sample inventory (0 not depended on)');
  });

  it('says when a snapshot claims to come from the future, whose age cannot be told', () => {
    const dir = scannedAgo(-2 * day);
    expect(runCli(['analyze'], { cwd: dir }).stderr).toBe(`faultline: warning: inv.json says it was scanned 2d from now (${scannedBefore(-2 * day)}); its age cannot be told: check the clock of the machine that scanned, or of this one\n`);
    expect(runCli(['analyze'], { cwd: scannedAgo(-60_000) }).stderr).toBe('');
  });

  it('takes its clock from FAULTLINE_NOW, and refuses one that is not a time', () => {
    const dir = scannedAgo(day);
    expect(runCli(['analyze'], { cwd: dir, env: { FAULTLINE_NOW: '2026-12-31T00:00:00Z' } }).stderr).toMatch(/^faultline: warning: inv\.json was scanned 40d ago/);
    const bad = runCli(['analyze'], { cwd: dir, env: { FAULTLINE_NOW: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('faultline: FAULTLINE_NOW="yesterday" is not a time; give an ISO 8601 time with its zone, e.g. 2026-11-20T10:00:00Z, or unset it\n');
  });
});

describe('faultline simulate', () => {
  it('says what goes down and why, as the JSON of DESIGN section 5', () => {
    const result = runCli(['simulate', '--manifest', example, '--fail', 'region:aws/us-east-1', '--format', 'json']);
    expect(result.code).toBe(0);
    const simulation = JSON.parse(result.stdout);
    expect(simulation.failed).toEqual(['region:aws/us-east-1']);
    const byId = Object.fromEntries(simulation.capabilities.map((c: { id: string }) => [c.id, c]));
    expect(byId['tell-customers']).toEqual({ id: 'tell-customers', status: 'down', path: ['tell-customers', 'status-page'], cause: 'region:aws/us-east-1' });
    expect(byId['ship-hotfix']).toMatchObject({ status: 'down', cause: 'region:aws/us-east-1' });
    expect(byId['ship-hotfix'].path).toHaveLength(2);
    expect(byId['answer-support'].status).toBe('degraded');
    expect(simulation.down).toEqual([...simulation.down].sort());
    expect(simulation.down).toContain('orders');
  });

  it('runs a named scenario from the library, saying what it stands for', () => {
    const result = runCli(['simulate', '--manifest', example, '--scenario', 'aws-us-east-1-2025-10', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const simulation = JSON.parse(result.stdout);
    expect(simulation.scenario).toMatchObject({ id: 'aws-us-east-1-2025-10', title: 'AWS us-east-1, 19-20 October 2025: DynamoDB DNS' });
    expect(simulation.failed).toContain('aws-control/identity-center');
    const byId = Object.fromEntries(simulation.capabilities.map((c: { id: string; status: string }) => [c.id, c.status]));
    expect(byId).toEqual({ 'answer-support': 'degraded', 'deliver-tickets': 'down', 'scan-at-venue': 'degraded', 'sell-tickets': 'down', 'ship-hotfix': 'down', 'tell-customers': 'down' });
    const text = runCli(['simulate', '--manifest', example, '--scenario', 'aws-us-east-1-2025-10']).stdout;
    expect(text.split('\n')[0]).toBe('Scenario: AWS us-east-1, 19-20 October 2025: DynamoDB DNS');
  });

  it('accepts several --fail entries, domains and components alike', () => {
    const result = runCli(['simulate', '--manifest', example, '--fail', 'vendor:intercom', '--fail', 'support-email']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Scenario: support-email \+ vendor:intercom fail/);
    expect(result.stdout).toMatch(/answer-support +DOWN/);
  });
});

describe('faultline init, schema, rules, help', () => {
  it('init writes a starter that analyze accepts', () => {
    const dir = workspace();
    const init = runCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(existsSync(path.join(dir, 'faultline.yaml'))).toBe(true);
    expect(runCli(['analyze'], { cwd: dir }).code).toBe(0);
  });

  it('schema prints the JSON Schema of the manifest', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['version', 'name', 'inventory', 'components', 'capabilities', 'policy']));
  });

  it('rules lists every rule with why and fix', () => {
    const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout);
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([
      'capability-spof-domain',
      'control-plane-in-region',
      'shared-fate',
      'manual-fallback-needs-control-plane',
      'fallback-shares-fate',
      'concentration-over-limit',
      'region-concentration',
      'provider-concentration',
      'single-account',
      'unknown-hosting',
      'cross-region-endpoint',
      'undeclared-dependency',
      'unknown-saas',
      'unlocated',
      'inventory-gap',
    ]);
    for (const rule of rules) expect(rule.why.length + rule.fix.length).toBeGreaterThan(40);
  });

  it('--help exits 0 and lists the commands; no arguments prints help too', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/analyze/);
    expect(help.stdout).toMatch(/simulate/);
    const bare = runCli([]);
    expect(bare).toMatchObject({ code: 0, stderr: '' });
    expect(bare.stdout).toMatch(/^Usage: faultline \[options\] \[command\]\n\nAudit an architecture/);
    expect(bare.stdout).toMatch(/\n {2}analyze \[options\]/);
  });

  it('fits its tables to the width of a terminal, and writes them whole to a pipe', () => {
    const dir = workspace();
    const probe = (columns: number) =>
      `process.stdout.isTTY = true;\nprocess.stdout.columns = ${columns};\nconst { main } = await import(${JSON.stringify(path.resolve('dist/cli/main.js'))});\nprocess.exitCode = await main(process.argv.slice(2));\n`;
    writeFileSync(path.join(dir, 'tty80.mjs'), probe(80));
    const tables = (text: string) => {
      const lines = text.split('\n');
      const block = (title: string) => lines.slice(lines.indexOf(title) + 1, lines.indexOf('', lines.indexOf(title)));
      return [...block('Capabilities'), ...block('Concentration of depended-on components')];
    };
    const manifest = path.resolve(example);
    const terminal = spawnSync(process.execPath, ['tty80.mjs', 'analyze', manifest], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(terminal.status, terminal.stderr).toBe(0);
    expect(tables(terminal.stdout).length).toBeGreaterThan(8);
    for (const line of tables(terminal.stdout)) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(tables(terminal.stdout).some((line) => line.endsWith('…'))).toBe(true);
    const piped = runCli(['analyze', example]);
    expect(tables(piped.stdout).some((line) => [...line].length > 80)).toBe(true);
    expect(tables(piped.stdout)).toContain('  region    0.47  2.1        aws/us-east-1 66% (25) · aws/eu-west-1 13% (5) · aws/us-west-2 13% (5) · 2 others 8% (3)  7');
    // The same through simulate's table.
    const simulated = spawnSync(process.execPath, ['tty80.mjs', 'simulate', manifest, '--scenario', 'aws-us-east-1-2025-10'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    const rows = simulated.stdout.split('\n').filter((line) => /^ {2}[a-z-]+ +(DOWN|degraded|up)\b/.test(line));
    expect(rows).toHaveLength(6);
    for (const line of rows) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('never writes colour codes when NO_COLOR is set, even through a forced terminal', () => {
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: c\ncomponents:\n  a: { domains: [x] }\ncapabilities:\n  k: { requires: [a] }\n' });
    writeFileSync(path.join(dir, 'probe.mjs'), `process.stdout.isTTY = true;\nconst { main } = await import(${JSON.stringify(path.resolve('dist/cli/main.js'))});\nprocess.exitCode = await main(['analyze']);\n`);
    const coloured = spawnSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(coloured.stdout).toMatch(ansi);
    const plain = spawnSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(ansi);
    expect(plain.status).toBe(0);
  });
});

describe('a complete snapshot with an ARN that could not be read', () => {
  it('is not reported as a place that was not scanned', () => {
    const snapshot = { faultlineInventory: 1, scannedAt: scannedBefore(3_600_000), partial: false, errors: [{ account: '123456789012', region: 'eu-central-1', code: 'UnreadableArn', message: 'not an ARN: x' }], resources: [{ id: 'arn:aws:s3:::b', provider: 'aws', region: 'us-east-1', type: 's3:bucket' }] };
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: u\ninventory: [{ file: inv.json }]\ncomponents:\n  b: { select: { type: s3 } }\ncapabilities:\n  k: { requires: [b] }\n', 'inv.json': JSON.stringify(snapshot) });
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('not scanned');
    expect(result.stdout).toContain('inv.json: 1 resource whose ARN could not be read is left out');
  });
});
