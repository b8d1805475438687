import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { createBaseline } from '../../src/core/gate/baseline.js';
import { compareWithBaseline, isUnchanged } from '../../src/core/trend.js';
import { trendLines } from '../../src/render/brief-text.js';
import { manifestOf, prepareManifest } from '../helpers/pipeline.js';

const east = 'region:aws/us-east-1';
const components = {
  api: { provider: 'aws', region: 'us-east-1' },
  'api-west': { provider: 'gcp', region: 'europe-west1' },
  'db-east': { provider: 'aws', region: 'us-east-1' },
  'db-west': { provider: 'gcp', region: 'europe-west1' },
  x: { provider: 'aws', region: 'us-east-1' },
  queue: { provider: 'aws', region: 'us-east-1' },
};
const before = prepareManifest(manifestOf({ pay: { requires: ['api'] }, links: { requires: [{ anyOf: ['db-east', 'db-west'] }] }, old: { requires: ['x'] } }, components));
const after = prepareManifest(manifestOf({ pay: { requires: [{ anyOf: ['api', 'api-west'] }] }, links: { requires: ['db-east'] }, new: { requires: ['queue'] } }, components));
const baseline = createBaseline(before, analyze(before), [east]);

describe('the trend against a baseline', () => {
  it('says what got worse and what got better, both ways, without counting a removed capability as a fix', () => {
    const trend = compareWithBaseline(after, analyze(after), baseline);
    expect(trend.spofCapabilities).toEqual({ before: 2, now: 2 });
    expect(trend.capabilitiesAdded).toEqual(['new']);
    expect(trend.capabilitiesRemoved).toEqual(['old']);
    expect(trend.singleRegion).toEqual([{ region: east, before: 2, now: 2, added: ['links -> db-east', 'new -> queue'], resolved: ['pay -> api'] }]);
    expect(trend.spofDomains.added).toEqual([
      { capability: 'links', item: 'provider:aws' },
      { capability: 'links', item: east },
      { capability: 'new', item: 'provider:aws' },
      { capability: 'new', item: east },
    ]);
    expect(trend.spofDomains.resolved).toEqual([
      { capability: 'pay', item: 'provider:aws' },
      { capability: 'pay', item: east },
    ]);
    expect(trend.spofComponents.added).toEqual([
      { capability: 'links', item: 'db-east' },
      { capability: 'new', item: 'queue' },
    ]);
    expect(trend.spofComponents.resolved).toEqual([{ capability: 'pay', item: 'api' }]);
    expect(isUnchanged(trend)).toBe(false);
  });

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

  it('finds nothing new against the baseline of the same state', () => {
    const trend = compareWithBaseline(before, analyze(before), baseline);
    expect(isUnchanged(trend)).toBe(true);
    expect(trendLines({ since: 'b.json', ...trend }).summary).toEqual(['Nothing changed since the baseline.']);
  });

  it('cuts long lists short', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, { requires: ['queue'] }]));
    const grown = prepareManifest(manifestOf({ ...many, pay: { requires: ['api'] } }, components));
    const items = trendLines({ since: 'b.json', ...compareWithBaseline(grown, analyze(grown), baseline) }).lists[0]!.items;
    expect(items).toHaveLength(16);
    expect(items.at(-1)).toBe('… and 5 more');
  });
});
