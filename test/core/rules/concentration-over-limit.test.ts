import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const estate = {
  a: { provider: 'aws', region: 'us-east-1' },
  b: { provider: 'aws', region: 'us-east-1' },
  c: { provider: 'aws', region: 'us-east-1' },
  d: { provider: 'aws', region: 'eu-west-1' },
};
const capabilities = { k: { requires: [{ anyOf: ['a', 'd'] }, 'b'] }, j: { requires: ['c'] } };
const findings = (policy?: unknown) =>
  analyzeManifest(manifestOf(capabilities, estate, policy === undefined ? {} : { policy })).findings.filter((f) => f.rule === 'concentration-over-limit');

describe('concentration-over-limit', () => {
  it('fails when one region holds more than policy.maxShare of the depended-on components', () => {
    expect(findings({ maxShare: { region: 0.6 } })).toEqual([
      {
        rule: 'concentration-over-limit',
        severity: 'medium',
        message: 'region:aws/us-east-1 holds 75% of depended-on components (3), over the region limit of 60%',
        capability: 'j',
        capabilities: ['j', 'k'],
        domain: 'region:aws/us-east-1',
      },
    ]);
  });

  it('passes when every share is within the limit', () => {
    expect(findings({ maxShare: { region: 0.75, provider: 1 } })).toEqual([]);
  });

  it('does not apply without a maxShare policy', () => {
    expect(findings()).toEqual([]);
    expect(findings({ maxShare: {} })).toEqual([]);
  });
});
