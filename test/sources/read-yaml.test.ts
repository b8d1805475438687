/**
 * The fast YAML path and the positioned one must read every manifest to the same
 * data, or an error could point at a value the analysis never saw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYamlFast, parseYamlWithPositions } from '../../src/sources/manifest/read-yaml.js';
import { starterManifest } from '../../src/cli/starter-manifest.js';
import { random } from '../helpers/pipeline.js';

const both = (text: string) => {
  const fast = loadYamlFast(text);
  const { doc } = parseYamlWithPositions(text);
  return { fast: fast.ok ? fast.data : 'REFUSED', full: doc.errors.length > 0 ? 'REFUSED' : doc.toJS() };
};

describe('the two YAML readers', () => {
  it('agree on the bundled example and the starter manifest', () => {
    for (const text of [readFileSync('fixtures/example/faultline.yaml', 'utf8'), starterManifest]) {
      const { fast, full } = both(text);
      expect(fast).toEqual(full);
      expect(fast).not.toBe('REFUSED');
    }
  });

  it('agree on scalars where YAML versions differ', () => {
    const text = ['a: yes', 'b: no', 'c: on', 'd: 0o17', 'e: 017', 'f: 0x1F', 'g: 1e3', 'h: .inf', 'i: ~', 'j: 2026-11-20', 'k: "111122223333"', 'l: 111122223333', 'm: 1_000', 'n: +12', 'o: .NaN', 'p: True', 'q: NULL'].join('\n');
    const { fast, full } = both(text);
    expect(fast).toEqual(full);
  });

  it('agree on flow and block styles, and leave anchors and aliases to the reader that bounds them', () => {
    const plain = 'list:\n  - [a, b]\n  - { anyOf: [x, y] }\nfolded: >\n  one\n  two\nliteral: |\n  keep\n';
    const { fast, full } = both(plain);
    expect(fast).toEqual(full);
    expect(fast).not.toBe('REFUSED');
    const aliased = both(`base: &b { provider: aws, region: us-east-1 }\nother: *b\n${plain}`);
    expect(aliased.fast).toBe('REFUSED');
    expect(aliased.full).toMatchObject({ base: { provider: 'aws', region: 'us-east-1' }, other: { provider: 'aws', region: 'us-east-1' }, literal: 'keep\n' });
  });

  it('agree on 300 random flow documents', () => {
    const next = random(7);
    const atoms = ['a', '1', '-2', '0.5', 'true', 'null', '"q"', "'s'", 'us-east-1', 'aws/us-east-1', '~', '0x10', '1e2', 'x y'];
    const value = (depth: number): string => {
      const roll = next();
      if (depth > 2 || roll < 0.5) return atoms[Math.floor(next() * atoms.length)]!;
      if (roll < 0.75) return `[${Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1)).join(', ')}]`;
      return `{ ${Array.from({ length: Math.floor(next() * 4) }, (_, i) => `k${i}: ${value(depth + 1)}`).join(', ')} }`;
    };
    for (let i = 0; i < 300; i++) {
      const text = `root: ${value(0)}\n`;
      const { fast, full } = both(text);
      expect(fast, text).toEqual(full);
    }
  });

  it('agree on a key named __proto__, which both keep as an own key of a plain object', () => {
    const text = 'components:\n  __proto__: { provider: aws }\n  constructor: {}\n';
    const { fast, full } = both(text);
    for (const data of [fast, full]) {
      const components = (data as { components: object }).components;
      expect(Object.keys(components)).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(components)).toBe(Object.prototype);
    }
  });
});
