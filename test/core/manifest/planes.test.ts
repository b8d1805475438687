import { describe, expect, it } from 'vitest';
import { ManifestInvalidError } from '../../../src/core/errors.js';
import { analyzeManifest, manifestOf, prepareManifest, resource, simulateManifest } from '../../helpers/pipeline.js';

const estate = {
  cdn: { provider: 'aws', type: 'cloudfront:distribution' },
  api: { provider: 'aws', region: 'eu-west-1', type: 'ecs:service' },
  bucket: { provider: 'aws', region: 'eu-west-1', type: 's3:bucket' },
};

describe('planes and operates', () => {
  it('gives a control-plane capability the control planes of what it operates', () => {
    const { model } = prepareManifest(manifestOf({ deploy: { plane: 'control', requires: ['api'], operates: ['api', 'cdn', 'bucket'] } }, estate));
    const deploy = model.byId.get('deploy')!;
    expect(deploy.requires[1]).toEqual({
      op: 'allOf',
      origin: 'knowledge',
      label: 'control planes of what it operates',
      terms: ['aws-control/cloudfront', 'aws-control/ecs@eu-west-1', 'aws-control/route53', 'aws-control/s3-buckets', 'aws-control/s3@eu-west-1'],
    });
    expect(model.byId.get('aws-control/route53')).toMatchObject({ provenance: 'knowledge', region: 'us-east-1', domains: ['provider:aws', 'region:aws/us-east-1'] });
    expect(model.byId.get('aws-control/ecs@eu-west-1')).toMatchObject({ region: 'eu-west-1', type: 'ecs:control-plane' });
  });

  it('lets serving keep working without control planes (static stability)', () => {
    const serving = analyzeManifest(manifestOf({ serve: { requires: ['api', 'cdn'] } }, estate)).capabilities[0]!;
    expect(serving.spofDomains).not.toContain('region:aws/us-east-1');
    const deploying = analyzeManifest(manifestOf({ deploy: { plane: 'control', requires: ['api'], operates: ['cdn'] } }, estate)).capabilities[0]!;
    expect(deploying.spofDomains).toContain('region:aws/us-east-1');
    expect(deploying.paths.find((p) => p.domain === 'region:aws/us-east-1')!.path).toEqual(['deploy', 'aws-control/cloudfront']);
  });

  it('adds the IAM Identity Center sign-in in the home region the manifest names', () => {
    const manifest = manifestOf({ deploy: { plane: 'control', requires: ['api'], operates: ['api'] } }, estate, { aws: { identityCenterRegion: 'us-east-1' } });
    const result = simulateManifest(manifest, ['region:aws/us-east-1']);
    expect(result.capabilities[0]).toEqual({ id: 'deploy', status: 'down', path: ['deploy', 'aws-control/identity-center'], cause: 'region:aws/us-east-1' });
  });

  it('lets the manifest name a platform component in requires, and replace a built-in one', () => {
    const named = prepareManifest(manifestOf({ k: { requires: ['aws-control/route53'] } })).model;
    expect(named.byId.get('aws-control/route53')!.region).toBe('us-east-1');
    const replaced = prepareManifest(manifestOf({ k: { requires: ['aws-control/route53'] } }, { 'aws-control/route53': { provider: 'aws', region: 'us-west-2' } })).model;
    expect(replaced.byId.get('aws-control/route53')).toMatchObject({ provenance: 'declared', region: 'us-west-2' });
  });

  it('reads operated scanned resources by ARN', () => {
    const arn = 'arn:aws:route53:::hostedzone/Z1';
    const { model } = prepareManifest(manifestOf({ failover: { plane: 'control', requires: ['dns-team'], operates: [arn] } }, { 'dns-team': {} }), [resource(arn, { type: 'route53:hostedzone' })]);
    expect(model.byId.get('failover')!.requires[1]).toMatchObject({ terms: ['aws-control/route53'] });
  });

  it('refuses operates on a data-plane capability, an unknown operated id, and an unnamed home region', () => {
    const problems = (manifest: unknown) => {
      try {
        prepareManifest(manifest);
      } catch (error) {
        return (error as ManifestInvalidError).issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      }
      return [];
    };
    expect(problems(manifestOf({ k: { requires: ['api'], operates: ['api'] } }, estate))).toEqual(['capabilities.k.operates: operates needs plane: control']);
    expect(problems(manifestOf({ k: { plane: 'control', requires: ['api'], operates: ['apj'] } }, estate))).toEqual(['capabilities.k.operates.0: unknown component "apj"']);
    expect(problems(manifestOf({ k: { requires: ['aws-control/identity-center'] } }))).toEqual([
      'capabilities.k.requires.0: aws-control/identity-center runs in the home region of IAM Identity Center, which the manifest does not name',
    ]);
  });
});

describe('SaaS hosting', () => {
  it('comes from the catalog unless the manifest says otherwise', () => {
    const { model } = prepareManifest(manifestOf({ k: { requires: ['page', 'own', 'pay', 'odd'] } }, { page: { saas: 'atlassian-statuspage' }, own: { saas: 'intercom', hosting: ['aws/eu-west-1'] }, pay: { saas: 'adyen' }, odd: { saas: 'acme' } }));
    expect(model.byId.get('page')).toMatchObject({ hosting: ['aws/us-east-1'], hostingSource: 'catalog', category: 'status-page', domains: ['provider:aws', 'region:aws/us-east-1', 'vendor:atlassian-statuspage'] });
    expect(model.byId.get('own')).toMatchObject({ hosting: ['aws/eu-west-1'], hostingSource: 'manifest', category: 'support-chat' });
    expect(model.byId.get('pay')).toMatchObject({ hostingSource: 'unknown', category: 'payments', domains: ['vendor:adyen'] });
    expect(model.byId.get('odd')).toMatchObject({ hostingSource: 'unknown', domains: ['vendor:acme'] });
  });
});
