import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/sources/json-syntax.js';
import { jsonErrorPosition } from '../../src/sources/json-problems.js';
import { random } from '../helpers/pipeline.js';

/** Node's own verdict, and its offset when its message names one. */
function nodeVerdict(text: string): { valid: boolean; offset?: number } {
  try {
    JSON.parse(text);
    return { valid: true };
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    return match ? { valid: false, offset: Number(match[1]) } : { valid: false };
  }
}

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' 0 ', '-1.5e+3', '"a\\u00e9\\n"', 'true', 'null', '{"a": [1, {"b": false}], "c": "d"}', '[[[]]]', '\n{\n  "x": [\n  ]\n}\n']) expect(findJsonSyntaxError(text), text).toBeUndefined();
  });

  it('points at the first character that cannot continue the text', () => {
    expect(findJsonSyntaxError('{\n "a": [,]\n}')).toBe(9);
    expect(findJsonSyntaxError('{"a" 1}')).toBe(5);
    expect(findJsonSyntaxError('{"a": 1,}')).toBe(8);
    expect(findJsonSyntaxError('[1 2]')).toBe(3);
    expect(findJsonSyntaxError('{"a": 01}')).toBe(7);
    expect(findJsonSyntaxError('"tab\there"')).toBe(4);
    expect(findJsonSyntaxError('"\\x"')).toBe(2);
    expect(findJsonSyntaxError('version: 1')).toBe(0);
    expect(findJsonSyntaxError('{} x')).toBe(3);
    // A broken literal is named where it starts (JSON.parse names what follows it).
    expect(findJsonSyntaxError('[nul, 1]')).toBe(1);
  });

  it('says where a text that ends too soon ends, and copes with nesting a parser could not recurse into', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')).toBe(11);
    expect(findJsonSyntaxError('"open')).toBe(5);
    expect(findJsonSyntaxError('')).toBe(0);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toBeUndefined();
    expect(findJsonSyntaxError(deep.slice(0, -1))).toBe(deep.length - 1);
  });

  it('agrees with JSON.parse on many random texts: valid exactly when it parses, and at its offset when it names one', () => {
    const next = random(20261203);
    const pieces = ['{', '}', '[', ']', ',', ':', '"a"', '"\\n"', '"', '1', '-0.5', '2e3', '01', 'true', 'null', ' ', '\n', 'x', '"k": ', '\\'];
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(next() * 9);
      const text = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const node = nodeVerdict(text);
      const ours = findJsonSyntaxError(text);
      expect(ours === undefined, text).toBe(node.valid);
      if (node.offset !== undefined) expect(ours, text).toBe(node.offset);
      if (node.valid) valid++;
    }
    // The texts are not all broken, or the agreement would say little.
    expect(valid).toBeGreaterThan(200);
  });
});

describe('jsonErrorPosition', () => {
  it('gives the line and column where the JSON breaks, which Node 20 does not name for an unexpected token', () => {
    const text = '{\n  "faultlineInventory": 1,\n  "resources": [,]\n}\n';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(jsonErrorPosition(text, error)).toEqual({ line: 3, col: 17 });
  });
});
