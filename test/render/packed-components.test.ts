import { describe, expect, it } from 'vitest';
import type { Component } from '../../src/core/model.js';
import { modelFromComponents } from '../../src/core/model-from-components.js';
import { prepare } from '../../src/core/prepare.js';
import { resolveScenario } from '../../src/core/scenario.js';
import { simulate } from '../../src/core/simulate.js';
import { packComponents, unpackComponents } from '../../src/render/packed-components.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { manifestOf, prepareManifest, random, resource } from '../helpers/pipeline.js';

/** What unpacking promises: every component as it was, less a scanned resource's snapshot path. */
function withoutSource(components: readonly Component[]): Component[] {
  return components.map((component) => {
    if (component.kind !== 'resource') return component;
    const rest = { ...component };
    delete rest.source;
    return rest;
  });
}

function estate(seed: number, count: number) {
  const next = random(seed);
  const regions = ['us-east-1', 'eu-west-1', 'aws-global', 'ap-south-1'];
  const resources = Array.from({ length: count }, (_, i) => {
    const region = regions[Math.floor(next() * regions.length)]!;
    return resource(`arn:aws:sqs:${region}:1111:q${i}`, {
      type: next() < 0.5 ? 'sqs:queue' : 'dynamodb:table',
      ...(next() < 0.9 && { region }),
      ...(next() < 0.5 && { zone: `${region}-az${1 + Math.floor(next() * 3)}` }),
      ...(next() < 0.8 && { account: next() < 0.5 ? '111122223333' : '444455556666' }),
      tags: next() < 0.3 ? {} : { service: `svc-${Math.floor(next() * 5)}`, ...(next() < 0.3 && { 'faultline:requires': 'platform' }) },
    });
  });
  return prepareManifest(manifestOf({ k: { requires: ['queues'] } }, { queues: { select: { type: 'sqs' } }, tables: { select: { type: 'dynamodb' } }, platform: { provider: 'aws', region: 'us-east-1' } }), resources);
}

describe('packed components', () => {
  it('unpack to the same components in the same order, for the example', async () => {
    const { model } = await loadModel('fixtures/example/faultline.yaml');
    const packed = JSON.parse(JSON.stringify(packComponents(model.components)));
    expect(packed.resources.id.length).toBeGreaterThan(0);
    expect(unpackComponents(packed)).toEqual(withoutSource(model.components));
  });

  it('unpack to the same components, and simulate the same, on random estates', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const prepared = estate(seed, 200);
      const packed = packComponents(prepared.model.components);
      // The columns are exercised: resources that need something, and ones without zone or account.
      expect(Object.keys(packed.resources.requires).length).toBeGreaterThan(0);
      expect(packed.resources.zone.filter((zone) => zone < 0).length).toBeGreaterThan(0);
      expect(packed.resources.account.filter((account) => account < 0).length).toBeGreaterThan(0);
      const unpacked = unpackComponents(JSON.parse(JSON.stringify(packed)));
      expect(unpacked).toEqual(withoutSource(prepared.model.components));
      const again = prepare(modelFromComponents(prepared.model.name, unpacked));
      for (const fail of [['region:aws/us-east-1'], ['account:aws/111122223333'], ['platform'], ['zone:aws/eu-west-1-az2', 'region:aws/global']]) {
        expect(simulate(again, resolveScenario(again.index, fail))).toEqual(simulate(prepared, resolveScenario(prepared.index, fail)));
      }
    }
  });

  it('keeps a resource with anything unusual whole', () => {
    const odd: Component = { id: 'r', kind: 'resource', provenance: 'inventory', requires: [], domains: ['provider:aws'], type: 'sqs:queue', provider: 'aws', description: 'kept' };
    const packed = packComponents([odd]);
    expect(packed.whole).toEqual([odd]);
    expect(unpackComponents(packed)).toEqual([odd]);
  });

  it('keeps tag keys named like prototype members, __proto__ too, as tags', () => {
    const tags = JSON.parse('{"__proto__": "free-form", "constructor": "web"}') as Record<string, string>;
    const tagged: Component = { id: 'arn:aws:sqs:us-east-1:1:q', kind: 'resource', provenance: 'inventory', requires: [], domains: ['provider:aws'], type: 'sqs:queue', provider: 'aws', tags };
    const [unpacked] = unpackComponents(JSON.parse(JSON.stringify(packComponents([tagged]))));
    expect(Object.entries(unpacked!.tags!)).toEqual([
      ['__proto__', 'free-form'],
      ['constructor', 'web'],
    ]);
  });

  it('weighs a fraction of the components written out', () => {
    const { components } = estate(7, 5000).model;
    expect(JSON.stringify(packComponents(components)).length).toBeLessThan(JSON.stringify(components).length / 2);
  });
});
