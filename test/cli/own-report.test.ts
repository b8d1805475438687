/**
 * What `--out` may replace: a report faultline wrote, in every format it writes one,
 * and never a file of the user's, however close it comes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnReport } from '../../src/cli/own-report.js';
import { runCli, workspace } from '../helpers/cli.js';

const example = 'fixtures/example/faultline.yaml';

describe('isOwnReport', () => {
  /** Each run's output is one faultline would replace. */
  const recognised = (runs: string[][]) => {
    for (const args of runs) {
      const result = runCli(args);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(isOwnReport(result.stdout), args.join(' ')).toBe(true);
    }
  };

  it('recognises every report analyze, simulate and export write, as they write it', () => {
    recognised([
      ['analyze', example],
      ['analyze', example, '-f', 'json'],
      ['simulate', example, '--fail', 'vendor:github'],
      ['simulate', example, '--fail', 'vendor:github', '-f', 'json'],
      ['simulate', example, '--scenario', 'aws-us-east-1-2025-10'],
      ['simulate', example, '--scenario', 'aws-us-east-1-2025-10', '-f', 'json'],
      ...['md', 'html', 'json', 'graphml'].map((format) => ['export', example, '-f', format]),
    ]);
  }, 120_000);

  it('recognises every format of check, as it writes it', () => {
    const baseline = path.join(workspace(), 'bl.json');
    expect(runCli(['baseline', example, '-o', baseline]).code).toBe(0);
    recognised(['text', 'json', 'md', 'sarif', 'junit', 'github'].map((format) => ['check', example, '--baseline', baseline, '-f', format]));
  }, 120_000);

  it('recognises the check that found new problems, in text and Markdown', { timeout: 60_000 }, () => {
    const dir = workspace();
    const baseline = path.join(dir, 'bl.json');
    const manifest = path.join(dir, 'faultline.yaml');
    writeFileSync(manifest, readFileSync(example, 'utf8').replace('file: inventory/aws.json', `file: ${path.resolve('fixtures/example/inventory/aws.json')}`));
    expect(runCli(['baseline', manifest, '-o', baseline, '--region', 'eu-west-1']).code).toBe(0);
    // A new queue in eu-west-1 alone that selling tickets needs: one new problem.
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('components:\n', 'components:\n  late-queue: { provider: aws, region: eu-west-1, type: sqs:queue }\n').replace('requires: [storefront, checkout]', 'requires: [storefront, checkout, late-queue]'));
    for (const format of ['text', 'md']) {
      const result = runCli(['check', manifest, '--baseline', baseline, '--region', 'eu-west-1', '-f', format]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toMatch(/1 new problem against /);
      expect(isOwnReport(result.stdout), `${format}: ${result.stdout.slice(0, 80)}`).toBe(true);
    }
  });

  it("never takes a file of the user's for one, however it begins", () => {
    for (const text of ['my notes\n', '# Notes: resilience\n', '{"name": "x", "faultline": 1}', '{\n  "failures": []\n}', '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <key id="kind"/>\n</graphml>', '<!doctype html><title>mine</title> faultline', 'Scenario: ours\n', '%PDF-1.7 /Title (Budget)']) {
      expect(isOwnReport(text), text).toBe(false);
    }
    expect(isOwnReport('')).toBe(true);
  });
});

describe('--out over a file that is there', () => {
  it("leaves a file of the user's as it is (exit 2), and replaces a report faultline wrote", () => {
    const dir = workspace({ 'notes.txt': 'my notes\n' });
    const refused = runCli(['analyze', path.resolve(example), '-o', 'notes.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('faultline: --out notes.txt: the file is there and is not a report faultline wrote; it was left as it is — choose another file, or remove it first\n');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
    for (let run = 0; run < 2; run++) expect(runCli(['export', path.resolve(example), '-f', 'md', '-o', 'brief.md'], { cwd: dir }).code).toBe(0);
  });
});
