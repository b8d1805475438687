import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeSnapshot } from '../../src/sources/inventory/write-snapshot.js';
import { parseSnapshot, readLargeSnapshot } from '../../src/sources/inventory/load-snapshot.js';
import { InputError } from '../../src/sources/source-error.js';

const wrap = (resources: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], resources, ...extra }, null, 2);

function problems(text: string): string[] {
  try {
    parseSnapshot(text, 'inv.json');
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('parseSnapshot', () => {
  it('reads resources, partial flag and errors', () => {
    const snapshot = parseSnapshot(wrap([{ id: 'arn:aws:s3:::b', provider: 'aws', region: 'us-east-1', type: 's3:bucket', tags: { a: 'b' } }], { partial: true, errors: [{ region: 'ap-south-2', code: 'AccessDenied', message: 'no' }] }), 'inv.json');
    expect(snapshot).toMatchObject({ file: 'inv.json', partial: true, scannedAt: '2026-11-20T10:00:00Z', errors: [{ region: 'ap-south-2' }] });
    expect(snapshot.resources[0]!.tags).toEqual({ a: 'b' });
  });

  it('reads "sample": true, a hand-made example rather than a scan, and refuses a sample flag that is not true or false', () => {
    expect(parseSnapshot(wrap([], { sample: true }), 'inv.json').sample).toBe(true);
    expect(parseSnapshot(wrap([], { sample: false }), 'inv.json').sample).toBe(false);
    expect(parseSnapshot(wrap([]), 'inv.json').sample).toBe(false);
    expect(problems(wrap([], { sample: 'yes' }))).toEqual(['inv.json:7:13 sample: must be true or false — write "sample": true for a hand-made example inventory, or leave it out']);
  });

  describe('dependencies, as any discovery source gives them', () => {
    const table = { id: 'arn:aws:dynamodb:us-east-1:1:table/links', provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' };
    const api = { id: 'arn:aws:ecs:eu-west-1:1:service/links/api', provider: 'aws', region: 'eu-west-1', type: 'ecs:service' };

    it('reads them, declared and found in the file unless they say otherwise, and the ignored ones with why', () => {
      const snapshot = parseSnapshot(
        wrap([table, api], {
          dependencies: [{ from: api.id, to: [table.id] }, { from: api.id, to: ['saas:stripe'], kind: 'observed', provenance: 'cmdb export', evidence: { count: 3 } }],
          ignored: [{ from: api.id, to: ['arn:aws:s3:::logs'], reason: 'writes logs it can lose' }],
        }),
        'inv.json',
      );
      expect(snapshot.dependencies).toEqual([
        { from: api.id, to: [table.id], kind: 'declared', provenance: 'inventory inv.json' },
        { from: api.id, to: ['saas:stripe'], kind: 'observed', provenance: 'cmdb export', evidence: { count: 3 } },
      ]);
      expect(snapshot.ignored).toEqual([{ from: api.id, to: ['arn:aws:s3:::logs'], kind: 'declared', provenance: 'inventory inv.json', reason: 'writes logs it can lose' }]);
      expect(parseSnapshot(wrap([table]), 'inv.json').dependencies).toBeUndefined();
    });

    it('refuses one that starts at no resource of the file, has no targets, or an ignored one without why, each at its line', () => {
      const text = wrap([table, api], {
        dependencies: [{ from: 'arn:aws:ecs:eu-west-1:1:service/links/apii', to: [table.id] }, { from: api.id, to: [] }, { from: api.id, to: [table.id], kind: 'seen' }],
        ignored: [{ from: api.id, to: [table.id] }],
      });
      expect(problems(text)).toEqual([
        'inv.json:22:15 dependencies[0].from: arn:aws:ecs:eu-west-1:1:service/links/apii is no resource of this file — a dependency starts at a resource of the same snapshot: add the resource, or correct the id',
        'inv.json:29:13 dependencies[1].to: must be a non-empty list of ids — e.g. "to": ["arn:aws:dynamodb:us-east-1:111122223333:table/links"]',
        'inv.json:36:15 dependencies[2].kind: must be "declared" or "observed", got "seen" — declared: written in code or a catalog; observed: seen at run time',
        'inv.json:40:5 ignored[0].reason: is missing — say why it is not a run-time need',
      ]);
    });
  });

  it('locates a bad resource by line and key', () => {
    expect(problems(wrap([{ id: 'arn:x', provider: 'aws', type: 's3:bucket' }, { id: 'arn:y', provider: 'aws', type: 's3:bucket', account: 123 }]))).toEqual([
      'inv.json:16:18 resources[1].account: must be a string — quote it: "account": "123"',
    ]);
  });

  it('reports a wrong version and a bad time, and stops after ten resource problems', () => {
    expect(problems(wrap([], { faultlineInventory: 2, scannedAt: 'yesterday' }))).toEqual([
      'inv.json:2:25 faultlineInventory: must be 1, got 2 — this snapshot was not written by `faultline scan`, or by a newer version',
      'inv.json:3:16 scannedAt: must be an ISO 8601 time — e.g. "2026-11-20T10:00:00Z"',
    ]);
    expect(problems(wrap(Array.from({ length: 30 }, () => ({ id: 'x' }))))).toHaveLength(10);
  });

  it('says where JSON syntax breaks, also where Node 20 names no position, and that a file which is no JSON at all is none', () => {
    expect(problems('{\n  "faultlineInventory": 1,\n  oops\n}')).toEqual([expect.stringMatching(/^inv\.json:3:\d+ is not valid JSON — /)]);
    expect(problems('{\n  "faultlineInventory": 1,\n  "resources": [,]\n}\n')).toEqual([expect.stringMatching(/^inv\.json:3:17 is not valid JSON — /)]);
    expect(problems('\nversion: 1\nname: shop\n')).toEqual(['inv.json:2:1 is not JSON, so not a faultline inventory snapshot: it begins with "version: 1" — give the file `faultline scan` wrote, or an inventory in its format (README: Inventory snapshot)']);
  });
});

describe('readLargeSnapshot', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faultline-large-'));
  const resources = Array.from({ length: 300 }, (_, i) => ({ id: `arn:aws:sqs:us-east-1:111122223333:q${i}`, provider: 'aws', region: 'us-east-1', type: 'sqs:queue', tags: { service: `s${i % 7}` } }));
  const head = { faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], coverage: { accounts: [], regions: [] } };

  it('reads a snapshot from its size on in pieces, to what parseSnapshot makes of the whole text', async () => {
    const text = `${serializeSnapshot({ ...head, resources }).slice(0, -3)},\n  "dependencies": [{"from": "${resources[0]!.id}", "to": ["${resources[1]!.id}"]}]\n}\n`;
    const file = path.join(dir, 'scan.json');
    writeFileSync(file, text);
    const read = await readLargeSnapshot(file, { from: 1000 });
    expect(read).toEqual(parseSnapshot(text, file));
    expect(read!.resources).toHaveLength(300);
    expect(read!.dependencies).toEqual([{ from: resources[0]!.id, to: [resources[1]!.id], kind: 'declared', provenance: `inventory ${file}` }]);
    // A smaller file is read whole, by the caller.
    expect(await readLargeSnapshot(file, { from: text.length + 1 })).toBeUndefined();
  });

  it('leaves a broken or ill-formed snapshot to be read whole, where the problem is reported at its line', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, serializeSnapshot({ ...head, resources }).replace(':q7"', ':q7'));
    expect(await readLargeSnapshot(broken, { from: 1000 })).toBeUndefined();
    const illFormed = path.join(dir, 'ill-formed.json');
    writeFileSync(illFormed, serializeSnapshot({ ...head, resources: [...resources, { id: 'x', provider: 'aws' }] }));
    expect(await readLargeSnapshot(illFormed, { from: 1000 })).toBeUndefined();
  });
});
