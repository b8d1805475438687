import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/knowledge/index.js';
import { sourceSchema } from '../../src/knowledge/schema.js';

const { patterns, globals, internal } = knowledge.awsEndpoints;

describe('AWS endpoint knowledge', () => {
  it('cites a dated source with a quote for every pattern and global endpoint, and for every internal name but instance-data', () => {
    for (const entry of [...patterns, ...globals]) {
      expect(entry.sources.length, 'name' in entry ? entry.name : entry.host).toBeGreaterThan(0);
      for (const source of entry.sources) sourceSchema.parse(source);
    }
    for (const entry of globals) for (const step of entry.history ?? []) sourceSchema.parse(step.source);
    const unsourced = internal.filter((entry) => entry.sources.length === 0).map((entry) => entry.pattern);
    expect(unsourced).toEqual(['instance-data | instance-data.ec2.internal']);
  });

  it('matches each listed example first by the pattern it is listed under, with a service and a region', () => {
    const compiled = patterns.map((pattern) => ({ pattern, regex: new RegExp(pattern.regex) }));
    for (const { pattern } of compiled) {
      for (const example of pattern.examples ?? []) {
        const first = compiled.find(({ regex }) => regex.test(example));
        expect(first?.pattern.name, example).toBe(pattern.name);
        const groups = first!.regex.exec(example)!.groups ?? {};
        expect(groups.service, example).toBeTruthy();
      }
    }
  });

  it('says which Region serves each global endpoint, and since when STS is served in the caller\'s Region', () => {
    // The Identity Center portal is the one host written as a pattern: it is served from the instance's own primary Region.
    for (const entry of globals) expect(entry.servedFrom, entry.host).toMatch(entry.host.includes('<') ? /^<.+>$/ : /^[a-z]{2}(-[a-z]+)+-\d$/);
    const sts = globals.find((entry) => entry.host === 'sts.amazonaws.com')!;
    expect(sts.servedFrom).toBe('us-east-1');
    expect(sts.servedInCallerRegionSince).toBe('2025-04-18');
    expect(sts.history?.map((step) => step.date)).toEqual([...(sts.history ?? [])].map((step) => step.date).sort());
  });
});
