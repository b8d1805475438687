import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown) => analyzeManifest(manifest).findings.filter((f) => f.rule === 'capability-spof-domain');

describe('capability-spof-domain', () => {
  it('fails when one region takes a capability down, naming the path', () => {
    const result = findings(manifestOf({ pay: { requires: ['api'] } }, { api: { requires: ['db'] }, db: { provider: 'aws', region: 'us-east-1' } }));
    expect(result).toContainEqual({
      rule: 'capability-spof-domain',
      severity: 'high',
      message: 'pay goes down when region:aws/us-east-1 fails, because db does: pay → api → db',
      capability: 'pay',
      component: 'db',
      domain: 'region:aws/us-east-1',
      path: ['pay', 'api', 'db'],
    });
  });

  it('rates a whole provider one step lower than a region', () => {
    const result = findings(manifestOf({ pay: { requires: ['db'] } }, { db: { provider: 'aws', region: 'us-east-1' } }));
    expect(result.find((f) => f.domain === 'provider:aws')?.severity).toBe('medium');
  });

  it('passes when every domain has an alternative outside it', () => {
    const result = findings(manifestOf({ pay: { requires: [{ anyOf: ['east', 'west'] }] } }, { east: { provider: 'aws', region: 'us-east-1' }, west: { provider: 'gcp', region: 'us-west1' } }));
    expect(result).toEqual([]);
  });

  it('does not apply when nothing the capability needs has a failure domain', () => {
    expect(findings(manifestOf({ pay: { requires: ['api'] } }, { api: {} }))).toEqual([]);
  });

  it('names the component of the region that alone takes the capability down, not a replica on the way', () => {
    const result = analyzeManifest(
      manifestOf(
        { k: { requires: ['redirect'] } },
        {
          redirect: { requires: [{ anyOf: ['use1', 'euc1'] }] },
          use1: { provider: 'aws', region: 'us-east-1', requires: ['table'] },
          euc1: { provider: 'aws', region: 'eu-central-1', requires: ['table'] },
          table: { provider: 'aws', region: 'us-east-1' },
        },
      ),
    ).findings.find((f) => f.rule === 'capability-spof-domain' && f.domain === 'region:aws/us-east-1');
    expect(result).toMatchObject({ component: 'table', path: ['k', 'redirect', 'euc1', 'table'], message: 'k goes down when region:aws/us-east-1 fails, because table does: k → redirect → euc1 → table' });
  });

  it('says why each alternative fails when no single component of the domain does it', () => {
    const result = analyzeManifest(manifestOf({ k: { requires: ['cache'] } }, { cache: { requires: [{ anyOf: ['a', 'b'] }] }, a: { provider: 'aws', region: 'us-east-1' }, b: { provider: 'aws', region: 'us-east-1' } })).findings.find(
      (f) => f.rule === 'capability-spof-domain' && f.domain === 'region:aws/us-east-1',
    );
    expect(result).toMatchObject({
      component: 'cache',
      path: ['k', 'cache'],
      message: 'k goes down when region:aws/us-east-1 fails, though no single component in it does: cache needs 1 of 2, and both fail: a, b',
      tree: { path: ['k', 'cache'], alternatives: { need: 1, of: 2, failedCount: 2, failed: [{ path: ['a'], cause: 'region:aws/us-east-1' }, { path: ['b'], cause: 'region:aws/us-east-1' }] } },
    });
  });
});
