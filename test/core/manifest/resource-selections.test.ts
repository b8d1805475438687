import { describe, expect, it } from 'vitest';
import type { Resource, ResourceSelection } from '../../../src/core/inventory.js';
import { resolveSelections, unmatchedWarning } from '../../../src/core/manifest/resource-selections.js';
import { ResourceIndex } from '../../../src/core/resource-index.js';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';

const fn = (region: string, name: string): Resource => ({ id: `arn:aws:lambda:${region}:111122223333:function:${name}`, provider: 'aws', region, account: '111122223333', type: 'lambda:function', tags: { team: 'mail' } });
const resources: Resource[] = [fn('eu-west-1', 'send-mail'), fn('eu-west-1', 'resend-mail'), fn('us-east-1', 'send-mail'), { id: 'component:default/mailer', provider: '', type: 'backstage:component', tags: { team: 'mail' } }];
const selection = (fields: Partial<ResourceSelection>): ResourceSelection => ({ from: 'component:default/mailer', select: {}, provenance: 'backstage catalog.yaml component:default/mailer', via: 'metadata.annotations["faultline/tags"]', ...fields });
const resolve = (...selections: ResourceSelection[]) => resolveSelections(selections, resources, new ResourceIndex(resources));

describe('resolveSelections', () => {
  it('makes every match a need of the node that selects, never the node itself', () => {
    expect(resolve(selection({ select: { tags: { team: 'mail' } } })).dependencies).toEqual([
      { from: 'component:default/mailer', to: [fn('eu-west-1', 'resend-mail').id, fn('eu-west-1', 'send-mail').id, fn('us-east-1', 'send-mail').id], kind: 'declared', provenance: 'backstage catalog.yaml component:default/mailer', via: 'metadata.annotations["faultline/tags"]' },
    ]);
  });

  it('narrows by type, region and the last part of the ARN', () => {
    expect(resolve(selection({ select: { type: 'lambda:function', region: 'eu-west-1' }, name: 'send-mail' })).dependencies[0]!.to).toEqual([fn('eu-west-1', 'send-mail').id]);
  });

  it('keeps a selection that matches nothing apart, to be said, and makes no dependency of it', () => {
    const unmatched = selection({ select: { tags: { team: 'billing' }, type: 'ecs:service' } });
    expect(resolve(unmatched)).toEqual({ dependencies: [], unmatched: [unmatched] });
    expect(unmatchedWarning(unmatched)).toBe('component:default/mailer: metadata.annotations["faultline/tags"] (team=billing, type ecs:service) matches no resource of the inventory; it places nothing (backstage catalog.yaml component:default/mailer)');
  });
});

describe('selections when the model is built', () => {
  it('says an unmatched selection only of a node something needs', () => {
    const entity = (name: string): Resource => ({ id: `component:default/${name}`, provider: '', type: 'backstage:component', tags: { 'backstage/kind': 'component' } });
    const selections = ['web', 'unused'].map((name) => selection({ from: `component:default/${name}`, select: { tags: { team: 'billing' } } }));
    const manifest = manifestSchema.parse({ version: 1, name: 'test', capabilities: { serve: { requires: ['component:default/web'] } } });
    const model = resolveModel({ manifest, snapshots: [{ file: 'catalog.yaml', resources: [entity('web'), entity('unused')], selections }] });
    expect(model.warnings).toEqual([expect.stringMatching(/^component:default\/web: metadata\.annotations\["faultline\/tags"\] \(team=billing\) matches no resource/)]);
  });
});
