import { describe, expect, it } from 'vitest';
import { describeGate, gateAdvice } from '../../src/render/gate-summary.js';

const rules = { regions: ['region:aws/us-east-1'], spofDomainKinds: [], spofComponents: false, maxShare: false };

describe('describeGate', () => {
  it('names the default gate: new dependencies only in us-east-1', () => {
    expect(describeGate(rules)).toBe('no new us-east-1-only dependency');
  });

  it('names every region gated, another provider as it is written on the command line', () => {
    expect(describeGate({ ...rules, regions: ['region:aws/eu-west-1', 'region:aws/us-east-1', 'region:gcp/us-central1'] })).toBe('no new dependency only in eu-west-1, us-east-1 or gcp/us-central1');
  });

  it('names the SPOF kinds, SPOF components, shares and expired suppressions when the policy or the flags gate on them', () => {
    expect(describeGate({ regions: ['region:aws/us-east-1'], spofDomainKinds: ['vendor', 'region'], spofComponents: true, maxShare: true }, { suppressions: 2 })).toBe(
      'no new us-east-1-only dependency, no new region or vendor domain that alone takes a capability down, no new component that alone takes a capability down, no share over policy.maxShare and no expired suppression',
    );
    expect(describeGate({ ...rules, regions: [], spofComponents: true })).toBe('no new component that alone takes a capability down');
  });

  it('says when nothing is gated', () => {
    expect(describeGate({ ...rules, regions: [] })).toBe('nothing, as policy.failOn and the flags turn every check off');
  });
});

describe('gateAdvice', () => {
  const problem = (kind: 'new-single-region' | 'expired-suppression') => ({ kind, message: kind });

  it('speaks of one problem as it and of several as them', () => {
    expect(gateAdvice([problem('new-single-region')])).toEqual(['Fix it, suppress it in the manifest (`suppress:` with a reason and a date), or accept it with `faultline check --update-baseline` in the same change.']);
    expect(gateAdvice([problem('new-single-region'), problem('new-single-region')])[0]).toMatch(/^Fix them, suppress them .* accept them with/);
  });

  it('asks for an expired suppression to be renewed, since a baseline cannot accept it, and gives the usual advice only for the others', () => {
    expect(gateAdvice([problem('expired-suppression')])).toEqual(['Fix what an expired suppression held, or renew its date in `suppress:`: a baseline cannot accept an expired suppression.']);
    const both = gateAdvice([problem('expired-suppression'), problem('expired-suppression'), problem('new-single-region')]);
    expect(both).toEqual([
      'Fix it, suppress it in the manifest (`suppress:` with a reason and a date), or accept it with `faultline check --update-baseline` in the same change.',
      'Fix what the expired suppressions held, or renew their date in `suppress:`: a baseline cannot accept an expired suppression.',
    ]);
  });
});
