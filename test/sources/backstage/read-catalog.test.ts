import type { Entity } from '@backstage/catalog-model';
import { describe, expect, it } from 'vitest';
import { readCatalog, type CatalogEntity } from '../../../src/sources/backstage/read-catalog.js';
import { InputError } from '../../../src/sources/source-error.js';

const component = (name: string, spec: Record<string, unknown> = {}, annotations: Record<string, string> = {}, namespace?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, ...(namespace !== undefined && { namespace }), annotations },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a', ...spec },
});
const api = (name: string): Entity => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name }, spec: { type: 'openapi', lifecycle: 'production', owner: 'team-a', definition: '{}' } });
const resource = (name: string, spec: Record<string, unknown> = {}, annotations: Record<string, string> = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, annotations },
  spec: { type: 'database', owner: 'team-a', ...spec },
});
const read = (...entities: Entity[]) => readCatalog(entities.map((entity, i): CatalogEntity => ({ entity, file: 'catalog.yaml', line: 1 + i * 10 })), { label: 'catalog/*.yaml', writtenAt: '2026-11-20T00:00:00.000Z' });
const problemOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('no problem reported');
};

describe('readCatalog', () => {
  it('makes Component, Resource and API entities nodes named by their normalised entity refs', () => {
    const { snapshot } = read(component('Artist-Lookup', { system: 'Artists' }), resource('artists-db'), api('artists-api'));
    expect(snapshot.resources.map((node) => node.id)).toEqual(['api:default/artists-api', 'component:default/artist-lookup', 'resource:default/artists-db']);
    expect(snapshot.resources[1]).toMatchObject({ type: 'backstage:component', provider: '', tags: { 'backstage/kind': 'component', 'backstage/type': 'service', 'backstage/owner': 'group:default/team-a', 'backstage/system': 'system:default/artists' }, origins: [{ source: 'backstage', file: 'catalog.yaml', address: 'component:default/artist-lookup' }] });
    expect(snapshot.source).toBe('backstage');
  });

  it('reads dependsOn as needs of the entity, in its namespace, with where it was read', () => {
    const { snapshot } = read(component('checkout', { dependsOn: ['Resource:Orders-DB', 'component:shared/auth'] }, {}, 'shop'));
    expect(snapshot.dependencies).toEqual([{ from: 'component:shop/checkout', to: ['resource:shop/orders-db', 'component:shared/auth'], kind: 'declared', provenance: 'backstage catalog.yaml:1 component:shop/checkout', via: 'spec.dependsOn' }]);
  });

  it('makes an API need one of the components that provide it, and a consumer need the API', () => {
    const { snapshot } = read(component('web', { consumesApis: ['orders'] }), component('orders-eu', { providesApis: ['orders'] }), component('orders-us', { providesApis: ['api:default/orders'] }), api('orders'));
    expect(snapshot.dependencies).toContainEqual(expect.objectContaining({ from: 'component:default/web', to: ['api:default/orders'], via: 'spec.consumesApis' }));
    expect(snapshot.dependencies).toContainEqual(expect.objectContaining({ from: 'api:default/orders', to: ['component:default/orders-eu', 'component:default/orders-us'], alternatives: true, via: 'apiProvidedBy' }));
  });

  it('reads dependencyOf as a need of its target', () => {
    const { snapshot } = read(component('worker'), resource('queue', { dependencyOf: ['component:worker'] }));
    expect(snapshot.dependencies).toEqual([expect.objectContaining({ from: 'component:default/worker', to: ['resource:default/queue'], via: 'spec.dependencyOf of resource:default/queue' })]);
  });

  it('keeps owner and system as references that are not needs, with why', () => {
    const { snapshot } = read(component('web', { system: 'shop' }));
    expect(snapshot.dependencies).toEqual([]);
    expect(snapshot.ignored.map((reference) => [reference.to[0], reference.via])).toEqual([
      ['group:default/team-a', 'spec.owner'],
      ['system:default/shop', 'spec.system'],
    ]);
    expect(snapshot.ignored[0]!.reason).toContain('who to call');
  });

  it('places an entity by faultline annotations, a vendor, or an account of the AWS catalog module', () => {
    const { snapshot, unplaced } = read(
      component('db-proxy', {}, { 'faultline/provider': 'AWS', 'faultline/region': 'us-east-1', 'faultline/zone': 'use1-az1', 'faultline/account': '111122223333' }),
      component('chat', {}, { 'faultline/saas': 'Intercom' }),
      component('billing', {}, { 'amazonaws.com/account-id': '444455556666' }),
      component('nowhere'),
    );
    const byId = new Map(snapshot.resources.map((node) => [node.id, node]));
    expect(byId.get('component:default/db-proxy')).toMatchObject({ provider: 'aws', region: 'us-east-1', zone: 'use1-az1', account: '111122223333' });
    expect(byId.get('component:default/chat')).toMatchObject({ provider: '', vendor: 'intercom' });
    expect(byId.get('component:default/billing')).toMatchObject({ provider: 'aws', account: '444455556666' });
    expect(unplaced).toEqual(['component:default/nowhere']);
  });

  it('ties an entity to its resources by ARN, and makes each ARN a node placed by it', () => {
    const table = 'arn:aws:dynamodb:us-east-1:111122223333:table/links';
    const service = 'arn:aws:ecs:us-east-1:111122223333:service/links/api';
    const { snapshot, unplaced } = read(resource('links-table', {}, { 'amazonaws.com/arn': table }), component('links', {}, { 'aws.amazon.com/amazon-ecs-service-arn': service, 'faultline/arn': `${table}, ${service}` }));
    expect(snapshot.resources.find((node) => node.id === table)).toEqual({ id: table, provider: 'aws', region: 'us-east-1', account: '111122223333', type: 'dynamodb:table', origins: [{ source: 'backstage', file: 'catalog.yaml', address: 'resource:default/links-table' }] });
    expect(snapshot.dependencies).toContainEqual(expect.objectContaining({ from: 'resource:default/links-table', to: [table], via: 'metadata.annotations["amazonaws.com/arn"]' }));
    expect(snapshot.dependencies).toContainEqual(expect.objectContaining({ from: 'component:default/links', to: [table, service], via: 'metadata.annotations["faultline/arn"]' }));
    expect(unplaced).toEqual([]);
  });

  it('ties an entity to resources by tags and by Lambda function name, to be resolved against the whole inventory', () => {
    const { snapshot } = read(
      component('checkout', {}, { 'aws.amazon.com/amazon-ecs-service-tags': 'component=checkout, environment=prod' }),
      component('mailer', {}, { 'aws.com/lambda-function-name': 'send-mail,bounce', 'aws.com/lambda-region': 'eu-west-1' }),
      component('thumbs', {}, { 'aws.com/lambda-function-name': 'thumbs', 'aws.com/lambda-region': 'eu-west-1', 'faultline/account': '111122223333', 'faultline/provider': 'aws' }),
    );
    expect(snapshot.selections.map(({ from, select, name }) => ({ from, select, name }))).toEqual([
      { from: 'component:default/checkout', select: { tags: { component: 'checkout', environment: 'prod' }, type: 'ecs:service' }, name: undefined },
      { from: 'component:default/mailer', select: { type: 'lambda:function', region: 'eu-west-1' }, name: 'send-mail' },
      { from: 'component:default/mailer', select: { type: 'lambda:function', region: 'eu-west-1' }, name: 'bounce' },
    ]);
    expect(snapshot.dependencies).toContainEqual(expect.objectContaining({ from: 'component:default/thumbs', to: ['arn:aws:lambda:eu-west-1:111122223333:function:thumbs'] }));
  });

  it('makes the members of a System annotated to fail together one custom domain', () => {
    const system: Entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'links', annotations: { 'faultline/fails-together': 'true' } }, spec: { owner: 'team-a', domain: 'growth' } };
    const domain: Entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'Domain', metadata: { name: 'growth' }, spec: { owner: 'team-a' } };
    const { snapshot, groupings } = read(system, domain, component('web', { system: 'links' }), component('other'));
    expect(snapshot.resources.find((node) => node.id === 'component:default/web')!.domains).toEqual(['custom:links']);
    expect(snapshot.resources.find((node) => node.id === 'component:default/other')!.domains).toBeUndefined();
    expect(groupings).toEqual([
      { ref: 'domain:default/growth', kind: 'domain', owner: 'group:default/team-a', members: ['component:default/web'] },
      { ref: 'system:default/links', kind: 'system', owner: 'group:default/team-a', domain: 'domain:default/growth', members: ['component:default/web'] },
    ]);
  });

  it('also reads the relations a running catalog computed', () => {
    const entity = { ...component('web'), relations: [{ type: 'dependsOn', targetRef: 'resource:default/DB' }, { type: 'ownedBy', targetRef: 'group:default/team-a' }] };
    expect(read(entity).snapshot.dependencies).toEqual([expect.objectContaining({ to: ['resource:default/db'], via: 'spec.dependsOn' })]);
  });

  it('refuses, one line each, a dependsOn without a kind, a region without a provider, a bad ARN and an entity defined twice', () => {
    const message = problemOf(() => read(component('a', { dependsOn: ['orders-db'] }), component('b', {}, { 'faultline/region': 'us-east-1' }), component('c', {}, { 'amazonaws.com/arn': 'table/links' }), component('A')));
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^catalog\.yaml:31:1 component:default\/a is defined twice \(also at catalog\.yaml:1\)/),
      expect.stringMatching(/^catalog\.yaml:1:1 component:default\/a: spec\.dependsOn\[0\]: "orders-db" is not an entity reference: .* — write the kind too/),
      'catalog.yaml:11:1 component:default/b: metadata.annotations["faultline/region"]: faultline/region "us-east-1" needs a provider — add the annotation faultline/provider (e.g. aws)',
      'catalog.yaml:21:1 component:default/c: metadata.annotations["amazonaws.com/arn"]: "table/links" is not an ARN — write arn:partition:service:region:account:resource',
    ]);
  });

  it('reads an empty catalog as an empty inventory', () => {
    expect(read().snapshot).toMatchObject({ resources: [], dependencies: [], ignored: [], partial: false });
  });
});
