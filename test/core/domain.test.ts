import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../src/core/domain.js';

describe('parseDomain', () => {
  it('reads every kind of domain', () => {
    expect(parseDomain('provider:aws')).toEqual({ ok: true, domain: { kind: 'provider', name: 'aws' } });
    expect(parseDomain('region:aws/us-east-1')).toEqual({ ok: true, domain: { kind: 'region', provider: 'aws', name: 'us-east-1' } });
    expect(parseDomain('zone:aws/use1-az1')).toEqual({ ok: true, domain: { kind: 'zone', provider: 'aws', name: 'use1-az1' } });
    expect(parseDomain('account:aws/123456789012')).toEqual({ ok: true, domain: { kind: 'account', provider: 'aws', name: '123456789012' } });
    expect(parseDomain('vendor:intercom')).toEqual({ ok: true, domain: { kind: 'vendor', name: 'intercom' } });
    expect(parseDomain('custom:dns-team')).toEqual({ ok: true, domain: { kind: 'custom', name: 'dns-team' } });
  });

  it('says how to write a region without its provider', () => {
    expect(parseDomain('region:us-east-1')).toEqual({ ok: false, problem: '"region:us-east-1" is not a valid region domain', fix: 'write region:<provider>/<region>, e.g. region:aws/us-east-1' });
  });

  it('rejects unknown kinds, missing colons and stray slashes', () => {
    expect(parseDomain('planet:earth').ok).toBe(false);
    expect(parseDomain('us-east-1').ok).toBe(false);
    expect(parseDomain('vendor:a/b').ok).toBe(false);
    expect(parseDomain('region:aws/us-east-1/x').ok).toBe(false);
  });
});
