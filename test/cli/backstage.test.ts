/**
 * A Backstage catalog as an inventory, end to end through the command line: descriptor
 * files beside a Tagging-API snapshot, the catalog's REST API on a loopback server
 * with a token from the environment, corrections by entity ref, bad entities, and
 * `init --from-catalog`.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot, runCli, runCliAsync, workspace } from '../helpers/cli.js';
import { startFakeCatalog, type FakeCatalog } from '../sources/backstage/fake-catalog.js';

const acme = path.join(repoRoot, 'test/fixtures/backstage/acme');
const table = 'arn:aws:dynamodb:us-east-1:111122223333:table/links';
const acmeCopy = (manifest?: string): string => {
  const dir = workspace({});
  cpSync(acme, dir, { recursive: true });
  if (manifest !== undefined) writeFileSync(path.join(dir, 'faultline.yaml'), manifest);
  return dir;
};

let catalog: FakeCatalog | undefined;
afterEach(async () => {
  await catalog?.close();
  catalog = undefined;
});

describe('inventory: - backstage: { files }', () => {
  it('takes a capability on a user-facing component down with the table its dependencies end in, and with that table\'s region', () => {
    const result = runCli(['analyze', '--format', 'json'], { cwd: acmeCopy() });
    expect(result.code, result.stderr).toBe(0);
    const analysis = JSON.parse(result.stdout);
    const links = analysis.capabilities.find((capability: { id: string }) => capability.id === 'serve-short-links');
    expect(links.spofComponents).toEqual(expect.arrayContaining(['component:default/links-web', 'api:default/links-api', 'component:default/links-service', 'resource:default/links-table', table]));
    expect(links.spofDomains).toContain('region:aws/us-east-1');
    expect(links.spofDomains).toContain('custom:short-links');
    // Two providers of the payments API are alternatives: neither is a SPOF of taking payments.
    const payments = analysis.capabilities.find((capability: { id: string }) => capability.id === 'take-payments');
    expect(payments.spofComponents).not.toContain('component:default/payments-eu');
    expect(payments.spofComponents).not.toContain('component:default/payments-us');
    expect(payments.spofComponents).toContain('arn:aws:ecs:eu-west-1:111122223333:service/checkout/checkout');
    expect(analysis.dependencies.discovered).toContainEqual({ from: 'resource:default/links-table', to: [table], kind: 'declared', provenance: 'backstage links/catalog-info.yaml:50 resource:default/links-table', via: 'metadata.annotations["amazonaws.com/arn"]' });
    expect(analysis.dependencies.ignored).toContainEqual(expect.objectContaining({ from: 'component:default/checkout', to: ['group:default/team-payments'], via: 'spec.owner' }));
  });

  it('makes the members of a System the manifest names in failsTogether one failure domain, and refuses a name that is no System, at its line', () => {
    const manifest = readFileSync(path.join(acme, 'faultline.yaml'), 'utf8');
    const before = JSON.parse(runCli(['analyze', '--format', 'json'], { cwd: acmeCopy() }).stdout);
    expect(before.capabilities.find((capability: { id: string }) => capability.id === 'take-payments').spofDomains).not.toContain('custom:payments');
    const dir = acmeCopy(manifest.replace('backstage: { files: catalog-info.yaml }', 'backstage: { files: catalog-info.yaml, failsTogether: [Payments] }'));
    const result = runCli(['analyze', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const payments = JSON.parse(result.stdout).capabilities.find((capability: { id: string }) => capability.id === 'take-payments');
    expect(payments.spofDomains).toContain('custom:payments');
    const typo = runCli(['analyze'], { cwd: acmeCopy(manifest.replace('backstage: { files: catalog-info.yaml }', 'backstage:\n      files: catalog-info.yaml\n      failsTogether: [payments, system:default/paymnts]')) });
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toBe(
      'faultline: faultline.yaml:7:33 inventory[1].backstage.failsTogether[1]: system:default/paymnts is no System of this catalog — name one of: system:default/payments, system:default/short-links, system:default/support',
    );
  });

  it('places a SaaS entity where its vendor runs, and reports the entity that says nowhere where it runs, and no other', () => {
    const analysis = JSON.parse(runCli(['analyze', '--format', 'json'], { cwd: acmeCopy() }).stdout);
    // The chat annotated faultline/saas: intercom is where the SaaS catalog says Intercom runs.
    expect(analysis.capabilities.find((capability: { id: string }) => capability.id === 'answer-support').spofDomains).toEqual(['provider:aws', 'region:aws/us-east-1', 'vendor:intercom']);
    const unlocated = analysis.findings.filter((finding: { rule: string }) => finding.rule === 'unlocated');
    expect(unlocated).toEqual([
      {
        rule: 'unlocated',
        severity: 'medium',
        message: 'component:default/help-center says nowhere where it runs (no placement annotation, ARN or tag selector that matches): it is in no failure domain, so no outage takes it down in this analysis',
        capability: 'answer-support',
        capabilities: ['answer-support'],
        component: 'component:default/help-center',
        path: ['answer-support', 'component:default/help-center'],
      },
    ]);
  });

  it('meets the Tagging-API snapshot on the ARN: one node, with both provenances', () => {
    const graphml = runCli(['export', '--format', 'graphml'], { cwd: acmeCopy() });
    expect(graphml.code, graphml.stderr).toBe(0);
    const nodes = graphml.stdout.split('\n').filter((line) => line.includes(`<node id="${table}"`));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toContain('backstage links/catalog-info.yaml resource:default/links-table');
  });

  it('names in the brief who owns what is at fault: the nearest entity on the path with an owner', () => {
    const md = runCli(['export', '--format', 'md'], { cwd: acmeCopy() });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/goes down when region:aws\/us-east-1 fails, because arn:aws:ecs:us-east-1:111122223333:service\/links\/links-service does: [^\n]*\n {3}Owner: group:default\/team-links \(system:default\/short-links\) {2}\n/);
  });

  it('gives each catalog System a row in the brief: its domain, members, owners, what needs it, and which members alone stop a capability', () => {
    const md = runCli(['export', '--format', 'md'], { cwd: acmeCopy() });
    expect(md.code, md.stderr).toBe(0);
    const section = md.stdout.slice(md.stdout.indexOf('## Catalog systems'), md.stdout.indexOf('## Concentration'));
    // The System with the most single points of failure first; two providers of the payments API are alternatives, so neither is listed.
    expect(section.split('\n').filter((line) => line.startsWith('| system:'))).toEqual([
      '| system:default/short-links |  | 4 | group:default/team-links | serve-short-links | api:default/links-api (serve-short-links); component:default/links-service (serve-short-links); component:default/links-web (serve-short-links); resource:default/links-table (serve-short-links) |',
      '| system:default/payments | domain:default/commerce | 5 | group:default/team-payments | take-payments | api:default/payments-api (take-payments); component:default/checkout (take-payments); resource:default/payments-db (take-payments) |',
      '| system:default/support |  | 2 | group:default/team-support | answer-support | component:default/help-center (answer-support); component:default/support-chat (answer-support) |',
    ]);
    const dir = acmeCopy();
    const html = runCli(['export', '--format', 'html', '--out', 'brief.html'], { cwd: dir });
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'brief.html'), 'utf8')).toContain('<h2>Catalog systems</h2><table><tr><th>system</th><th>domain</th><th>members</th><th>owners</th><th>needed by</th><th>alone stop a capability</th></tr><tr><td>system:default/short-links</td>');
    // An estate without a catalog has no such section.
    expect(runCli(['export', '--format', 'md', path.join(repoRoot, 'fixtures/example/faultline.yaml')]).stdout).not.toContain('Catalog systems');
  });

  it('never writes over a catalog file it read, and serve --watch watches the files a glob found', async () => {
    const dir = acmeCopy();
    const out = runCli(['export', '--format', 'md', '--out', 'payments/apis.yaml'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(readFileSync(path.join(dir, 'payments/apis.yaml'), 'utf8')).toBe(readFileSync(path.join(acme, 'payments/apis.yaml'), 'utf8'));
    const { loadModel } = await import('../../src/sources/manifest/load-manifest.js');
    const loaded = await loadModel(path.join(dir, 'faultline.yaml'));
    expect(loaded.snapshots.find((snapshot) => snapshot.source === 'backstage')!.read!.map((file) => path.relative(dir, file)).sort()).toEqual(['catalog-info.yaml', 'links/catalog-info.yaml', 'payments/apis.yaml', 'payments/catalog-info.yaml', 'payments/components.yaml', 'support/catalog-info.yaml', 'systems/systems.yaml']);
  });

  it('takes corrections by entity ref, and refuses one that matches nothing read', () => {
    const manifest = readFileSync(path.join(acme, 'faultline.yaml'), 'utf8');
    const soft = `${manifest}dependencies:\n  - { from: component:default/checkout, to: resource:default/payments-db, soft: "orders queue while the database is away" }\n`;
    const analysis = JSON.parse(runCli(['analyze', '--format', 'json'], { cwd: acmeCopy(soft) }).stdout);
    expect(analysis.capabilities.find((capability: { id: string }) => capability.id === 'take-payments').spofComponents).not.toContain('resource:default/payments-db');
    // A ref no source holds waits with a warning (as a resource a plan creates does); one that holds no such dependency is an error.
    const typo = `${manifest}dependencies:\n  - { from: component:default/chekout, to: resource:default/payments-db, ignore: "a typo" }\n`;
    const waiting = runCli(['analyze'], { cwd: acmeCopy(typo) });
    expect(waiting.code).toBe(0);
    expect(waiting.stderr).toContain('faultline: warning: dependencies[0] names "component:default/chekout", which no source of this inventory holds (not applied yet?); the correction waits until it does — did you mean "component:default/checkout"?');
    const wrong = `${manifest}dependencies:\n  - { from: component:default/help-center, to: resource:default/payments-db, ignore: "not its database" }\n`;
    const refused = runCli(['analyze'], { cwd: acmeCopy(wrong) });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^faultline: faultline\.yaml:11:13 dependencies\[0\]\.from: no discovered dependency starts at "component:default\/help-center"/);
  });

  it('refuses an invalid entity in one line naming the file, the entity and the problem (exit 2)', () => {
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: x\ninventory:\n  - backstage: { files: "catalog/*.yaml" }\ncapabilities: {}\n' });
    cpSync(path.join(repoRoot, 'test/fixtures/backstage/invalid/missing-lifecycle.yaml'), path.join(dir, 'catalog/missing-lifecycle.yaml'));
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("faultline: catalog/missing-lifecycle.yaml:1:1 component:default/no-lifecycle: spec must have required property 'lifecycle' - missingProperty: lifecycle — make the entity valid for the catalog (see Backstage's descriptor format)\n");
  });

  it('checks a region an annotation names, as the manifest\'s are checked', () => {
    const dir = acmeCopy();
    const file = path.join(dir, 'payments/components.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('faultline/region: us-west-2', 'faultline/region: us-wset-2'));
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^faultline: payments\/components\.yaml:30:1 component:default\/payments-us: metadata\.annotations\["faultline\/region"\]: .*us-wset-2.* — .*us-west-2/);
  });

  it('refuses a token written in the manifest', () => {
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: x\ninventory:\n  - backstage: { url: "https://backstage.example.com", token: "abc123" }\ncapabilities: {}\n' });
    const result = runCli(['analyze'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('write env:NAME: the token is read from that environment variable, never from the manifest');
  });

  it('says an entry needs files or url, one of them, and what goes with which', () => {
    const entry = (text: string) => runCli(['analyze'], { cwd: workspace({ 'faultline.yaml': `version: 1\nname: x\ninventory:\n  - backstage: ${text}\ncapabilities: {}\n` }) });
    expect(entry('{ files: a, url: "https://x.example" }').stderr).toBe('faultline: faultline.yaml:4:16 inventory[0].backstage: give either files (descriptor files) or url (a running catalog)\n');
    expect(entry('{ files: a, token: env:X }').stderr).toBe('faultline: faultline.yaml:4:35 inventory[0].backstage.token: token goes with url: it is sent to a running catalog\n');
  });
});

describe('inventory: - backstage: { url, token }', () => {
  const entities = (): unknown[] => {
    const texts = ['links/catalog-info.yaml', 'systems/systems.yaml'].map((file) => readFileSync(path.join(acme, file), 'utf8'));
    // The served entities are the files' own, as the catalog would serve them after reading them.
    return texts.flatMap((text) => text.split(/^---$/m)).map((doc) => JSON.parse(JSON.stringify(parseYaml(doc))));
  };
  const manifest = (url: string) => `version: 1\nname: links\ninventory:\n  - backstage: { url: "${url}", token: env:BACKSTAGE_TOKEN }\ncapabilities:\n  serve-short-links: { requires: [component:default/links-web] }\n`;

  it('reads every page of the catalog with the token from the environment', async () => {
    catalog = await startFakeCatalog({ entities: entities(), token: 'tok-123', pageSize: 3 });
    const dir = workspace({ 'faultline.yaml': manifest(catalog.url) });
    const result = await runCliAsync(['analyze', '--format', 'json'], { cwd: dir, env: { BACKSTAGE_TOKEN: 'tok-123' } });
    expect(result.code, result.stderr).toBe(0);
    const links = JSON.parse(result.stdout).capabilities[0];
    expect(links.spofComponents).toContain(table);
    expect(links.spofDomains).toContain('region:aws/us-east-1');
    expect(catalog.requests.length).toBeGreaterThan(1);
    expect(new Set(catalog.requests.map((request) => request.authorization))).toEqual(new Set(['Bearer tok-123']));
  });

  it('makes the inventory partial when the catalog refuses the token (exit 3, unless --allow-partial)', async () => {
    catalog = await startFakeCatalog({ entities: entities(), token: 'tok-123' });
    const dir = workspace({ 'faultline.yaml': manifest(catalog.url) });
    const refused = await runCliAsync(['analyze'], { cwd: dir, env: { BACKSTAGE_TOKEN: 'expired' } });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`inventory is partial (${catalog.url}: the catalog at ${catalog.url}/api/catalog/entities/by-query answered HTTP 401: the token is missing or not accepted)`);
  });

  it('makes the inventory partial when the catalog cannot be reached, and says a token variable that is not set', async () => {
    catalog = await startFakeCatalog({ entities: [] });
    const url = catalog.url;
    await catalog.close();
    catalog = undefined;
    const dir = workspace({ 'faultline.yaml': manifest(url).replace(/capabilities:[\s\S]*/, 'capabilities:\n  ship: { requires: [ci] }\ncomponents:\n  ci: { saas: github-actions }\n') });
    const unreachable = await runCliAsync(['analyze'], { cwd: dir, env: { BACKSTAGE_TOKEN: 'tok' } });
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain('ECONNREFUSED');
    // What to do fits a catalog: not a scan.
    expect(unreachable.stderr).toContain('— make the catalog answer (its address, its token), or pass --allow-partial to accept');
    const allowed = await runCliAsync(['analyze', '--allow-partial'], { cwd: dir, env: { BACKSTAGE_TOKEN: 'tok' } });
    expect(allowed.code, allowed.stderr).toBe(0);
    const unset = await runCliAsync(['analyze'], { cwd: dir });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toBe('faultline: faultline.yaml: the catalog token is read from the environment variable BACKSTAGE_TOKEN, which is not set — export BACKSTAGE_TOKEN=<a Backstage token> before running faultline\n');
  });
});

describe('init --from-catalog', () => {
  it('proposes one capability per system, with the catalog as inventory, and the result analyses', () => {
    const dir = workspace({});
    // The catalog's folder holds a faultline manifest of its own, which is no catalog file: passed over.
    cpSync(acme, path.join(dir, 'catalog'), { recursive: true });
    const init = runCli(['init', '--from-catalog', path.join(dir, 'catalog/')], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    const written = readFileSync(path.join(dir, 'faultline.yaml'), 'utf8');
    expect(written).toContain('  - backstage: { files: "catalog/**/*.{yaml,yml}" }');
    expect(written).toContain('  serve-short-links:   # system system:default/short-links\n    description: "acme.link, the short-link service"\n    requires: [component:default/links-web]\n');
    expect(written).toContain('  serve-payments:   # system system:default/payments\n    description: "Card payments and the ledger"\n    requires: [component:default/checkout]\n');
    const analysis = runCli(['analyze', '--format', 'json'], { cwd: dir });
    expect(analysis.code, analysis.stderr).toBe(0);
    expect(analysis.stderr).toContain('catalog/faultline.yaml: a faultline manifest, not a catalog file: passed over');
    expect(JSON.parse(analysis.stdout).capabilities.map((capability: { id: string }) => capability.id)).toEqual(['serve-payments', 'serve-short-links', 'serve-support']);
  });

  it('never writes over a file that is there', () => {
    const dir = workspace({ 'faultline.yaml': 'mine\n' });
    cpSync(path.join(acme, 'links'), path.join(dir, 'catalog'), { recursive: true });
    const init = runCli(['init', '--from-catalog', 'catalog'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(readFileSync(path.join(dir, 'faultline.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(path.join(dir, 'catalog/catalog-info.yaml'))).toBe(true);
  });
});

