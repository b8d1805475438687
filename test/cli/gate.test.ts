import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';

const before = `version: 1
name: shop
components:
  api: { requires: [db] }
  db: { provider: aws, region: eu-west-1 }
  queue: { provider: aws, region: us-east-1 }
capabilities:
  take-orders: { requires: [api] }
`;
const after = before.replace('api: { requires: [db] }', 'api: { requires: [db, queue] }');

describe('faultline baseline and check', () => {
  it('passes until a change adds a us-east-1-only dependency, then fails with the path', () => {
    const dir = workspace({ 'faultline.yaml': before });
    expect(runCli(['baseline', '--out', 'faultline.baseline.json'], { cwd: dir }).code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'faultline.baseline.json'), 'utf8'));
    expect(baseline).toMatchObject({ faultlineBaseline: 1, name: 'shop', singleRegion: { 'region:aws/us-east-1': [] } });
    expect(runCli(['check', '--baseline', 'faultline.baseline.json'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'No new us-east-1-only dependency against faultline.baseline.json.\n' });

    writeFileSync(path.join(dir, 'faultline.yaml'), after);
    const failing = runCli(['check', '--baseline', 'faultline.baseline.json'], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('NEW take-orders now depends on queue, which is only in region:aws/us-east-1: take-orders → api → queue');
    const json = JSON.parse(runCli(['check', '--baseline', 'faultline.baseline.json', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.regressions).toEqual([expect.objectContaining({ kind: 'new-single-region', capability: 'take-orders', component: 'queue' })]);
  });

  it('accepts a change with --update-baseline, and lets --region override the policy', () => {
    const dir = workspace({ 'faultline.yaml': before });
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    writeFileSync(path.join(dir, 'faultline.yaml'), after);
    expect(runCli(['check', '--baseline', 'b.json', '--region', 'eu-west-1'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'faultline: b.json records region:aws/us-east-1, not region:aws/eu-west-1; write the baseline for the regions you gate on (faultline baseline --region ...)\n',
    });
    runCli(['baseline', '--out', 'eu.json', '--region', 'eu-west-1'], { cwd: dir });
    expect(runCli(['check', '--baseline', 'eu.json', '--region', 'eu-west-1'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '--baseline', 'b.json', '--update-baseline'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '--baseline', 'b.json'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'b.json'), 'utf8')).singleRegion['region:aws/us-east-1']).toEqual(['take-orders -> queue']);
  });

  it('says what it gated on when it passes, the regions and SPOF kinds that the policy or the flags add included', () => {
    const dir = workspace({ 'faultline.yaml': before });
    runCli(['baseline', '--out', 'b.json', '--region', 'us-east-1', 'eu-west-1'], { cwd: dir });
    expect(runCli(['check', '--baseline', 'b.json', '--region', 'us-east-1', 'eu-west-1', '--spof-domain', 'vendor', '--spof-component'], { cwd: dir })).toMatchObject({
      code: 0,
      stdout: 'No new dependency only in eu-west-1 or us-east-1, no new vendor domain that alone takes a capability down and no new component that alone takes a capability down against b.json.\n',
    });
    writeFileSync(path.join(dir, 'faultline.yaml'), `${before}policy:\n  failOn: [{ newSingleRegion: eu-west-1 }, { newSpofDomain: [provider] }]\n`);
    expect(runCli(['check', '--baseline', 'b.json'], { cwd: dir }).stdout).toBe('No new eu-west-1-only dependency and no new provider domain that alone takes a capability down against b.json.\n');
  });

  it('lets flags add SPOF rules the policy does not have', () => {
    const dir = workspace({ 'faultline.yaml': before });
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    writeFileSync(path.join(dir, 'faultline.yaml'), before.replace('api: { requires: [db] }', 'api: { requires: [db, chat] }\n  chat: { saas: acme-chat }'));
    expect(runCli(['check', '--baseline', 'b.json'], { cwd: dir }).code).toBe(0);
    const vendor = runCli(['check', '--baseline', 'b.json', '--spof-domain', 'vendor'], { cwd: dir });
    expect(vendor.code).toBe(1);
    expect(vendor.stdout).toContain('NEW take-orders now goes down when vendor:acme-chat fails, through api → chat');
    expect(runCli(['check', '--baseline', 'b.json', '--spof-component'], { cwd: dir }).stdout).toContain('NEW take-orders now goes down when chat fails alone');
  });

  it('honours a suppression until its date, the last day included, by the run\'s clock', () => {
    const dir = workspace({ 'faultline.yaml': before });
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    const suppress = (until: string) => `${after}suppress:\n  - { capability: take-orders, component: queue, reason: moving to eu-west-1 in Q1, until: "${until}" }\n`;
    writeFileSync(path.join(dir, 'faultline.yaml'), suppress('2026-11-30'));
    const ok = runCli(['check', '--baseline', 'b.json'], { cwd: dir, env: { FAULTLINE_NOW: '2026-11-30T23:59:00Z' } });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('take-orders -> queue until 2026-11-30: moving to eu-west-1 in Q1');
    const expired = runCli(['check', '--baseline', 'b.json'], { cwd: dir, env: { FAULTLINE_NOW: '2026-12-01T00:00:00Z' } });
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('the suppression of take-orders -> queue expired on 2026-11-30');
    // What to do about it is to renew it: a baseline cannot accept an expired suppression.
    expect(expired.stdout).toContain('Fix what an expired suppression held, or renew its date in `suppress:`: a baseline cannot accept an expired suppression.');
  });

  it('says in one line what is wrong with a missing baseline or a file that is not one, exit 2', () => {
    const dir = workspace({ 'faultline.yaml': before, 'notes.json': '{"mine": 1}' });
    expect(runCli(['check', '--baseline', 'nope.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: "faultline: nope.json: cannot read the baseline (ENOENT); write one with `faultline baseline --out nope.json`\n" });
    expect(runCli(['check', '--baseline', 'notes.json'], { cwd: dir }).stderr).toBe('faultline: notes.json:1:1 faultlineBaseline: is not a faultline baseline (expected "faultlineBaseline": 1) — write it again with `faultline baseline --out notes.json`\n');
    writeFileSync(path.join(dir, 'broken.json'), '{\n  "faultlineBaseline": 1,\n  "name": "p",\n  "singleRegion": {\n    "region:aws/us-east-1": "k -> b"\n  },\n  "spofDomains": {},\n  "spofComponents": {}\n}\n');
    expect(runCli(['check', '--baseline', 'broken.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: broken.json:5:29 singleRegion["region:aws/us-east-1"]: must be a list of strings — write it again with `faultline baseline --out broken.json`\n' });
    writeFileSync(path.join(dir, 'cut.json'), '{"faultlineBaseline": 1,');
    expect(runCli(['check', '--baseline', 'cut.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^faultline: cut\.json:1:\d+ is not valid JSON — write it again/) });
    const refused = runCli(['baseline', '--out', 'notes.json'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{"mine": 1}');
  });

  it('never passes a partial inventory silently', () => {
    const snapshot = { faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: true, errors: [{ region: 'ap-south-2', code: 'AccessDenied', message: 'no' }], resources: [{ id: 'arn:aws:s3:::b', provider: 'aws', region: 'us-east-1', type: 's3:bucket' }] };
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: p\ninventory: [{ file: inv.json }]\ncomponents:\n  b: { select: { type: s3 } }\ncapabilities:\n  k: { requires: [b] }\n', 'inv.json': JSON.stringify(snapshot) });
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(3);
    expect(runCli(['baseline', '--out', 'b.json', '--allow-partial'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '--baseline', 'b.json'], { cwd: dir }).code).toBe(3);
  });
});

describe('the regions a gate is on', () => {
  const manifest = 'version: 1\nname: g\ncomponents:\n  table: { provider: aws, region: us-east-1 }\n  cache: { provider: aws, region: eu-west-1 }\ncapabilities:\n  k: { requires: [table, cache] }\n';

  it('reads --region with commas as with spaces', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    expect(runCli(['baseline', '--out', 'comma.json', '--region', 'us-east-1,eu-west-1'], { cwd: dir }).code).toBe(0);
    expect(runCli(['baseline', '--out', 'space.json', '--region', 'us-east-1', 'eu-west-1'], { cwd: dir }).code).toBe(0);
    const comma = JSON.parse(readFileSync(path.join(dir, 'comma.json'), 'utf8'));
    expect(Object.keys(comma.singleRegion)).toEqual(['region:aws/eu-west-1', 'region:aws/us-east-1']);
    expect(comma).toEqual(JSON.parse(readFileSync(path.join(dir, 'space.json'), 'utf8')));
  });

  it('refuses a region that is not one, and says when a region holds nothing here', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    expect(runCli(['baseline', '--out', 'b.json', '--region', 'us-eats-1'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: --region us-eats-1: "us-eats-1" is not an AWS region; did you mean "us-east-1"?\n' });
    const idle = runCli(['baseline', '--out', 'b.json', '--region', 'eu-west-3'], { cwd: dir });
    expect(idle.code).toBe(0);
    expect(idle.stderr).toContain('faultline: warning: nothing in this estate is in region:aws/eu-west-3, so the gate on it cannot fail; check the region you meant\n');
  });

  it('tells a misspelt region from a real one the estate does not use, in simulate --fail', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    expect(runCli(['simulate', '--fail', 'region:aws/eu-centrl-1'], { cwd: dir }).stderr).toBe('faultline: --fail region:aws/eu-centrl-1: "eu-centrl-1" is not an AWS region; did you mean "eu-central-1"?\n');
    expect(runCli(['simulate', '--fail', 'region:aws/eu-west-3'], { cwd: dir }).stderr).toBe("faultline: --fail region:aws/eu-west-3: nothing in this estate is in that region; list the estate's domains with `faultline analyze`\n");
  });
});

describe('a baseline that records a region that is no region', () => {
  it('is refused with the region it is near', () => {
    const dir = workspace({
      'faultline.yaml': 'version: 1\nname: g\ncomponents:\n  table: { provider: aws, region: us-east-1 }\ncapabilities:\n  k: { requires: [table] }\n',
      'b.json': JSON.stringify({ faultlineBaseline: 1, name: 'g', singleRegion: { 'region:aws/us-east-1': [], 'region:aws/us-eats-1': [] }, spofDomains: {}, spofComponents: {} }),
    });
    expect(runCli(['check', '--baseline', 'b.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'faultline: b.json: singleRegion["region:aws/us-eats-1"]: "us-eats-1" is not an AWS region — did you mean "region:aws/us-east-1"?; write the baseline again with `faultline baseline --out b.json`\n',
    });
  });
});
