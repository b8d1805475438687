import { describe, expect, it } from 'vitest';
import { compileIndex, domainsOfNode, membersOf, type CompiledIndex } from '../../../src/core/graph/compiled-index.js';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import type { Model, Requirement, TermPositions } from '../../../src/core/model.js';
import { createTermPositions } from '../../../src/core/term-positions.js';
import { manifestOf, resource } from '../../helpers/pipeline.js';
import { generateEstate, seeds } from '../../helpers/random-manifest.js';

/** An estate whose services select resources: all of them, any region, any zone, and a declared ARN too. */
function selectingModel(): Model {
  const resources = [
    resource('arn:web-1', { region: 'us-east-1', zone: 'use1-az1', tags: { service: 'web' } }),
    resource('arn:db', { region: 'us-east-1', tags: { service: 'db' } }),
    resource('arn:web-2', { region: 'eu-west-1', zone: 'euw1-az1', tags: { service: 'web' } }),
    resource('arn:queue-1', { region: 'us-east-1', zone: 'use1-az2', tags: { service: 'queue' } }),
    resource('arn:web-3', { region: 'eu-west-1', zone: 'euw1-az2', tags: { service: 'web' } }),
    resource('arn:queue-2', { region: 'us-east-1', zone: 'use1-az1', tags: { service: 'queue' } }),
  ];
  const manifest = manifestOf(
    { shop: { requires: ['web', 'queue', 'db'] } },
    {
      web: { select: { tags: { service: 'web' } }, redundancy: 'any-region' },
      queue: { select: { tags: { service: 'queue' } }, redundancy: 'any-zone' },
      db: { select: { tags: { service: 'db' } }, requires: ['arn:web-1'] },
    },
  );
  return resolveModel({ manifest: manifestSchema.parse(manifest), snapshots: [{ file: 'test.json', resources }] });
}

/** The model with its positions table counting the lookups of each id. */
function countingLookups(model: Model): { model: Model; lookups: Map<string, number> } {
  const lookups = new Map<string, number>();
  const positions = model.positions;
  const counted: ReadonlyMap<string, number> = Object.assign(Object.create(positions) as ReadonlyMap<string, number>, {
    get: (id: string) => {
      lookups.set(id, (lookups.get(id) ?? 0) + 1);
      return positions.get(id);
    },
  });
  return { model: { ...model, positions: counted }, lookups };
}

/** What an index says, without its functions. */
function shapeOf(index: CompiledIndex) {
  const { positionOf, ...data } = index;
  return { ...data, positions: index.ids.map((id) => positionOf(id)) };
}

const withoutHints = (model: Model): Model => ({ ...model, termPositions: undefined });

describe('compileIndex', () => {
  it('reads where a selected resource is from the model, without looking its id up', () => {
    const model = selectingModel();
    expect(model.termPositions).toBeDefined();
    const { model: counted, lookups } = countingLookups(model);
    compileIndex(counted);
    const selected = ['arn:web-1', 'arn:web-2', 'arn:web-3', 'arn:queue-1', 'arn:queue-2', 'arn:db'];
    // arn:web-1 is also named by db's own requires, which no selection made: that one is looked up.
    expect(selected.map((id) => lookups.get(id) ?? 0)).toEqual([1, 0, 0, 0, 0, 0]);

    const { model: plain, lookups: plainLookups } = countingLookups(withoutHints(model));
    compileIndex(plain);
    expect(selected.map((id) => plainLookups.get(id) ?? 0)).toEqual([2, 1, 1, 1, 1, 1]);
  });

  it('compiles the same index with the recorded positions as without them, on random estates of selected resources', () => {
    expect(shapeOf(compileIndex(selectingModel()))).toEqual(shapeOf(compileIndex(withoutHints(selectingModel()))));
    let hinted = 0;
    for (const seed of seeds.slice(0, 150)) {
      const { manifest, resources } = generateEstate(seed);
      const model = resolveModel({ manifest: manifestSchema.parse(manifest), snapshots: [{ file: 'test.json', resources }] });
      const isHinted = (terms: readonly Requirement[]): boolean => model.termPositions!.starts.has(terms) || terms.some((t) => typeof t !== 'string' && isHinted(t.terms));
      if (model.components.some((c) => isHinted(c.requires))) hinted++;
      expect(shapeOf(compileIndex(model)), `seed ${seed}`).toEqual(shapeOf(compileIndex(withoutHints(model))));
    }
    expect(hinted).toBe(150);
  });

  it('lists each domain\'s members, ascending, as the components whose domains include it, on random estates', () => {
    for (const seed of seeds.slice(0, 60)) {
      const { manifest, resources } = generateEstate(seed);
      const index = compileIndex(resolveModel({ manifest: manifestSchema.parse(manifest), snapshots: [{ file: 'test.json', resources }] }));
      const all = Array.from({ length: index.componentCount }, (_, v) => v);
      for (let d = 0; d < index.domainIds.length; d++) {
        expect(Array.from(membersOf(index, d)), `seed ${seed} ${index.domainIds[d]}`).toEqual(all.filter((v) => domainsOfNode(index, v).includes(d)));
      }
      expect(index.memberOffsets[index.domainIds.length]).toBe(index.nodeDomains.length);
    }
  });

  it('looks an id up when a recorded position names another component, so a stale hint never makes a wrong edge', () => {
    const model = selectingModel();
    // Every list of the model, top-level and nested, with positions made up by `at`.
    const madeUp = (at: (terms: readonly Requirement[], i: number) => number): TermPositions => {
      const made = createTermPositions();
      const visit = (terms: readonly Requirement[]) => {
        made.record(terms, Array.from(terms, (_, i) => at(terms, i)));
        for (const term of terms) if (typeof term !== 'string') visit(term.terms);
      };
      for (const component of model.components) visit(component.requires);
      return made.finish((position) => position);
    };
    const expected = shapeOf(compileIndex(withoutHints(model)));
    expect(shapeOf(compileIndex({ ...model, termPositions: madeUp((_, i) => (i * 7 + 3) % model.components.length) }))).toEqual(expected);
    // Positions past the end, before the start, and of the gates the walk adds.
    for (const at of [1e6, -1, model.components.length, model.components.length + 1]) expect(shapeOf(compileIndex({ ...model, termPositions: madeUp(() => at) }))).toEqual(expected);
  });
});
