/**
 * Nothing the user wrote is overwritten: --out compared with the inputs as files,
 * not as path strings; a baseline, a snapshot or a schema only over its own kind;
 * links written through, devices written to, folders refused; no temporary file
 * left behind.
 */
import { createReadStream, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTemporaryFiles, writeAtomically } from '../../src/sources/write-atomically.js';
import { runCli, runCliAsync, workspace } from '../helpers/cli.js';

const manifest = 'version: 1\nname: out\ncomponents:\n  a: { provider: aws, region: us-east-1 }\ncapabilities:\n  k: { requires: [a] }\n';

describe('--out', () => {
  it('never writes over the manifest reached through a symbolic link to its folder', () => {
    const dir = workspace({ 'real/faultline.yaml': manifest });
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'alias'));
    const alias = path.join(dir, 'alias');
    const result = runCli(['export', '-m', 'faultline.yaml', '--out', path.join(alias, 'faultline.yaml')], { cwd: alias });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^faultline: --out .*alias\/faultline\.yaml: that is faultline\.yaml, an input of this run, and would be overwritten; choose another file\n$/);
    expect(readFileSync(path.join(dir, 'real', 'faultline.yaml'), 'utf8')).toBe(manifest);
  });

  it('writes through a symbolic link to its target, and the link stays a link', () => {
    // The link leads to an earlier report, which may be replaced; one to a file of the user's may not.
    const dir = workspace({ 'faultline.yaml': manifest, 'reports/latest.json': '{\n  "faultline": 1,\n  "name": "old"\n}\n', 'notes.json': '{}' });
    symlinkSync(path.join(dir, 'notes.json'), path.join(dir, 'notes-link.json'));
    expect(runCli(['analyze', '--format', 'json', '--out', 'notes-link.json'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('{}');
    symlinkSync(path.join(dir, 'reports', 'latest.json'), path.join(dir, 'report.json'));
    expect(runCli(['analyze', '--format', 'json', '--out', 'report.json'], { cwd: dir }).code).toBe(0);
    expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports', 'latest.json'), 'utf8')).name).toBe('out');
  });

  it('writes to a named pipe directly, leaving it a pipe', async () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    const pipe = path.join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    let received = '';
    const reader = createReadStream(pipe, 'utf8').on('data', (chunk) => (received += String(chunk)));
    const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const result = await runCliAsync(['analyze', '--format', 'json', '--out', pipe], { cwd: dir });
    await closed;
    expect(result.code).toBe(0);
    expect(JSON.parse(received).name).toBe('out');
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  });

  it('takes - for stdout', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    const result = runCli(['analyze', '--format', 'json', '--out', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).name).toBe('out');
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('refuses a folder, existing or named with a trailing slash', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    mkdirSync(path.join(dir, 'reports'));
    expect(runCli(['export', '--out', 'reports'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: --out reports: that is a folder; give a file name, e.g. reports/report.md\n' });
    expect(runCli(['export', '--out', 'newdir/'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: --out newdir/: that is a folder; give a file name, e.g. newdir/report.md\n' });
    expect(existsSync(path.join(dir, 'newdir'))).toBe(false);
  });

  it('sweeps the temporary files a killed run left beside its target, not a fresh one', () => {
    const dir = workspace({ 'faultline.yaml': manifest, '.report.json.deadbeef.tmp': 'half a report', '.report.json.0badc0de.tmp': 'being written', '.other.json.deadbeef.tmp': 'not ours to judge' });
    const old = new Date(Date.parse('2026-01-01T00:00:00Z'));
    utimesSync(path.join(dir, '.report.json.deadbeef.tmp'), old, old);
    utimesSync(path.join(dir, '.other.json.deadbeef.tmp'), old, old);
    expect(runCli(['analyze', '--format', 'json', '--out', 'report.json'], { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp')).sort()).toEqual(['.other.json.deadbeef.tmp', '.report.json.0badc0de.tmp']);
  });
});

describe('writeAtomically, interrupted', () => {
  it('has its temporary file removed by removeTemporaryFiles, and leaves no target behind', async () => {
    const dir = workspace();
    const target = path.join(dir, 'big.json');
    const writing = writeAtomically(target, 'x'.repeat(64 * 1024 * 1024));
    // As a signal would arrive: while the temporary file is being written.
    while (!readdirSync(dir).some((name) => name.endsWith('.tmp'))) await new Promise((resolve) => setImmediate(resolve));
    expect(await removeTemporaryFiles()).toBe(1);
    await writing.catch(() => undefined);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('files faultline owns', () => {
  it('writes a baseline only over a baseline, recognised by how it begins, and never over a newer one', () => {
    const readme = '# notes\n\nA baseline looks like {"faultlineBaseline": 1, ...}\n';
    const dir = workspace({ 'faultline.yaml': manifest, 'README.md': readme, 'newer.json': '{\n  "faultlineBaseline": 2,\n  "name": "out"\n}\n' });
    expect(runCli(['baseline', '--out', 'README.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: README.md exists and is not a faultline baseline; it was left as it is — choose another file\n' });
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(readme);
    expect(runCli(['baseline', '--out', 'newer.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: 'faultline: newer.json is a faultline baseline of a newer faultline (version 2); it was left as it is — upgrade faultline, or choose another file\n',
    });
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(0);
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(0);
  });

  it('writes the schema only over a schema it wrote', () => {
    const dir = workspace({ 'faultline.yaml': manifest });
    expect(runCli(['schema', '-o', 'faultline.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: faultline.yaml exists and is not a faultline manifest schema; it was left as it is — choose another file\n' });
    expect(readFileSync(path.join(dir, 'faultline.yaml'), 'utf8')).toBe(manifest);
    expect(runCli(['schema', '-o', 'schema.json'], { cwd: dir }).code).toBe(0);
    expect(runCli(['schema', '-o', 'schema.json'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'mine.json'), '{"mine": true}');
    expect(runCli(['schema', '-o', 'mine.json'], { cwd: dir }).code).toBe(2);
  });
});
