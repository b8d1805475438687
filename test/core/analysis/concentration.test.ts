import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

describe('concentration', () => {
  const analysis = analyzeManifest(
    manifestOf(
      { k: { requires: ['a', 'b', 'c', 'd', 'saas', 'logic'] } },
      {
        a: { provider: 'aws', region: 'us-east-1' },
        b: { provider: 'aws', region: 'us-east-1' },
        c: { provider: 'aws', region: 'us-east-1' },
        d: { provider: 'aws', region: 'eu-west-1' },
        saas: { saas: 'acme-chat' },
        logic: { requires: ['a'] },
        unused: { provider: 'gcp', region: 'europe-west1' },
      },
    ),
  );

  it('counts depended-on components per region, with HHI and the effective number', () => {
    expect(analysis.concentration.region).toEqual({
      shares: [
        { domain: 'region:aws/us-east-1', share: 0.75, count: 3 },
        { domain: 'region:aws/eu-west-1', share: 0.25, count: 1 },
      ],
      hhi: 0.625,
      effective: 1.6,
      total: 4,
      unlocated: 1,
    });
  });

  it('leaves out what no capability depends on, and logic-only components from "unknown"', () => {
    expect(analysis.concentration.provider.shares).toEqual([{ domain: 'provider:aws', share: 1, count: 4 }]);
    expect(analysis.concentration.vendor).toMatchObject({ total: 1, unlocated: 4, hhi: 1, effective: 1 });
  });
});
