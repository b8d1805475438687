import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { compareWithBaseline, isUnchanged } from '../../src/core/trend.js';
import type { Baseline } from '../../src/core/gate/baseline.js';
import { after, baseline, before, east } from '../helpers/trend-estates.js';
import { manifestOf, prepareManifest } from '../helpers/pipeline.js';

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
    // Three of the four depended-on leaves in AWS us-east-1 then and now: HHI 0.75² + 0.25² = 0.625, rounded.
    const region = { largest: east, share: 0.75, hhi: 0.63 };
    const provider = { largest: 'provider:aws', share: 0.75, hhi: 0.63 };
    expect(trend.concentration).toEqual([
      { kind: 'region', before: region, now: region },
      { kind: 'provider', before: provider, now: provider },
    ]);
    expect(isUnchanged(trend)).toBe(false);
  });

  it('compares no concentration with an older baseline that does not record it', () => {
    const older = { ...baseline };
    delete older.concentration;
    expect(compareWithBaseline(after, analyze(after), older).concentration).toEqual([]);
  });

  it('finds nothing new against the baseline of the same state', () => {
    const trend = compareWithBaseline(before, analyze(before), baseline);
    expect(isUnchanged(trend)).toBe(true);
  });

  it('reads capabilities named like prototype members as any other, and a baseline key __proto__ as data', () => {
    const now = prepareManifest(manifestOf({ toString: { requires: ['db'] }, valueOf: { requires: ['db'] } }, { db: { provider: 'aws', region: 'us-east-1' } }));
    const recorded = JSON.parse('{"faultlineBaseline": 1, "name": "t", "singleRegion": {}, "spofDomains": {"toString": [], "__proto__": ["provider:aws"]}, "spofComponents": {"toString": [], "__proto__": ["db"]}}') as Baseline;
    const trend = compareWithBaseline(now, analyze(now), recorded);
    expect(trend.capabilitiesAdded).toEqual(['valueOf']);
    expect(trend.capabilitiesRemoved).toEqual(['__proto__']);
    expect(trend.spofComponents.added).toEqual([
      { capability: 'toString', item: 'db' },
      { capability: 'valueOf', item: 'db' },
    ]);
  });
});
