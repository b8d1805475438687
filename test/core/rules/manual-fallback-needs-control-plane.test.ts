import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown, rule = 'manual-fallback-needs-control-plane') => analyzeManifest(manifest).findings.filter((f) => f.rule === rule);

const links = (signInRegion: string) =>
  manifestOf(
    {
      'serve-links': { requires: ['links'] },
      hotfix: { plane: 'control', requires: ['ci', 'sign-in'] },
    },
    {
      links: { requires: [{ anyOf: ['dynamo', { allOf: ['cassandra', 'hotfix'] }] }] },
      dynamo: { provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' },
      cassandra: { provider: 'hetzner', region: 'fsn1' },
      ci: { saas: 'ci-vendor', hosting: ['hetzner/fsn1'] },
      'sign-in': { provider: 'aws', region: signInRegion },
    },
  );

describe('manual-fallback-needs-control-plane', () => {
  it('fails when the fallback needs a deploy whose sign-in dies with the primary', () => {
    const [finding] = findings(links('us-east-1')).filter((f) => f.domain === 'region:aws/us-east-1');
    expect(finding).toEqual({
      rule: 'manual-fallback-needs-control-plane',
      severity: 'high',
      message: 'when region:aws/us-east-1 fails, links cannot fall back (dynamo, (cassandra + hotfix)): the fallback needs hotfix, which fails too, through hotfix → sign-in',
      capability: 'serve-links',
      capabilities: ['serve-links'],
      component: 'links',
      domain: 'region:aws/us-east-1',
      path: ['hotfix', 'sign-in'],
    });
    expect(findings(links('us-east-1'), 'fallback-shares-fate').filter((f) => f.component === 'links' && f.domain === 'region:aws/us-east-1')).toEqual([]);
  });

  it('passes when the deploy survives the primary region', () => {
    expect(findings(links('eu-central-1')).filter((f) => f.domain === 'region:aws/us-east-1')).toEqual([]);
  });

  it('does not apply when no fallback goes through a control-plane capability', () => {
    const manifest = manifestOf({ k: { requires: [{ anyOf: ['a', 'b'] }] } }, { a: { provider: 'aws', region: 'us-east-1' }, b: { provider: 'aws', region: 'us-east-1' } });
    expect(findings(manifest)).toEqual([]);
    expect(findings(manifest, 'fallback-shares-fate').length).toBeGreaterThan(0);
  });
});
