/** The trend in words, as the brief's Markdown and HTML say it. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { compareWithBaseline } from '../../src/core/trend.js';
import { trendLines } from '../../src/render/brief-text.js';
import { manifestOf, prepareManifest } from '../helpers/pipeline.js';
import { after, baseline, before, components } from '../helpers/trend-estates.js';

describe('trendLines', () => {
  it('puts it in words', () => {
    const text = trendLines({ since: 'b.json', ...compareWithBaseline(after, analyze(after), baseline) });
    expect(text.summary).toEqual([
      'Capabilities that stop on a single failure: unchanged at 2.',
      'Dependencies only in AWS us-east-1: unchanged at 2 (2 new, 1 resolved).',
      'New capabilities: new.',
      'Capabilities no longer in the manifest: old.',
    ]);
    expect(text.lists.map((list) => list.title)).toEqual(['New: single-region dependencies', 'New: single failures', 'Fixed: single-region dependencies', 'Fixed: single failures']);
    expect(text.lists[2]!.items).toEqual(['pay → api, only in AWS us-east-1']);
    expect(text.lists[3]!.items).toEqual(['pay no longer stops when AWS fails', 'pay no longer stops when AWS us-east-1 fails', 'pay no longer stops when api fails alone']);
  });

  it('says how the largest domain of each kind moved, naming both when it changed', () => {
    const trend = compareWithBaseline(before, analyze(before), baseline);
    trend.concentration = [
      { kind: 'region', before: { largest: 'region:aws/us-east-1', share: 0.75, hhi: 0.63 }, now: { largest: 'region:aws/us-east-1', share: 0.6, hhi: 0.52 } },
      { kind: 'vendor', before: { largest: 'vendor:intercom', share: 0.5, hhi: 0.5 }, now: { largest: 'vendor:zendesk', share: 0.4, hhi: 0.34 } },
      { kind: 'provider', before: { largest: 'provider:aws', share: 1, hhi: 1 }, now: { largest: 'provider:aws', share: 1, hhi: 1 } },
    ];
    expect(trendLines({ since: 'b.json', ...trend }).summary).toEqual([
      'Capabilities that stop on a single failure: unchanged at 2.',
      'Dependencies only in AWS us-east-1: unchanged at 2 (0 new, 0 resolved).',
      'Largest region: AWS us-east-1 75% → 60% (HHI 0.63 → 0.52).',
      'Largest vendor: the vendor intercom 50% → the vendor zendesk 40% (HHI 0.50 → 0.34).',
    ]);
  });

  it('says when nothing changed', () => {
    expect(trendLines({ since: 'b.json', ...compareWithBaseline(before, analyze(before), baseline) })).toEqual({ since: 'b.json', summary: ['Nothing changed since the baseline.'], lists: [] });
  });

  it('cuts long lists short', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, { requires: ['queue'] }]));
    const grown = prepareManifest(manifestOf({ ...many, pay: { requires: ['api'] } }, components));
    const items = trendLines({ since: 'b.json', ...compareWithBaseline(grown, analyze(grown), baseline) }).lists[0]!.items;
    expect(items).toHaveLength(16);
    expect(items.at(-1)).toBe('… and 5 more');
  });
});
