import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { ManifestInvalidError } from '../../../src/core/errors.js';
import { manifestOf, resource } from '../../helpers/pipeline.js';

const resolve = (manifest: unknown, snapshots: Array<{ file: string; resources: ReturnType<typeof resource>[] }> = []) =>
  resolveModel({ manifest: manifestSchema.parse(manifest), snapshots });

/** The issues a resolve refuses the manifest with (none when it resolves). */
function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestInvalidError) return error.issues;
    throw error;
  }
  return [];
}

describe('resolveModel', () => {
  it('derives domains from provider, region, zone, account, vendor, hosting and custom names', () => {
    const model = resolve(
      manifestOf({ k: { requires: ['a', 'b'] } }, { a: { provider: 'aws', region: 'us-east-1', zone: 'use1-az1', account: 111122223333, domains: ['dns-team', 'region:gcp/europe-west1'] }, b: { saas: 'intercom', hosting: ['aws/us-east-1', 'gcp'] } }),
    );
    expect(model.byId.get('a')!.domains).toEqual(['account:aws/111122223333', 'custom:dns-team', 'provider:aws', 'region:aws/us-east-1', 'region:gcp/europe-west1', 'zone:aws/use1-az1']);
    expect(model.byId.get('a')!.account).toBe('111122223333');
    expect(model.byId.get('b')!.domains).toEqual(['provider:aws', 'provider:gcp', 'region:aws/us-east-1', 'vendor:intercom']);
  });

  it('keeps a vendor on its own infrastructure in its vendor domain only', () => {
    const model = resolve(manifestOf({ k: { requires: ['gh'] } }, { gh: { saas: 'github', hosting: ['github'] } }));
    expect(model.byId.get('gh')!.domains).toEqual(['vendor:github']);
  });

  it('turns resources named by ARN or selected into components, with provenance and source', () => {
    const arn = 'arn:aws:dynamodb:us-east-1:1:table/t';
    const model = resolve(manifestOf({ k: { requires: [arn, 'api'] } }, { api: { select: { tags: { service: 'api' } } } }), [
      { file: 'inv.json', resources: [resource(arn, { region: 'us-east-1', account: '1', type: 'dynamodb:table' }), resource('arn:api', { region: 'eu-west-1', tags: { service: 'api' } }), resource('arn:unused')] },
    ]);
    expect(model.byId.get(arn)).toMatchObject({ kind: 'resource', provenance: 'inventory', source: 'inv.json', domains: ['account:aws/1', 'provider:aws', 'region:aws/us-east-1'] });
    expect(model.byId.get('api')!.requires).toEqual([{ op: 'allOf', terms: ['arn:api'], origin: 'selection' }]);
    expect(model.byId.has('arn:unused')).toBe(false);
    expect(model.inventory).toMatchObject({ resources: 3, unreferenced: 1 });
  });

  it('puts a global resource in the global data-plane domain, not in a region', () => {
    const model = resolve(manifestOf({ k: { requires: ['arn:cf'] } }), [{ file: 'i.json', resources: [resource('arn:cf', { region: '', type: 'cloudfront:distribution' })] }]);
    expect(model.byId.get('arn:cf')!.domains).toEqual(['provider:aws', 'region:aws/global']);
  });

  it('warns about a resource listed in two snapshots and keeps the first', () => {
    const model = resolve(manifestOf({ k: { requires: ['arn:x'] } }), [
      { file: 'one.json', resources: [resource('arn:x', { region: 'us-east-1' })] },
      { file: 'two.json', resources: [resource('arn:x', { region: 'eu-west-1' })] },
    ]);
    expect(model.warnings).toEqual(['two.json: arn:x is also in one.json; the first is used']);
    expect(model.byId.get('arn:x')!.region).toBe('us-east-1');
  });

  it('refuses a scanned resource whose id is a component, a capability or a failure domain, at its place in its snapshot', () => {
    const issues = issuesOf(() =>
      resolve(manifestOf({ pay: { requires: ['ledger'] } }, { ledger: { provider: 'aws', region: 'us-east-1' } }), [
        { file: 'one.json', resources: [resource('arn:ok'), resource('ledger', { region: 'us-east-1' })] },
        { file: 'two.json', resources: [resource('pay', { region: 'us-east-1' }), resource('region:aws/us-east-1', { region: 'us-east-1' })] },
      ]),
    );
    expect(issues).toEqual([
      { file: 'one.json', path: ['resources', 1, 'id'], message: '"ledger" is also the id of a component', fix: 'a scanned resource is named by its ARN; fix the snapshot, or rename the component' },
      { file: 'two.json', path: ['resources', 0, 'id'], message: '"pay" is also the id of a capability', fix: 'a scanned resource is named by its ARN; fix the snapshot, or rename the capability' },
      { file: 'two.json', path: ['resources', 1, 'id'], message: '"region:aws/us-east-1" has the form of a failure domain', fix: 'a scanned resource is named by its ARN; fix the snapshot' },
    ]);
  });

  it('refuses a scanned resource whose id has the form of a requirement group, which the graph would make one node with the group', () => {
    const manifest = manifestOf({ k: { requires: ['web'] } }, { web: { select: { tags: { service: 'web' } }, redundancy: 'any-region' } });
    const issues = issuesOf(() =>
      resolve(manifest, [{ file: 'one.json', resources: [resource('arn:ok#a1', { region: 'us-east-1', tags: { service: 'web' } }), resource('web#1', { region: 'us-east-1', tags: { service: 'web' } }), resource('#2'), resource('web#')] }]),
    );
    expect(issues).toEqual([{ file: 'one.json', path: ['resources', 1, 'id'], message: '"web#1" has the form of a requirement group\'s id (<component>#<number>)', fix: 'a scanned resource is named by its ARN; fix the snapshot' }]);
  });

  it('warns about a resource listed twice in one snapshot and keeps the first', () => {
    const model = resolve(manifestOf({ k: { requires: ['arn:x', 'arn:y'] } }), [
      { file: 'one.json', resources: [resource('arn:x', { region: 'us-east-1' }), resource('arn:y'), resource('arn:x', { region: 'eu-west-1' })] },
    ]);
    expect(model.warnings).toEqual(['one.json: arn:x is listed twice (resources[0] and resources[2]); the first is used']);
    expect(model.byId.get('arn:x')!.region).toBe('us-east-1');
    expect(model.components.filter((component) => component.id === 'arn:x')).toHaveLength(1);
    expect(model.inventory).toMatchObject({ resources: 2, unreferenced: 0 });
  });

  it('collects every problem with its key path before failing', () => {
    try {
      resolve(manifestOf({ k: { requires: ['nope', 'k'] } }, { a: { region: 'x' } }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestInvalidError);
      expect((error as ManifestInvalidError).issues.map((issue) => issue.path)).toEqual([
        ['capabilities', 'k', 'requires', 0],
        ['capabilities', 'k', 'requires', 1],
        ['components', 'a', 'region'],
      ]);
    }
  });
});

describe('resolveModel with ids named like prototype members', () => {
  it('keeps a capability named hasOwnProperty apart from the components', () => {
    const model = resolve(manifestOf({ hasOwnProperty: { requires: ['toString'] }, valueOf: { requires: ['toString'] } }, { toString: { provider: 'aws', region: 'us-east-1' } }));
    expect(model.capabilities).toEqual(['hasOwnProperty', 'valueOf']);
    expect(model.byId.get('toString')!.domains).toEqual(['provider:aws', 'region:aws/us-east-1']);
  });

  it('refuses independentOf and operates naming a prototype member the manifest does not declare', () => {
    const issues = issuesOf(() =>
      resolve(manifestOf({ k: { requires: ['a'], independentOf: ['constructor'] }, deploy: { requires: ['a'], plane: 'control', operates: ['valueOf'] } }, { a: { provider: 'aws', region: 'us-east-1' } })),
    );
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['capabilities', 'k', 'independentOf', 0], 'unknown capability "constructor"'],
      [['capabilities', 'deploy', 'operates', 0], 'unknown component "valueOf"'],
    ]);
  });

  it('warns about a resource tagged into a component named toString that the manifest does not declare', () => {
    const model = resolve(manifestOf({ k: { requires: ['arn:x'] } }), [{ file: 'inv.json', resources: [resource('arn:x', { region: 'us-east-1', tags: { 'faultline:component': 'toString' } })] }]);
    expect(model.warnings).toEqual(['arn:x is tagged faultline:component=toString, but the manifest declares no component "toString"; the tag is ignored']);
  });
});
