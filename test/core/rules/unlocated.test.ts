import type { Entity } from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import type { Resource } from '../../../src/core/inventory.js';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { prepare } from '../../../src/core/prepare.js';
import { readCatalog } from '../../../src/sources/backstage/read-catalog.js';

const component = (name: string, annotations: Record<string, string> = {}, spec: Record<string, unknown> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a', ...spec },
});
const api = (name: string): Entity => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name }, spec: { type: 'openapi', lifecycle: 'production', owner: 'team-a', definition: '{}' } });

/** The `unlocated` findings of an estate read from these entities (and scanned resources), with a capability on `component:default/web`. */
function findings(entities: Entity[], scanned: Resource[] = []) {
  const { snapshot } = readCatalog(entities.map((entity) => ({ entity, file: 'catalog.yaml' })), { label: 'catalog.yaml', writtenAt: '2026-11-20T00:00:00.000Z' });
  const manifest = manifestSchema.parse({ version: 1, name: 'test', capabilities: { serve: { requires: ['component:default/web'] } } });
  const model = resolveModel({ manifest, snapshots: [...(scanned.length > 0 ? [{ file: 'aws.json', resources: scanned }] : []), snapshot] });
  return analyze(prepare(model)).findings.filter((finding) => finding.rule === 'unlocated');
}

describe('unlocated', () => {
  it('fails for each entity something needs that is in no domain, with the path to it', () => {
    expect(findings([component('web', {}, { dependsOn: ['component:worker'] }), component('worker')])).toEqual([
      expect.objectContaining({ rule: 'unlocated', severity: 'medium', capability: 'serve', capabilities: ['serve'], component: 'component:default/web', path: ['serve', 'component:default/web'] }),
      expect.objectContaining({ component: 'component:default/worker', path: ['serve', 'component:default/web', 'component:default/worker'] }),
    ]);
  });

  it('fails for an entity whose tag selector matches nothing, and for an API nothing provides', () => {
    expect(findings([component('web', { 'faultline/tags': 'service=web' }, { consumesApis: ['orders'] }), api('orders')]).map((finding) => finding.component)).toEqual(['api:default/orders', 'component:default/web']);
  });

  it('passes for entities placed by annotation, vendor, ARN, matching tags or providers', () => {
    const ecs = { id: 'arn:aws:ecs:eu-west-1:111122223333:service/web/web', provider: 'aws', region: 'eu-west-1', account: '111122223333', type: 'ecs:service', tags: { service: 'web' } };
    expect(
      findings(
        [
          component('web', { 'faultline/tags': 'service=web' }, { consumesApis: ['orders'], dependsOn: ['component:chat', 'component:db'] }),
          component('chat', { 'faultline/saas': 'intercom' }),
          component('db', { 'amazonaws.com/arn': 'arn:aws:rds:eu-west-1:111122223333:cluster:db' }),
          component('orders', { 'faultline/provider': 'aws', 'faultline/region': 'eu-west-1' }, { providesApis: ['orders'] }),
          api('orders'),
        ],
        [ecs],
      ),
    ).toEqual([]);
  });

  it('does not apply to entities no capability needs, nor to components declared in the manifest', () => {
    expect(findings([component('web', { 'faultline/provider': 'aws' }), component('unused')])).toEqual([]);
  });
});
