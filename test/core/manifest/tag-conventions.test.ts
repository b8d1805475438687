import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { analyzeManifest, manifestOf, resource } from '../../helpers/pipeline.js';

const resolve = (manifest: unknown, resources: ReturnType<typeof resource>[]) => resolveModel({ manifest: manifestSchema.parse(manifest), snapshots: [{ file: 'inv.json', resources }] });

describe('faultline:component', () => {
  it('puts a tagged resource into the declared component, with its redundancy', () => {
    const model = resolve(manifestOf({ k: { requires: ['api'] } }, { api: { redundancy: 'any-region' } }), [
      resource('arn:e', { region: 'us-east-1', tags: { 'faultline:component': 'api' } }),
      resource('arn:w', { region: 'us-west-2', tags: { 'faultline:component': 'api' } }),
      resource('arn:other', { region: 'us-west-2' }),
    ]);
    expect(model.byId.get('api')!.requires).toEqual([
      {
        op: 'anyOf',
        origin: 'selection',
        terms: [
          { op: 'allOf', terms: ['arn:e'], origin: 'selection', label: 'region:us-east-1' },
          { op: 'allOf', terms: ['arn:w'], origin: 'selection', label: 'region:us-west-2' },
        ],
      },
    ]);
    expect(model.warnings).toEqual([]);
  });

  it('adds tagged resources to what select matches, once each', () => {
    const model = resolve(manifestOf({ k: { requires: ['api'] } }, { api: { select: { type: 'ecs' } } }), [
      resource('arn:a', { type: 'ecs:service', tags: { 'faultline:component': 'api' } }),
      resource('arn:b', { type: 'lambda:function', tags: { 'faultline:component': 'api' } }),
    ]);
    expect(model.byId.get('api')!.requires).toEqual([{ op: 'allOf', terms: ['arn:a', 'arn:b'], origin: 'selection' }]);
  });

  it('warns about a tag that names no component, and ignores it', () => {
    const model = resolve(manifestOf({ k: { requires: ['a'] } }, { a: {} }), [resource('arn:x', { tags: { 'faultline:component': 'ghost' } })]);
    expect(model.warnings).toEqual(['arn:x is tagged faultline:component=ghost, but the manifest declares no component "ghost"; the tag is ignored']);
  });
});

describe('faultline:requires', () => {
  it('makes a resource need components and other resources, which then count in the analysis', () => {
    const resources = [
      resource('arn:fn', { region: 'eu-west-1', tags: { 'faultline:component': 'api', 'faultline:requires': 'auth arn:table' } }),
      resource('arn:table', { region: 'us-east-1' }),
    ];
    const manifest = manifestOf({ k: { requires: ['api'] } }, { api: {}, auth: { saas: 'okta' } });
    const model = resolve(manifest, resources);
    expect(model.byId.get('arn:fn')!.requires).toEqual(['auth', 'arn:table']);
    const [k] = analyzeManifest(manifest, { resources }).capabilities;
    expect(k!.spofDomains).toContain('region:aws/us-east-1');
    expect(k!.spofComponents).toEqual(['api', 'arn:fn', 'arn:table', 'auth']);
  });

  it('warns about a requirement that names nothing known', () => {
    const model = resolve(manifestOf({ k: { requires: ['api'] } }, { api: {} }), [resource('arn:fn', { tags: { 'faultline:component': 'api', 'faultline:requires': 'nope, arn:fn' } })]);
    expect(model.byId.get('arn:fn')!.requires).toEqual([]);
    expect(model.warnings).toEqual(['arn:fn is tagged faultline:requires=nope, which is neither a component nor a scanned resource; that requirement is ignored']);
  });
});
