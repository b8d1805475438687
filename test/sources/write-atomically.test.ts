import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/sources/write-atomically.js';
import { serializeSnapshot, writeSnapshot } from '../../src/sources/inventory/write-snapshot.js';
import { parseSnapshot } from '../../src/sources/inventory/load-snapshot.js';
import { workspace } from '../helpers/cli.js';

describe('writeAtomically', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = workspace({ 'out.json': 'old' });
    await writeAtomically(path.join(dir, 'out.json'), 'new');
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves the target untouched and cleans up when the rename fails', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'taken'));
    writeFileSync(path.join(dir, 'taken', 'keep'), 'x');
    await expect(writeAtomically(path.join(dir, 'taken'), 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(path.join(dir, 'taken', 'keep'), 'utf8')).toBe('x');
  });

  it('creates missing folders', async () => {
    const dir = workspace();
    await writeAtomically(path.join(dir, 'a', 'b', 'c.json'), '{}');
    expect(readFileSync(path.join(dir, 'a', 'b', 'c.json'), 'utf8')).toBe('{}');
  });
});

describe('serializeSnapshot', () => {
  it('writes one resource per line and reads back the same', () => {
    const snapshot = { faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], resources: [{ id: 'arn:a', provider: 'aws', type: 's3:bucket' }, { id: 'arn:b', provider: 'aws', type: 's3:bucket' }] };
    const text = serializeSnapshot(snapshot);
    expect(text.split('\n').filter((line) => line.startsWith('    {"id"'))).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(snapshot);
    expect(parseSnapshot(text, 'x.json').resources).toHaveLength(2);
    expect(JSON.parse(serializeSnapshot({ ...snapshot, resources: [] })).resources).toEqual([]);
  });

  it('will not replace a file that is not a snapshot', async () => {
    const dir = workspace({ 'mine.json': '[1, 2, 3]' });
    await expect(writeSnapshot(path.join(dir, 'mine.json'), { faultlineInventory: 1, resources: [] })).rejects.toThrow(/is not a faultline snapshot/);
    expect(readFileSync(path.join(dir, 'mine.json'), 'utf8')).toBe('[1, 2, 3]');
  });
});
