import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/rules/registry.js';
import { severities } from '../../../src/core/report.js';

const folder = new URL('../../../src/core/rules/', import.meta.url);
const folders = readdirSync(folder).filter((name) => statSync(new URL(name, folder)).isDirectory()).sort();

describe('the rule registry', () => {
  it('registers every rule folder, and each meta.id equals its folder name', () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual(folders);
    for (const name of folders) {
      const meta = readFileSync(new URL(`${name}/meta.ts`, folder), 'utf8');
      expect(meta).toContain(`id: '${name}'`);
    }
  });

  it('gives every rule a severity, a title, why it matters and how to fix it', () => {
    for (const { meta } of rules) {
      expect(severities).toContain(meta.severity);
      expect(meta.title.length).toBeGreaterThan(10);
      expect(meta.why.length).toBeGreaterThan(30);
      expect(meta.fix.length).toBeGreaterThan(30);
    }
  });

  it('documents every rule in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const { meta } of rules) expect(readme).toContain(`\`${meta.id}\``);
  });
});
