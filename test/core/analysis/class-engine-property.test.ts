/**
 * The engine on classes of interchangeable components against the brute-force
 * reference and against the unfolded engine, on seeded random manifests and estates
 * of selected resources.
 */
import { describe, expect, it } from 'vitest';
import { generate, generateWithCopies, reference, downUnder, referenceCutSets, toManifest, seeds, generateEstate, hasCycle } from '../../helpers/random-manifest.js';
import { analyzeManifest, prepareManifest } from '../../helpers/pipeline.js';
import { analyze } from '../../../src/core/analyze.js';
import { simulate } from '../../../src/core/simulate.js';
import { resolveScenario } from '../../../src/core/scenario.js';
import { findComponentSets, findDomainSets, type Prepared } from '../../../src/core/prepare.js';
import type { Resource } from '../../../src/core/inventory.js';
import { createDependentsLookup, findDependentCapabilities } from '../../../src/core/analysis/find-dependents.js';
import { stronglyConnectedOf } from '../../../src/core/prepare.js';
import { createDomainExplainer } from '../../../src/core/analysis/critical-paths.js';
import { toClassGraph } from '../../../src/core/graph/class-graph.js';
import { findStronglyConnected } from '../../../src/core/graph/strongly-connected.js';
import { findDependencyCone } from '../../../src/core/analysis/dependency-cone.js';
import { measureConcentration } from '../../../src/core/analysis/concentration.js';
import { domainsOfNode, membersOf } from '../../../src/core/graph/compiled-index.js';

describe('analysis on classes of interchangeable components', () => {
  it('agrees with the brute-force reference on 400 random manifests with copied components, cycles and k-of-n', () => {
    let folded = 0;
    let withCycles = 0;
    let withAtLeast = 0;
    for (const seed of seeds.slice(0, 400)) {
      const m = generateWithCopies(seed);
      const ref = reference(m);
      const text = JSON.stringify(m);
      if (text.includes('atLeast')) withAtLeast++;
      if (hasCycle(ref)) withCycles++;
      const prepared = prepareManifest(toManifest(m));
      if (prepared.folded!.index.size < prepared.index.size) folded++;
      const analysis = analyze(prepared, { maxOrder: 2 });
      for (const capability of analysis.capabilities) {
        const k = capability.id;
        const context = `seed ${seed}, capability ${k}: ${text}`;
        expect(capability.spofComponents, context).toEqual(ref.ids.filter((c) => c !== k && downUnder(ref, new Set([c])).has(k)).sort());
        expect(capability.spofDomains, context).toEqual(ref.allDomains.filter((d) => downUnder(ref, new Set([d])).has(k)));
        expect(capability.cutSets, context).toEqual(referenceCutSets(ref, k, 2));
      }
    }
    expect(folded).toBeGreaterThan(300);
    expect(withCycles).toBeGreaterThan(60);
    expect(withAtLeast).toBeGreaterThan(100);
  }, 120_000);

  it('gives every node the same single-failure sets, and analyze and simulate the same output, folded or not', () => {
    for (const seed of seeds.slice(0, 250)) {
      const m = generateWithCopies(seed);
      expectSameFoldedOrNot(toManifest(m), [], seed, JSON.stringify(m));
    }
    // Generous: the machine running the suite may be busy; this is no measure of speed.
  }, 120_000);

  it('gives the same output folded or not for estates of scanned resources selected into services', () => {
    for (const seed of seeds.slice(0, 150)) {
      const { manifest, resources } = generateEstate(seed);
      const prepared = expectSameFoldedOrNot(manifest, resources, seed, JSON.stringify(manifest));
      expect(prepared.folded!.index.size, `seed ${seed}`).toBeLessThan(prepared.index.size);
    }
  });

  it('counts one member of an any-of group of identical copies as no SPOF, and a copy named alone as one', () => {
    const components = { ax0: { region: 'us-east-1', provider: 'aws' }, ax1: { region: 'us-east-1', provider: 'aws' }, solo: { provider: 'aws' } };
    const any = analyzeManifest({ version: 1, name: 'copies', components, capabilities: { k: { requires: [{ anyOf: ['ax0', 'ax1'] }, 'solo'] } } });
    expect(any.capabilities[0]!.spofComponents).toEqual(['solo']);
    const all = analyzeManifest({ version: 1, name: 'copies', components, capabilities: { k: { requires: [{ atLeast: 2, of: ['ax0', 'ax1'] }] } } });
    expect(all.capabilities[0]!.spofComponents).toEqual(['ax0', 'ax1']);
  });

  it('takes every copy down with one when each needs something that needs all of them', () => {
    const copy = { provider: 'aws', requires: ['hub'] };
    const manifest = { version: 1, name: 'ring', components: { ax0: copy, ax1: copy, ax2: copy, hub: { requires: ['ax0', 'ax1', 'ax2'] } }, capabilities: { k: { requires: [{ anyOf: ['ax0', 'ax1', 'ax2'] }] } } };
    const prepared = prepareManifest(manifest);
    expect(prepared.folded!.index.size).toBe(prepared.index.size - 2);
    expect(analyze(prepared).capabilities[0]!.spofComponents).toEqual(['ax0', 'ax1', 'ax2', 'hub']);
  });
});

/** Folded and unfolded: the same sets for every node, the same analysis and the same simulation of each domain. */
function expectSameFoldedOrNot(manifest: unknown, resources: Resource[], seed: number, text: string) {
  const folded = prepareManifest(manifest, resources);
  const plain = prepareManifest(manifest, resources, { fold: false });
  const context = `seed ${seed}: ${text}`;
  const asArrays = (sets: ReadonlyArray<ArrayLike<number>>) => sets.map((set) => Array.from(set));
  expect(asArrays(findDomainSets(folded)), context).toEqual(asArrays(findDomainSets(plain)));
  // Read one node at a time, as the analysis reads them; membership agrees with the set.
  const componentSets = (prepared: Prepared) => {
    const sets = findComponentSets(prepared);
    return Array.from({ length: prepared.index.size }, (_, v) => {
      const set = Array.from(sets.of(v));
      const disagree = Array.from({ length: prepared.index.componentCount }, (_, x) => x).filter((x) => sets.includes(v, x) !== set.includes(x));
      expect(disagree, `${context}: node ${v}`).toEqual([]);
      return set;
    });
  };
  expect(componentSets(folded), context).toEqual(componentSets(plain));
  expect(analyze(folded, { maxOrder: 3 }), context).toEqual(analyze(plain, { maxOrder: 3 }));
  for (const domain of folded.index.domainIds) {
    expect(simulate(folded, resolveScenario(folded.index, [domain])), `${context} ${domain}`).toEqual(simulate(plain, resolveScenario(plain.index, [domain])));
  }
  // A scenario naming one component fails it without its class-mates.
  for (const id of folded.index.ids.slice(0, folded.index.componentCount)) {
    expect(simulate(folded, resolveScenario(folded.index, [id])), `${context} ${id}`).toEqual(simulate(plain, resolveScenario(plain.index, [id])));
  }
  return folded;
}

describe('NodeSets.filter', () => {
  it('keeps, asking once per class, the members of every node\'s set that fail directly and go down with each domain, as asking each member does', () => {
    let kept = 0;
    let asked = 0;
    let members = 0;
    const cases = [
      ...seeds.slice(0, 150).map((seed) => ({ seed, manifest: toManifest(generateWithCopies(seed)), resources: [] as Resource[] })),
      ...seeds.slice(0, 60).map((seed) => ({ seed, ...generateEstate(seed) })),
    ];
    for (const { seed, manifest, resources } of cases) {
      const folded = prepareManifest(manifest, resources);
      const plain = prepareManifest(manifest, resources, { fold: false });
      const { index } = folded;
      const domainSets = findDomainSets(folded);
      const byClass = findComponentSets(folded);
      const byNode = findComponentSets(plain);
      for (let d = 0; d < index.domainIds.length; d++) {
        const keep = (x: number) => x < index.componentCount && domainsOfNode(index, x).includes(d) && Array.from(domainSets[x]!).includes(d);
        for (let v = 0; v < index.size; v++) {
          const set = Array.from(byNode.of(v));
          const expected = set.filter(keep);
          kept += expected.length;
          let calls = 0;
          const counted = (x: number) => (calls++, keep(x));
          expect(byClass.filter(v, counted), `seed ${seed}, ${index.ids[v]}, ${index.domainIds[d]}`).toEqual(expected);
          // At most once per class of the set, and once more for the node itself.
          expect(calls).toBeLessThanOrEqual(new Set(set.map((x) => folded.folded!.classOf[x])).size + 1);
          asked += calls;
          members += set.length;
          expect(byNode.filter(v, keep)).toEqual(expected);
        }
      }
    }
    expect(kept).toBeGreaterThan(1000);
    // Asking each member would ask exactly as often as there are members.
    expect(asked).toBeLessThan(members);
  });

  it('leaves a scenario that names one of several interchangeable components to that one: simulate names it as the cause', () => {
    const copy = { provider: 'aws', region: 'us-east-1' };
    const prepared = prepareManifest({ version: 1, name: 'copies', components: { ax0: copy, ax1: copy, ax2: copy }, capabilities: { k: { requires: ['ax0', 'ax1', 'ax2'] } } });
    expect(prepared.folded!.index.size).toBe(prepared.index.size - 2);
    const outcome = simulate(prepared, resolveScenario(prepared.index, ['ax1']));
    // The single cause, with no tree of alternatives: asked per class, no copy would be a candidate, as ax0 stands for them.
    expect(outcome.capabilities[0]).toEqual({ id: 'k', status: 'down', path: ['k', 'ax1'], cause: 'ax1' });
  });
});

describe('createDomainExplainer', () => {
  it('finds, without the path, the cause where the explanation ends, for every node and domain of random manifests', () => {
    let causes = 0;
    for (const seed of seeds.slice(0, 150)) {
      const m = seed % 2 === 0 ? generate(seed) : generateWithCopies(seed);
      const prepared = prepareManifest(toManifest(m));
      const { index } = prepared;
      const explainer = createDomainExplainer(index, findDomainSets(prepared), findComponentSets(prepared), prepared.folded);
      for (let v = 0; v < index.size; v++) {
        for (let d = 0; d < index.domainIds.length; d++) {
          const cause = explainer.findCause(v, d);
          if (cause !== undefined) causes++;
          expect(cause, `seed ${seed}, ${index.ids[v]}, ${index.domainIds[d]}: ${JSON.stringify(m)}`).toBe(explainer.explain(v, d).single);
        }
      }
    }
    expect(causes).toBeGreaterThan(1000);
  });
});

describe('toClassGraph against the full index', () => {
  it('gives every node the cone, the dependents and the counts of its class, for random manifests with copies and estates of selected resources', () => {
    const cases = [
      ...seeds.slice(0, 200).map((seed) => ({ seed, manifest: toManifest(generateWithCopies(seed)) as unknown, resources: [] as Resource[] })),
      ...seeds.slice(0, 100).map((seed) => ({ seed, ...generateEstate(seed) })),
    ];
    let folded = 0;
    for (const { seed, manifest, resources } of cases) {
      const prepared = prepareManifest(manifest, resources);
      const { index, isCapability } = prepared;
      const classes = toClassGraph(index, prepared.folded, prepared.isCapability);
      if (classes.index.size < index.size) folded++;
      const context = `seed ${seed}: ${JSON.stringify(manifest)}`;
      const cone = findDependencyCone(index, index.capabilities);
      const classCone = findDependencyCone(classes.index, classes.index.capabilities);
      expect(Array.from(index.ids, (_, v) => classCone[classes.classOf[v]!]), context).toEqual(Array.from(cone));
      expect(measureConcentration(classes.index, classCone, classes.isCapability, { sizes: classes.sizes }), context).toEqual(measureConcentration(index, cone, isCapability));
      const whole = createDependentsLookup(index, stronglyConnectedOf(prepared), isCapability);
      const byClass = createDependentsLookup(classes.index, findStronglyConnected(classes.index), classes.isCapability);
      for (let v = 0; v < index.size; v++) {
        expect(byClass(classes.classOf[v]!).map((c) => classes.index.ids[c]!), `${context} ${index.ids[v]}`).toEqual(whole(v).map((k) => index.ids[k]!));
      }
      for (let d = 0; d < index.domainIds.length; d++) {
        const named = (graph: typeof index, nodes: number[]) => nodes.map((k) => graph.ids[k]!).sort();
        expect(named(classes.index, findDependentCapabilities(classes.index, membersOf(classes.index, d), classes.isCapability)), `${context} ${index.domainIds[d]}`).toEqual(
          named(index, findDependentCapabilities(index, membersOf(index, d), isCapability)),
        );
      }
    }
    expect(folded).toBeGreaterThan(200);
  });
});

describe('createDependentsLookup against a walk upwards from each node', () => {
  it('finds the same capabilities for every node of 300 random manifests, cycles included, whole and the first few', () => {
    for (const seed of seeds.slice(0, 300)) {
      const prepared = prepareManifest(toManifest(generate(seed)));
      const { index, isCapability } = prepared;
      const cycles = stronglyConnectedOf(prepared);
      const whole = createDependentsLookup(index, cycles, isCapability);
      const first = createDependentsLookup(index, cycles, isCapability, { limit: 1 });
      for (let v = 0; v < index.size; v++) {
        const walked = findDependentCapabilities(index, [v], isCapability).map((k) => index.ids[k]!).sort();
        expect(whole(v).map((k) => index.ids[k]!), `seed ${seed}, ${index.ids[v]}`).toEqual(walked);
        expect(first(v).map((k) => index.ids[k]!), `seed ${seed}, ${index.ids[v]}`).toEqual(walked.slice(0, 2));
      }
    }
  });
});
