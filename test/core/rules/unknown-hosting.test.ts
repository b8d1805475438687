import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (components: Record<string, unknown>) => analyzeManifest(manifestOf({ pay: { requires: ['checkout'] } }, { checkout: { requires: Object.keys(components) }, ...components })).findings.filter((f) => f.rule === 'unknown-hosting');

describe('unknown-hosting', () => {
  it('fails for a vendor nothing says the hosting of, with the path to it', () => {
    expect(findings({ cards: { saas: 'twilio' } })).toEqual([
      {
        rule: 'unknown-hosting',
        severity: 'medium',
        message: 'where cards (vendor:twilio) runs is unknown: it may share a region or provider with you, and the analysis cannot tell',
        capability: 'pay',
        capabilities: ['pay'],
        component: 'cards',
        domain: 'vendor:twilio',
        path: ['pay', 'checkout', 'cards'],
      },
    ]);
    expect(findings({ mail: { saas: 'some-new-vendor' } })).toHaveLength(1);
  });

  it('passes when the manifest or the catalog knows the hosting', () => {
    expect(findings({ cards: { saas: 'twilio', hosting: ['aws/us-west-2'] }, page: { saas: 'atlassian-statuspage' } })).toEqual([]);
  });

  it('does not apply to components that are not SaaS', () => {
    expect(findings({ db: { provider: 'aws', region: 'us-east-1' }, logic: {} })).toEqual([]);
  });
});
