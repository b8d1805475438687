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

  it('does not call three live replicas a manual fallback when each needs a service that has one', () => {
    const manifest = manifestOf(
      { 'serve-links': { requires: ['redirect'] }, hotfix: { plane: 'control', requires: ['sign-in'] } },
      {
        redirect: { requires: [{ anyOf: ['use1', 'euc1', 'apse2'] }] },
        use1: { provider: 'aws', region: 'us-east-1', requires: ['links'] },
        euc1: { provider: 'aws', region: 'eu-central-1', requires: ['links'] },
        apse2: { provider: 'aws', region: 'ap-southeast-2', requires: ['links'] },
        links: { requires: [{ anyOf: ['dynamo', { allOf: ['cassandra', 'hotfix'] }] }] },
        dynamo: { provider: 'aws', region: 'us-east-1' },
        cassandra: { provider: 'aws', region: 'eu-central-1' },
        'sign-in': { provider: 'aws', region: 'us-east-1' },
      },
    );
    const region = findings(manifest).filter((f) => f.domain === 'region:aws/us-east-1');
    // The manual fallback is the links store's, and only it is reported so.
    expect(region.map((f) => f.component)).toEqual(['links']);
  });

  it('does not call a group manual when every alternative needs the same control plane', () => {
    const manifest = manifestOf(
      { k: { requires: ['svc'] }, deploy: { plane: 'control', requires: ['sign-in'] } },
      {
        svc: { requires: [{ anyOf: ['a', 'b'] }] },
        a: { provider: 'aws', region: 'us-east-1', requires: ['deploy'] },
        b: { provider: 'aws', region: 'eu-west-1', requires: ['deploy'] },
        'sign-in': { provider: 'aws', region: 'us-east-1' },
      },
    );
    expect(findings(manifest)).toEqual([]);
  });
});
