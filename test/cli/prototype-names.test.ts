/**
 * Ids, vendors, scenarios and tag keys named like the members of a JavaScript
 * object's prototype (constructor, toString, hasOwnProperty, valueOf, ...) are
 * ordinary names: every command reads them as it reads any other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, workspace } from '../helpers/cli.js';

const manifest = 'test/fixtures/prototype-names/faultline.yaml';

interface Capability {
  id: string;
  status: string;
  spofDomains: string[];
  spofComponents: string[];
}

/** The estate's capabilities by id, from `analyze --format json`. */
function capabilitiesOf(stdout: string): Map<string, Capability> {
  const analysis = JSON.parse(stdout) as { capabilities: Capability[] };
  return new Map(analysis.capabilities.map((capability) => [capability.id, capability]));
}

/** The fixture, copied into a fresh folder (so a command may write beside it). */
function copyOfFixture(): string {
  const from = path.join(repoRoot, 'test/fixtures/prototype-names');
  return workspace({ 'faultline.yaml': readFileSync(path.join(from, 'faultline.yaml'), 'utf8'), 'inventory.json': readFileSync(path.join(from, 'inventory.json'), 'utf8') });
}

describe('faultline analyze with prototype names', () => {
  it('reads every component, capability and vendor named like a prototype member, in JSON', () => {
    const result = runCli(['analyze', '--manifest', manifest, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const capabilities = capabilitiesOf(result.stdout);
    expect([...capabilities.keys()]).toEqual(['hasOwnProperty', 'propertyIsEnumerable', 'toLocaleString']);
    expect(capabilities.get('hasOwnProperty')).toMatchObject({
      status: 'spof',
      spofDomains: ['account:aws/111122223333', 'provider:aws', 'region:aws/us-east-1', 'vendor:constructor'],
      spofComponents: ['constructor', 'toString', 'valueOf'],
    });
    expect(capabilities.get('propertyIsEnumerable')).toMatchObject({ spofComponents: ['toString'] });
    // operates: [constructor, isPrototypeOf] is read: the control planes of the ECS services constructor selects and of the table.
    expect(capabilities.get('toLocaleString')!.spofComponents).toEqual(['aws-control/dynamodb@us-east-1', 'aws-control/ecs@eu-west-1', 'aws-control/ecs@us-east-1', 'toString']);
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ rule: string; capability?: string; component?: string; message: string }> }).findings;
    // independentOf: [propertyIsEnumerable] is read, and broken by the vendor both need.
    expect(findings.some((finding) => finding.rule === 'shared-fate' && finding.capability === 'hasOwnProperty' && finding.message.includes('propertyIsEnumerable'))).toBe(true);
    // The manual fallback of valueOf needs toLocaleString, a control-plane capability.
    expect(findings.some((finding) => finding.rule === 'manual-fallback-needs-control-plane' && finding.component === 'valueOf')).toBe(true);
  });

  it('prints them in text', () => {
    const result = runCli(['analyze', '--manifest', manifest]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^faultline · prototype-names {2}3 capabilities/);
    expect(result.stdout).toContain('propertyIsEnumerable fails with provider:aws or region:aws/us-east-1 or vendor:constructor, because toString does: propertyIsEnumerable → toString');
  });
});

describe('faultline simulate with prototype names', () => {
  it('fails a component named toString', () => {
    const result = runCli(['simulate', '--manifest', manifest, '--fail', 'toString', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const simulation = JSON.parse(result.stdout) as { failed: string[]; capabilities: Array<{ id: string; status: string; path: string[] }> };
    expect(simulation.failed).toEqual(['toString']);
    expect(simulation.capabilities.map((capability) => [capability.id, capability.status])).toEqual([
      ['hasOwnProperty', 'down'],
      ['propertyIsEnumerable', 'down'],
      ['toLocaleString', 'down'],
    ]);
    expect(simulation.capabilities[0]!.path).toEqual(['hasOwnProperty', 'constructor', 'toString']);
  });

  it('runs the manifest’s scenario named constructor', () => {
    const result = runCli(['simulate', '--manifest', manifest, '--scenario', 'constructor', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const simulation = JSON.parse(result.stdout) as { failed: string[]; scenario: { id: string }; capabilities: Array<{ status: string }> };
    expect(simulation.scenario).toMatchObject({ id: 'constructor' });
    expect(simulation.failed).toEqual(['vendor:constructor']);
    expect(simulation.capabilities.every((capability) => capability.status === 'down')).toBe(true);
  });

  it('refuses a scenario the manifest does not define, even one named like a prototype member', () => {
    for (const name of ['toString', 'hasOwnProperty', '__proto__']) {
      const result = runCli(['simulate', '--manifest', manifest, '--scenario', name]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^faultline: --scenario ${name}: no such scenario; .+\\n$`));
    }
  });
});

describe('faultline baseline and check with prototype names', () => {
  it('records capabilities named like prototype members, and gates on one the baseline does not know', () => {
    const dir = copyOfFixture();
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'b.json'), 'utf8')) as { spofDomains: Record<string, string[]>; spofComponents: Record<string, string[]> };
    expect(Object.keys(baseline.spofComponents)).toEqual(['hasOwnProperty', 'propertyIsEnumerable', 'toLocaleString']);
    expect(runCli(['check', '--baseline', 'b.json', '--spof-component'], { cwd: dir }).code).toBe(0);

    // As if propertyIsEnumerable were new since the baseline.
    const without = (record: Record<string, string[]>, key: string) => Object.fromEntries(Object.entries(record).filter(([id]) => id !== key));
    baseline.spofDomains = without(baseline.spofDomains, 'propertyIsEnumerable');
    baseline.spofComponents = without(baseline.spofComponents, 'propertyIsEnumerable');
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(baseline, null, 2));
    const check = runCli(['check', '--baseline', 'b.json', '--spof-component', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stderr).toBe(1);
    const { regressions } = JSON.parse(check.stdout) as { regressions: Array<{ kind: string; capability: string; component: string }> };
    expect(regressions.map(({ kind, capability, component }) => ({ kind, capability, component }))).toEqual([{ kind: 'new-spof-component', capability: 'propertyIsEnumerable', component: 'toString' }]);

    const brief = runCli(['export', '--format', 'md', '--baseline', 'b.json'], { cwd: dir });
    expect(brief.code, brief.stderr).toBe(0);
    expect(brief.stdout).toContain('propertyIsEnumerable');
  });
});

describe('faultline export with prototype names', () => {
  it('writes Markdown, JSON and HTML', () => {
    const md = runCli(['export', '--format', 'md', '--manifest', manifest]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# prototype-names: resilience brief/);
    expect(md.stdout).toContain('propertyIsEnumerable');

    const json = runCli(['export', '--format', 'json', '--manifest', manifest]);
    expect(json.code, json.stderr).toBe(0);
    expect([...capabilitiesOf(json.stdout).keys()]).toEqual(['hasOwnProperty', 'propertyIsEnumerable', 'toLocaleString']);

    const dir = workspace();
    const html = runCli(['export', '--format', 'html', '--manifest', manifest, '--out', path.join(dir, 'report.html')]);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('prototype-names: resilience brief');
  });

  it('writes HTML with the scanned resources folded into the components named like prototype members', () => {
    const dir = workspace();
    const html = runCli(['export', '--format', 'html', '--manifest', manifest, '--collapse-above', '3', '--out', path.join(dir, 'report.html')]);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('"collapsed":true');
  });
});
