import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown) => analyzeManifest(manifest).findings.filter((f) => f.rule === 'fallback-shares-fate');

describe('fallback-shares-fate', () => {
  it('fails when a manual failover needs a deploy that dies in the same region as the primary', () => {
    const result = findings(
      manifestOf(
        { links: { requires: ['store'] }, hotfix: { requires: ['sign-in'] } },
        {
          store: { requires: [{ anyOf: ['dynamo', { allOf: ['cassandra', 'hotfix'] }] }] },
          dynamo: { provider: 'aws', region: 'us-east-1' },
          cassandra: { provider: 'aws', region: 'eu-central-1' },
          'sign-in': { provider: 'aws', region: 'us-east-1' },
        },
      ),
    );
    const region = result.find((f) => f.domain === 'region:aws/us-east-1');
    expect(region).toMatchObject({ severity: 'high', component: 'store', capability: 'links', capabilities: ['links'] });
    expect(region!.message).toBe('the alternatives of store (dynamo, (cassandra + hotfix)) all fail when region:aws/us-east-1 fails');
    // No single component of us-east-1 stops the store: the path ends at the group both alternatives of which fail.
    expect(region!.path).toEqual(['links', 'store']);
  });

  it('fails when a quorum loses its majority with one zone', () => {
    const result = findings(
      manifestOf({ k: { requires: ['quorum'] } }, { quorum: { requires: [{ atLeast: 2, of: ['a', 'b', 'c'] }] }, a: { provider: 'aws', zone: 'z1' }, b: { provider: 'aws', zone: 'z1' }, c: { provider: 'aws', zone: 'z2' } }),
    );
    expect(result.map((f) => f.domain)).toEqual(['zone:aws/z1', 'provider:aws']);
    expect(result.find((f) => f.domain === 'provider:aws')?.severity).toBe('medium');
  });

  it('passes when the alternatives sit in different providers', () => {
    const result = findings(manifestOf({ k: { requires: [{ anyOf: ['a', 'b'] }] } }, { a: { provider: 'aws', region: 'us-east-1' }, b: { provider: 'gcp', region: 'europe-west1' } }));
    expect(result).toEqual([]);
  });

  it('does not apply without any anyOf or quorum', () => {
    expect(findings(manifestOf({ k: { requires: ['a'] } }, { a: { provider: 'aws', region: 'us-east-1' } }))).toEqual([]);
  });

  it('ignores groups no capability depends on', () => {
    const result = findings(manifestOf({ k: { requires: ['b'] } }, { a: { requires: [{ anyOf: ['b', 'c'] }] }, b: { provider: 'aws' }, c: { provider: 'aws' } }));
    expect(result).toEqual([]);
  });

  it('names the one thing every alternative needs, when that is what fails', () => {
    const result = findings(
      manifestOf(
        { k: { requires: ['redirect'] } },
        {
          redirect: { requires: [{ anyOf: ['use1', 'euc1'] }] },
          use1: { provider: 'aws', region: 'us-east-1', requires: ['table'] },
          euc1: { provider: 'aws', region: 'eu-central-1', requires: ['table'] },
          table: { provider: 'aws', region: 'us-east-1' },
        },
      ),
    );
    expect(result.find((f) => f.domain === 'region:aws/us-east-1')!.message).toBe('the alternatives of redirect (use1, euc1) all need table, which fails when region:aws/us-east-1 fails');
  });

  it('names the first 20 capabilities a deep group concerns, and says there are more', () => {
    // k0 needs k1 or the base, k1 needs k2 or the base, ...: the last group is under all 25 capabilities.
    const capabilities = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${String(i).padStart(2, '0')}`, { requires: [{ anyOf: [...(i < 24 ? [`k${String(i + 1).padStart(2, '0')}`] : []), 'base', 'spare'] }] }]));
    const result = findings(manifestOf(capabilities, { base: { provider: 'aws', region: 'us-east-1' }, spare: { provider: 'aws', region: 'us-east-1' } }));
    const deepest = result.find((f) => f.component === 'k24' && f.domain === 'region:aws/us-east-1')!;
    expect(deepest.capabilities).toEqual(Array.from({ length: 20 }, (_, i) => `k${String(i).padStart(2, '0')}`));
    expect(deepest.moreCapabilities).toBe(true);
    expect(result.find((f) => f.component === 'k00' && f.domain === 'region:aws/us-east-1')).toMatchObject({ capabilities: ['k00'] });
    expect(result.find((f) => f.component === 'k00')!.moreCapabilities).toBeUndefined();
  });
});
