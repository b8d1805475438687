import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf, prepareManifest } from '../../helpers/pipeline.js';

const chat = (vendor: string) => ({ id: 'component:default/chat', provider: '', type: 'backstage:component', vendor, tags: { 'backstage/kind': 'component' } });
const manifest = manifestOf({ answer: { requires: ['component:default/chat'] } });

describe('placeVendor', () => {
  it('places a discovered SaaS product as a declared one: the vendor as the catalog names it, and its hosting', () => {
    const component = prepareManifest(manifest, [chat('Intercom')]).model.byId.get('component:default/chat')!;
    expect(component).toMatchObject({ vendor: 'intercom', hostingSource: 'catalog', category: 'support-chat' });
    expect(component.domains).toEqual(['provider:aws', 'region:aws/us-east-1', 'vendor:intercom']);
  });

  it('leaves a vendor nothing knows the hosting of in its vendor domain only, and says so', () => {
    const analysis = analyzeManifest(manifest, { resources: [chat('acme-chat')] });
    expect(analysis.capabilities[0]!.spofDomains).toEqual(['vendor:acme-chat']);
    expect(analysis.findings.filter((finding) => finding.rule === 'unknown-hosting').map((finding) => finding.component)).toEqual(['component:default/chat']);
  });

  it('puts a resource no source placed in no domain at all', () => {
    const component = prepareManifest(manifest, [{ id: 'component:default/chat', provider: '', type: 'backstage:component' }]).model.byId.get('component:default/chat')!;
    expect(component.domains).toEqual([]);
  });
});
