import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown, rule = 'control-plane-in-region') => analyzeManifest(manifest).findings.filter((f) => f.rule === rule);
const estate = { api: { provider: 'aws', region: 'eu-west-1', type: 'ecs:service' }, lb: { provider: 'aws', region: 'eu-west-1', type: 'elasticloadbalancing:loadbalancer' }, ci: { saas: 'ci-vendor', hosting: ['gcp/us-central1'] } };

describe('control-plane-in-region', () => {
  it('fails when deploying needs a control plane in us-east-1, naming the path', () => {
    const result = findings(manifestOf({ deploy: { plane: 'control', requires: ['ci'], operates: ['lb'] } }, estate));
    expect(result).toContainEqual({
      rule: 'control-plane-in-region',
      severity: 'high',
      message: 'deploy (changing things) cannot work when region:aws/us-east-1 fails, because aws-control/route53 does: deploy → aws-control/route53',
      capability: 'deploy',
      component: 'aws-control/route53',
      domain: 'region:aws/us-east-1',
      path: ['deploy', 'aws-control/route53'],
    });
    // The generic rule leaves the region to this one.
    expect(findings(manifestOf({ deploy: { plane: 'control', requires: ['ci'], operates: ['lb'] } }, estate), 'capability-spof-domain').map((f) => f.domain)).not.toContain('region:aws/us-east-1');
  });

  it('passes when nothing the control-plane capability needs sits in one region alone', () => {
    const manifest = manifestOf({ deploy: { plane: 'control', requires: [{ anyOf: ['ci', 'ci-backup'] }] } }, { ...estate, 'ci-backup': { saas: 'other-ci', hosting: ['azure/westeurope'] } });
    expect(findings(manifest)).toEqual([]);
  });

  it('does not apply to data-plane capabilities, even in one region', () => {
    expect(findings(manifestOf({ serve: { requires: ['api'] } }, estate))).toEqual([]);
  });
});
