import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { describeCatalogSystems } from '../../src/core/catalog-systems.js';
import { manifestOf, prepareManifest, resource } from '../helpers/pipeline.js';

const entity = (id: string, tags: Record<string, string>) => resource(`arn:aws:ecs:us-east-1:1:service/${id}`, { region: 'us-east-1', type: 'ecs:service', tags });
const arn = (id: string) => `arn:aws:ecs:us-east-1:1:service/${id}`;

describe('describeCatalogSystems', () => {
  it('gives each System its members, owners, the capabilities that need it, and the members that alone stop one, the most such first', () => {
    const resources = [
      entity('checkout', { 'backstage/system': 'system:default/b-payments', 'backstage/owner': 'group:default/pay', 'backstage/domain': 'domain:default/commerce' }),
      entity('ledger-eu', { 'backstage/system': 'system:default/b-payments' }),
      entity('gateway', { 'backstage/system': 'system:default/b-payments' }),
      entity('ledger-us', { 'backstage/system': 'system:default/a-ledgers', 'backstage/owner': 'group:default/ledger' }),
      // Needed by no capability: no component, so no member.
      entity('unused', { 'backstage/system': 'system:default/c-unused' }),
    ];
    const prepared = prepareManifest(manifestOf({ sell: { requires: [arn('checkout'), arn('gateway'), { anyOf: [arn('ledger-eu'), arn('ledger-us')] }] }, audit: { requires: [arn('ledger-us')] } }), resources);
    // b-payments has two members that alone stop a capability, a-ledgers one: b first, whatever the names.
    expect(describeCatalogSystems(prepared, analyze(prepared))).toEqual([
      { system: 'system:default/b-payments', domain: 'domain:default/commerce', members: 3, owners: ['group:default/pay'], capabilities: ['sell'], spofs: [{ id: arn('checkout'), capabilities: ['sell'] }, { id: arn('gateway'), capabilities: ['sell'] }] },
      { system: 'system:default/a-ledgers', members: 1, owners: ['group:default/ledger'], capabilities: ['audit', 'sell'], spofs: [{ id: arn('ledger-us'), capabilities: ['audit'] }] },
    ]);
  });

  it('has nothing to say of a model without catalog entities', () => {
    const prepared = prepareManifest(manifestOf({ sell: { requires: ['api'] } }, { api: { provider: 'aws', region: 'us-east-1' } }));
    expect(describeCatalogSystems(prepared, analyze(prepared))).toEqual([]);
  });
});
