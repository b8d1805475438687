import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (rule: string, components: Record<string, unknown>, policy?: unknown) =>
  analyzeManifest(manifestOf({ k: { requires: Object.keys(components) } }, components, policy === undefined ? {} : { policy })).findings.filter((f) => f.rule === rule);
const place = (provider: string, region: string, account?: string) => ({ provider, region, ...(account !== undefined && { account }) });

describe('region-concentration', () => {
  const east = { a: place('aws', 'us-east-1'), b: place('aws', 'us-east-1'), c: place('aws', 'eu-west-1') };
  it('fails when one region holds half or more', () => {
    expect(findings('region-concentration', east)).toEqual([
      { rule: 'region-concentration', severity: 'medium', message: 'region:aws/us-east-1 holds 66.7% of the depended-on components (2 of 3)', capability: 'k', capabilities: ['k'], domain: 'region:aws/us-east-1' },
    ]);
  });
  it('passes when the largest region holds less than half', () => {
    expect(findings('region-concentration', { ...east, d: place('aws', 'us-west-2'), e: place('gcp', 'europe-west1') })).toEqual([]);
  });
  it('does not apply when the policy sets a region limit (concentration-over-limit enforces it)', () => {
    expect(findings('region-concentration', east, { maxShare: { region: 0.9 } })).toEqual([]);
  });
});

describe('provider-concentration', () => {
  const all = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`c${i}`, place('aws', ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-central-1'][i]!)]));
  it('fails when one provider holds 90% or more', () => {
    expect(findings('provider-concentration', all)).toEqual([
      { rule: 'provider-concentration', severity: 'low', message: 'provider:aws holds 100% of the depended-on components (6 of 6)', capability: 'k', capabilities: ['k'], domain: 'provider:aws' },
    ]);
  });
  it('passes with a second provider holding more than a tenth', () => {
    expect(findings('provider-concentration', { ...all, g: place('gcp', 'europe-west1') })).toEqual([]);
  });
  it('does not apply with a provider limit in the policy, or too few components to judge', () => {
    expect(findings('provider-concentration', all, { maxShare: { provider: 1 } })).toEqual([]);
    expect(findings('provider-concentration', { a: place('aws', 'us-east-1') })).toEqual([]);
  });
});

describe('single-account', () => {
  it('fails when every depended-on AWS component with an account is in one account', () => {
    expect(findings('single-account', { a: place('aws', 'us-east-1', '1'), b: place('aws', 'us-west-2', '1'), c: place('aws', 'eu-west-1') })).toEqual([
      { rule: 'single-account', severity: 'medium', message: 'all 2 depended-on aws components with a known account are in account:aws/1', capability: 'k', capabilities: ['k'], domain: 'account:aws/1' },
    ]);
  });
  it('passes with two accounts', () => {
    expect(findings('single-account', { a: place('aws', 'us-east-1', '1'), b: place('aws', 'us-west-2', '2') })).toEqual([]);
  });
  it('does not apply when no account is known', () => {
    expect(findings('single-account', { a: place('aws', 'us-east-1'), b: place('aws', 'us-west-2') })).toEqual([]);
  });
});
