import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonInPieces } from '../../src/sources/read-json-in-pieces.js';
import { random } from '../helpers/pipeline.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'faultline-pieces-'));
let files = 0;
function fileOf(text: string | Buffer): string {
  const file = path.join(dir, `${files++}.json`);
  writeFileSync(file, text);
  return file;
}

/** Every character as a JSON escape: `\u0064\u0065...`. */
const escapeAll = (key: string) => [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** The value as JSON writes it, with every object's own property names in order (`__proto__` included): equal only if made alike. */
function exactly(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) return inner;
    return Object.getOwnPropertyNames(inner).map((name) => [name, (inner as Record<string, unknown>)[name]]);
  });
}

/** What JSON.parse makes of the text, or undefined where it refuses it (or where it is not an object). */
function parsedWhole(text: string): unknown {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

const tiny = { arrays: ['resources', 'dependencies'], chunkBytes: 7, batchBytes: 5 };

describe('readJsonInPieces', () => {
  it('reads a snapshot with its resources parsed in batches, as JSON.parse reads it whole', async () => {
    const text = '{\n  "faultlineInventory": 1,\n  "resources": [\n    {"id":"a","tags":{"k":"},{[\\"]"}},\n    {"id":"é ü 東京"},\n    {"id":"c","origins":[{"a":1},{"b":[2,3]}]}\n  ],\n  "errors": []\n}\n';
    for (const chunkBytes of [1, 2, 3, 5, 8, 64, 4096]) {
      for (const batchBytes of [1, 4, 30, 1000]) {
        expect(await readJsonInPieces(fileOf(text), { arrays: ['resources'], chunkBytes, batchBytes }), `${chunkBytes}/${batchBytes}`).toEqual(JSON.parse(text));
      }
    }
  });

  it('keeps the last value of a key written twice, an empty array, and arrays it is not asked to batch', async () => {
    const text = '{"resources": [1, 2], "other": [[3], [4]], "resources": [], "dependencies": [{"x": [5]}]}';
    expect(await readJsonInPieces(fileOf(text), tiny)).toEqual(JSON.parse(text));
    const replaced = '{"resources": [1, 2], "resources": {"a": [3]}}';
    expect(await readJsonInPieces(fileOf(replaced), tiny)).toEqual({ resources: { a: [3] } });
    // The same key written with every character escaped is the same key.
    const escaped = `{"dependencies": [1], "${escapeAll('dependencies')}": [2]}`;
    for (const chunkBytes of [1, 5, 4096]) expect(await readJsonInPieces(fileOf(escaped), { ...tiny, chunkBytes })).toEqual({ dependencies: [2] });
  });

  it('refuses what JSON.parse refuses, and what is not one object', async () => {
    // Whitespace JSON does not know (a no-break space, a form feed, a byte order mark) is no empty array.
    for (const space of ['\u00a0', '\f', '\v', '\ufeff', '\u2028']) expect(await readJsonInPieces(fileOf(`{"resources": [${space}]}`), tiny), JSON.stringify(space)).toBeUndefined();
    for (const text of ['', '[]', '"resources"', '{"resources": [1,,2]}', '{"resources": [1,]}', '{"resources": [,1]}', '{"resources": [1 2]}', '{"resources": [1}', '{"resources": [1]', '{} {}', '{}x', '\uFEFF{}', '{"resources": ["open]}']) {
      expect(await readJsonInPieces(fileOf(text), tiny), JSON.stringify(text)).toBeUndefined();
    }
    expect(await readJsonInPieces(path.join(dir, 'missing.json'), tiny)).toBeUndefined();
  });

  it('agrees with JSON.parse on thousands of random documents, formats, cuts and corruptions', async () => {
    const next = random(20261203);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const value = (depth: number): unknown => {
      const roll = next();
      if (depth > 3 || roll < 0.3) return pick([0, -1.5, 'x', 'a"b\\c', '}],[{', 'é東', true, null, '']);
      if (roll < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, i) => [pick(['resources', 'dependencies', 'id', '__proto__', `k${i}`]), value(depth + 1)]));
    };
    const breakText = (text: string): string => {
      const at = Math.floor(next() * (text.length + 1));
      const roll = next();
      if (roll < 0.4) return text.slice(0, at) + text.slice(at + 1);
      if (roll < 0.8) return text.slice(0, at) + pick([',', '[', ']', '{', '}', '"', '\\', ':', ' ']) + text.slice(at);
      return text.slice(0, at);
    };
    let compared = 0;
    for (let run = 0; run < 3000; run++) {
      const document: Record<string, unknown> = {};
      for (const key of ['faultlineInventory', 'resources', 'dependencies'].filter(() => next() < 0.8)) {
        document[key] = key === 'faultlineInventory' ? 1 : next() < 0.9 ? Array.from({ length: Math.floor(next() * 6) }, () => value(1)) : value(1);
      }
      let text = JSON.stringify(document, null, pick([0, 1, 2, '\t']));
      // Keys written with escapes, and whitespace JSON does not know.
      if (next() < 0.2) text = text.replace(/"(resources|dependencies)":/g, (whole, key: string) => (next() < 0.5 ? `"${escapeAll(key)}":` : whole));
      if (next() < 0.1) text = text.replace(/\[\]/, pick(['[\u00a0]', '[ \n]', '[\f]']));
      // A key written twice (JSON.parse keeps the last value).
      if (next() < 0.2) text = text.replace(/\}\s*$/, `${Object.keys(document).length > 0 ? ',' : ''}"resources": ${JSON.stringify(value(1))}}`);
      if (next() < 0.4) text = breakText(text);
      const options = { arrays: ['resources', 'dependencies'], chunkBytes: 1 + Math.floor(next() * 40), batchBytes: 1 + Math.floor(next() * 60) };
      const expected = parsedWhole(text);
      const read = await readJsonInPieces(fileOf(text), options);
      expect(read === undefined ? undefined : exactly(read), `${JSON.stringify(text)} ${JSON.stringify(options)}`).toBe(expected === undefined ? undefined : exactly(expected));
      if (expected !== undefined) compared++;
    }
    // Most documents are whole: the comparison is not only of refusals.
    expect(compared).toBeGreaterThan(1500);
  });
});
