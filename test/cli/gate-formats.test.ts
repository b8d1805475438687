/**
 * check's CI formats: SARIF against the SARIF 2.1.0 schema, JUnit parsed back,
 * GitHub annotations on the lines that declare what is new.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../helpers/cli.js';

const before = `version: 1
name: shop
inventory: [{ file: inv.json }]
components:
  api: { requires: [db] }
  db: { provider: aws, region: eu-west-1 }
  queue: { provider: aws, region: us-east-1 }
capabilities:
  take-orders: { requires: [api] }
  tell-customers: { requires: [db] }
`;
const after = before.replace('api: { requires: [db] }', 'api: { requires: [db, queue, "arn:aws:sqs:us-east-1:1:events"] }');
const snapshot = `{
  "faultlineInventory": 1,
  "scannedAt": "2026-11-20T10:00:00Z",
  "resources": [
    {"id":"arn:aws:s3:::logs","provider":"aws","region":"eu-west-1","type":"s3:bucket"},
    {"id":"arn:aws:sqs:us-east-1:1:events","provider":"aws","region":"us-east-1","type":"sqs:queue"}
  ]
}
`;

function failingWorkspace(): string {
  const dir = workspace({ 'faultline.yaml': before, 'inv.json': snapshot });
  runCli(['baseline', '--out', 'b.json'], { cwd: dir });
  writeFileSync(path.join(dir, 'faultline.yaml'), after);
  return dir;
}
// A CommonJS module whose default export is the class: under NodeNext the class is `.default`.
const Ajv = ajvDraft04.default;
const check = (dir: string, format: string) => runCli(['check', '--baseline', 'b.json', '--format', format], { cwd: dir });

describe('check --format sarif', () => {
  it('writes SARIF 2.1.0 that the standard schema accepts, located at the declaring lines', () => {
    const dir = failingWorkspace();
    const result = check(dir, 'sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const locations = log.runs[0].results.map((r: { message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => [
      r.message.text.split(',')[0],
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.locations[0]!.physicalLocation.region.startLine,
    ]);
    expect(locations).toEqual([
      ['take-orders now depends on arn:aws:sqs:us-east-1:1:events', 'inv.json', 6],
      ['take-orders now depends on queue', 'faultline.yaml', 7],
    ]);
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(['new-single-region']);
  });
});

describe('check --format junit', () => {
  it('writes one test case per capability, failing where something is new', () => {
    const dir = failingWorkspace();
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(check(dir, 'junit').stdout);
    const suite = parsed.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'faultline check', tests: '3', failures: '1' });
    const cases = Object.fromEntries(suite.testcase.map((c: { name: string; failure?: unknown }) => [c.name, c.failure]));
    expect(Object.keys(cases)).toEqual(['take-orders', 'tell-customers', '(estate)']);
    expect(cases['tell-customers']).toBeUndefined();
    expect(cases['take-orders']).toHaveLength(2);
    expect(cases['take-orders'][1]).toMatchObject({ type: 'new-single-region', message: expect.stringContaining('take-orders now depends on queue') });
  });
});

describe('check --format github', () => {
  it('annotates the real lines of the manifest and the snapshot', () => {
    const dir = failingWorkspace();
    const lines = check(dir, 'github').stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('::error file=faultline.yaml,line=7,col=3,title=faultline%3A new-single-region::take-orders now depends on queue, which is only in region:aws/us-east-1: take-orders → api → queue');
    expect(readFileSync(path.join(dir, 'faultline.yaml'), 'utf8').split('\n')[6]).toMatch(/^ {2}queue:/);
    expect(lines[0]).toMatch(/^::error file=inv\.json,line=6,col=1,/);
    expect(readFileSync(path.join(dir, 'inv.json'), 'utf8').split('\n')[5]).toContain('arn:aws:sqs:us-east-1:1:events');
  });

  it('says so in a notice when nothing is new', () => {
    const dir = workspace({ 'faultline.yaml': before, 'inv.json': snapshot });
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    expect(check(dir, 'github')).toMatchObject({ code: 0, stdout: '::notice title=faultline::no new us-east-1-only dependency\n' });
  });
});

describe('check --format md', () => {
  it('writes what is new, with its path, for a pull-request comment or a job summary', () => {
    const dir = failingWorkspace();
    const result = check(dir, 'md');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      '## faultline: 2 new problems against b.json',
      '',
      '- **new single-region dependency**: take-orders now depends on arn:aws:sqs:us-east-1:1:events, which is only in region:aws/us-east-1: take-orders → api → arn:aws:sqs:us-east-1:1:events',
      '- **new single-region dependency**: take-orders now depends on queue, which is only in region:aws/us-east-1: take-orders → api → queue',
      '',
    ]);
  });

  it('lists what was fixed, and says when nothing is new', () => {
    const dir = workspace({ 'faultline.yaml': after, 'inv.json': snapshot });
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    writeFileSync(path.join(dir, 'faultline.yaml'), before);
    expect(check(dir, 'md')).toMatchObject({
      code: 0,
      stdout: '## faultline: no new us-east-1-only dependency against b.json\n\n### Fixed since the baseline (2)\n\n- take-orders → arn:aws:sqs:us-east-1:1:events\n- take-orders → queue\n',
    });
  });
});
