import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown) => analyzeManifest(manifest).findings.filter((f) => f.rule === 'capability-spof-domain');

describe('capability-spof-domain', () => {
  it('fails when one region takes a capability down, naming the path', () => {
    const result = findings(manifestOf({ pay: { requires: ['api'] } }, { api: { requires: ['db'] }, db: { provider: 'aws', region: 'us-east-1' } }));
    expect(result).toContainEqual({
      rule: 'capability-spof-domain',
      severity: 'high',
      message: 'pay goes down when region:aws/us-east-1 fails, through api → db',
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
});
