/**
 * The engine against a brute-force reference on many seeded random manifests:
 * nested anyOf / allOf / atLeast, dependency cycles, every kind of domain,
 * capabilities requiring capabilities. The reference below is written from
 * DESIGN section 2 alone, as plainly as possible: derive each component's domains,
 * iterate the requirement to a fixed point from the failures, try every single
 * failure and every pair.
 */
import { describe, expect, it } from 'vitest';
import { analyzeManifest, prepareManifest, random, resource, simulateManifest } from '../../helpers/pipeline.js';
import { analyze } from '../../../src/core/analyze.js';
import { simulate } from '../../../src/core/simulate.js';
import { resolveScenario } from '../../../src/core/scenario.js';
import { findComponentSets, findDomainSets, type Prepared } from '../../../src/core/prepare.js';
import type { Resource } from '../../../src/core/inventory.js';
import { findSingleRegionDependencies } from '../../../src/core/gate/single-region-dependencies.js';
import { createDependentsLookup, findDependentCapabilities } from '../../../src/core/analysis/find-dependents.js';
import { stronglyConnectedOf } from '../../../src/core/prepare.js';
import { createDomainExplainer } from '../../../src/core/analysis/critical-paths.js';
import { toClassGraph } from '../../../src/core/graph/class-graph.js';
import { findStronglyConnected } from '../../../src/core/graph/strongly-connected.js';
import { findDependencyCone } from '../../../src/core/analysis/dependency-cone.js';
import { measureConcentration } from '../../../src/core/analysis/concentration.js';
import { membersOf } from '../../../src/core/graph/compiled-index.js';

type Term = string | { anyOf: Term[] } | { allOf: Term[] } | { atLeast: number; of: Term[] };
interface Spec {
  provider?: string;
  region?: string;
  zone?: string;
  account?: string;
  saas?: string;
  hosting?: string[];
  domains?: string[];
  requires?: Term[];
}
interface RandomManifest {
  components: Record<string, Spec>;
  capabilities: Record<string, { requires: Term[]; domains?: string[] }>;
}

// ---------------------------------------------------------------- generator

function generate(seed: number): RandomManifest {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const componentCount = 3 + Math.floor(next() * 7);
  const capabilityCount = 1 + Math.floor(next() * 3);
  const componentIds = Array.from({ length: componentCount }, (_, i) => `c${i}`);
  const capabilityIds = Array.from({ length: capabilityCount }, (_, i) => `k${i}`);
  const all = [...componentIds, ...capabilityIds];

  const term = (owner: string, depth: number): Term => {
    if (depth >= 2 || chance(0.55)) {
      let id = pick(all);
      while (id === owner) id = pick(all);
      return id;
    }
    const size = 1 + Math.floor(next() * 3);
    const terms = Array.from({ length: size }, () => term(owner, depth + 1));
    const kind = next();
    if (kind < 0.4) return { anyOf: terms };
    if (kind < 0.7) return { allOf: terms };
    return { atLeast: 1 + Math.floor(next() * size), of: terms };
  };
  const requires = (owner: string, max: number): Term[] => Array.from({ length: Math.floor(next() * (max + 1)) }, () => term(owner, 0));

  const components: Record<string, Spec> = {};
  for (const id of componentIds) {
    const spec: Spec = {};
    if (chance(0.7)) {
      spec.provider = pick(['aws', 'gcp']);
      if (chance(0.7)) spec.region = pick(spec.provider === 'aws' ? ['us-east-1', 'eu-west-1', 'ap-south-1'] : ['us-central1', 'europe-west1', 'asia-east1']);
      if (chance(0.3)) spec.zone = pick(['z1', 'z2']);
      if (chance(0.4)) spec.account = pick(['a1', 'a2']);
    }
    if (chance(0.25)) {
      spec.saas = pick(['v1', 'v2']);
      if (chance(0.5)) spec.hosting = [pick(['aws', 'aws/us-east-1', 'gcp/europe-west1', 'own'])];
    }
    if (chance(0.2)) spec.domains = [pick(['d1', 'd2'])];
    // Leaves are common, so that failures have somewhere to start.
    const reqs = chance(0.4) ? [] : requires(id, 3);
    if (reqs.length > 0) spec.requires = reqs;
    components[id] = spec;
  }
  const capabilities: RandomManifest['capabilities'] = {};
  for (const id of capabilityIds) {
    const reqs = requires(id, 3);
    capabilities[id] = { requires: reqs.length > 0 ? reqs : [pick(componentIds)] };
    if (chance(0.1)) capabilities[id]!.domains = ['d1'];
  }
  return { components, capabilities };
}

/**
 * The same manifests with some components copied: each picked component becomes
 * 2 to 6 identical copies (same domains, same requirements), and every reference
 * to it a group over the copies (any of them, all, or at least k), so the copies
 * share their parents and fold into one class; now and then one copy is also
 * named alone, which keeps it out of the class.
 */
function generateWithCopies(seed: number): RandomManifest {
  const m = generate(seed);
  const next = random(seed ^ 0xc0c0);
  const ids = Object.keys(m.components);
  const copied = new Map<string, string[]>();
  for (const id of ids) {
    if (next() < 0.35) copied.set(id, Array.from({ length: 2 + Math.floor(next() * 5) }, (_, i) => `${id}x${i}`));
  }
  const replace = (term: Term): Term => {
    if (typeof term !== 'string') {
      if ('anyOf' in term) return { anyOf: term.anyOf.map(replace) };
      if ('allOf' in term) return { allOf: term.allOf.map(replace) };
      return { atLeast: term.atLeast, of: term.of.map(replace) };
    }
    const copies = copied.get(term);
    if (copies === undefined) return term;
    const kind = next();
    if (kind < 0.1) return copies[0]!;
    if (kind < 0.45) return { anyOf: copies };
    if (kind < 0.7) return { allOf: copies };
    return { atLeast: 1 + Math.floor(next() * copies.length), of: copies };
  };
  const components: Record<string, Spec> = {};
  for (const [id, spec] of Object.entries(m.components)) {
    const mapped: Spec = spec.requires === undefined ? { ...spec } : { ...spec, requires: spec.requires.map(replace) };
    for (const copy of copied.get(id) ?? [id]) components[copy] = mapped;
  }
  const capabilities: RandomManifest['capabilities'] = {};
  for (const [id, spec] of Object.entries(m.capabilities)) capabilities[id] = { ...spec, requires: spec.requires.map(replace) };
  return { components, capabilities };
}

// ---------------------------------------------------------------- reference

function domainsOf(spec: Spec): Set<string> {
  const domains = new Set<string>();
  if (spec.provider) domains.add(`provider:${spec.provider}`);
  if (spec.provider && spec.region) domains.add(`region:${spec.provider}/${spec.region}`);
  if (spec.provider && spec.zone) domains.add(`zone:${spec.provider}/${spec.zone}`);
  if (spec.provider && spec.account) domains.add(`account:${spec.provider}/${spec.account}`);
  if (spec.saas) domains.add(`vendor:${spec.saas}`);
  for (const entry of spec.hosting ?? []) {
    const [provider, region] = entry.split('/');
    if (provider !== spec.saas || region) domains.add(`provider:${provider}`);
    if (region) domains.add(`region:${provider}/${region}`);
  }
  for (const name of spec.domains ?? []) domains.add(`custom:${name}`);
  return domains;
}

interface Reference {
  ids: string[];
  capabilityIds: string[];
  requires: Map<string, Term[]>;
  domains: Map<string, Set<string>>;
  allDomains: string[];
}

function reference(m: RandomManifest): Reference {
  const requires = new Map<string, Term[]>();
  const domains = new Map<string, Set<string>>();
  for (const [id, spec] of Object.entries(m.components)) {
    requires.set(id, spec.requires ?? []);
    domains.set(id, domainsOf(spec));
  }
  for (const [id, spec] of Object.entries(m.capabilities)) {
    requires.set(id, spec.requires);
    domains.set(id, domainsOf({ domains: spec.domains ?? [] }));
  }
  const allDomains = [...new Set([...domains.values()].flatMap((set) => [...set]))].sort();
  return { ids: [...requires.keys()], capabilityIds: Object.keys(m.capabilities).sort(), requires, domains, allDomains };
}

/** Kleene iteration of "down" from the failures: the least fixed point. */
function downUnder(ref: Reference, failed: Set<string>): Set<string> {
  const down = new Set<string>();
  for (const id of ref.ids) {
    if (failed.has(id) || [...ref.domains.get(id)!].some((d) => failed.has(d))) down.add(id);
  }
  const holds = (term: Term): boolean => {
    if (typeof term === 'string') return !down.has(term);
    if ('anyOf' in term) return term.anyOf.some(holds);
    if ('allOf' in term) return term.allOf.every(holds);
    return term.of.filter(holds).length >= term.atLeast;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of ref.ids) {
      if (!down.has(id) && !ref.requires.get(id)!.every(holds)) {
        down.add(id);
        changed = true;
      }
    }
  }
  return down;
}

function referenceCutSets(ref: Reference, capability: string, maxOrder: number): string[][] {
  const found: string[][] = [];
  const isCut = (set: string[]) => downUnder(ref, new Set(set)).has(capability);
  const choose = (start: number, picked: string[], size: number): void => {
    if (picked.length === size) {
      if (isCut(picked) && !found.some((smaller) => smaller.every((d) => picked.includes(d)))) found.push([...picked]);
      return;
    }
    for (let i = start; i < ref.allDomains.length; i++) choose(i + 1, [...picked, ref.allDomains[i]!], size);
  };
  for (let size = 1; size <= maxOrder; size++) choose(0, [], size);
  return found.map((set) => [...set].sort()).sort(compareSets);
}

function compareSets(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.join('\u0000');
  const y = b.join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

function toManifest(m: RandomManifest) {
  return { version: 1, name: 'random', components: m.components, capabilities: m.capabilities };
}

// ---------------------------------------------------------------- tests

const seeds = Array.from({ length: 600 }, (_, i) => i + 1);

describe('analyze against the brute-force reference', () => {
  it('agrees on SPOF components, SPOF domains and minimal cut sets up to order 2 for 600 random manifests', () => {
    let withCycles = 0;
    let withAtLeast = 0;
    for (const seed of seeds) {
      const m = generate(seed);
      const ref = reference(m);
      const text = JSON.stringify(m);
      if (text.includes('atLeast')) withAtLeast++;
      if (hasCycle(ref)) withCycles++;
      const analysis = analyzeManifest(toManifest(m), { maxOrder: 2 });
      for (const capability of analysis.capabilities) {
        const k = capability.id;
        const spofComponents = ref.ids.filter((c) => c !== k && downUnder(ref, new Set([c])).has(k)).sort();
        const spofDomains = ref.allDomains.filter((d) => downUnder(ref, new Set([d])).has(k));
        const context = `seed ${seed}, capability ${k}: ${text}`;
        expect(capability.spofComponents, context).toEqual(spofComponents);
        expect(capability.spofDomains, context).toEqual(spofDomains);
        expect(capability.status, context).toBe(spofDomains.length > 0 ? 'spof' : 'resilient');
        const cutSets = referenceCutSets(ref, k, 2);
        expect(capability.cutSets, context).toEqual(cutSets);
        expect(capability.minCut, context).toBe(cutSets[0]?.length ?? null);
      }
    }
    // The generator must really produce the hard cases, or this test proves little.
    expect(withCycles).toBeGreaterThan(100);
    expect(withAtLeast).toBeGreaterThan(100);
  });

  it('agrees on minimal cut sets of order 3 for 150 random manifests', () => {
    for (const seed of seeds.slice(0, 150)) {
      const m = generate(seed * 7919);
      const ref = reference(m);
      const analysis = analyzeManifest(toManifest(m), { maxOrder: 3 });
      for (const capability of analysis.capabilities) {
        expect(capability.cutSets, `seed ${seed * 7919} ${capability.id}`).toEqual(referenceCutSets(ref, capability.id, 3));
      }
    }
  });

  it('explains every SPOF domain by the component of it that alone takes the capability down, or by a tree when none does', () => {
    for (const seed of seeds.slice(0, 200)) {
      const m = generate(seed);
      const ref = reference(m);
      for (const capability of analyzeManifest(toManifest(m)).capabilities) {
        expect(capability.paths.map((p) => p.domain)).toEqual(capability.spofDomains);
        for (const explanation of capability.paths) {
          checkExplanation(ref, capability.id, new Set([explanation.domain]), explanation, `seed ${seed}, ${capability.id} with ${explanation.domain}: ${JSON.stringify(m)}`);
        }
      }
    }
  });
});

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

/** Scanned resources in a few places, selected into services with every redundancy, and capabilities over the services. */
function generateEstate(seed: number): { manifest: unknown; resources: Resource[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const services = Array.from({ length: 2 + Math.floor(next() * 4) }, (_, i) => `svc${i}`);
  const resources: Resource[] = [];
  for (let i = 0; i < 10 + Math.floor(next() * 40); i++) {
    const region = pick(['us-east-1', 'eu-west-1']);
    resources.push(resource(`arn:aws:ec2:${region}:111122223333:instance/i-${i}`, { region, zone: `${region}-az${1 + Math.floor(next() * 2)}`, account: '111122223333', tags: { service: pick(services) } }));
  }
  const used = services.filter((service) => resources.some((r) => r.tags?.service === service));
  const components: Record<string, unknown> = { platform: { provider: 'aws', region: 'us-east-1' } };
  for (const service of used) components[service] = { select: { tags: { service } }, redundancy: pick(['all', 'any', 'any-region', 'any-zone']) };
  const capabilities: Record<string, unknown> = {};
  for (let c = 0; c < 1 + Math.floor(next() * 3); c++) {
    const needs = used.filter(() => next() < 0.5);
    const group = next() < 0.5 && used.length >= 2 ? [{ atLeast: 1 + Math.floor(next() * used.length), of: used }] : [];
    capabilities[`k${c}`] = { requires: [...needs, ...group, ...(needs.length + group.length === 0 ? ['platform'] : [])] };
  }
  return { manifest: { version: 1, name: 'estate', components, capabilities }, resources };
}

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
  return folded;
}

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
      const classes = toClassGraph(index, prepared.folded);
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

describe('the gate against the brute-force reference', () => {
  it('gives every capability a region takes down at least one dependency in that region, and only such', () => {
    let pairs = 0;
    for (const seed of seeds.slice(0, 300)) {
      const m = generate(seed);
      const ref = reference(m);
      const prepared = prepareManifest(toManifest(m));
      for (const region of ref.allDomains.filter((domain) => domain.startsWith('region:'))) {
        const down = downUnder(ref, new Set([region]));
        const found = findSingleRegionDependencies(prepared, region);
        const context = `seed ${seed}, ${region}: ${JSON.stringify(m)}`;
        for (const capability of ref.capabilityIds) {
          const mine = found.filter((pair) => pair.capability === capability);
          // A capability the region takes down never passes the gate silently.
          expect(mine.length > 0, `${context}: ${capability}`).toBe(down.has(capability) && !ref.domains.get(capability)!.has(region));
          for (const pair of mine) {
            expect(ref.domains.get(pair.component)!.has(region), context).toBe(true);
            checkChain(ref, pair.path, down, context);
          }
          pairs += mine.length;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});

describe('simulate against the brute-force reference', () => {
  it('takes down exactly the least fixed point for 1,800 random scenarios, each explained by its real cause', () => {
    let trees = 0;
    let singles = 0;
    for (const seed of seeds) {
      const m = generate(seed);
      const ref = reference(m);
      const next = random(seed ^ 0x5eed);
      const pool = [...ref.allDomains, ...Object.keys(m.components)];
      if (pool.length === 0) continue;
      // Three scenarios per manifest, of one to four failures.
      for (let draw = 0; draw < 3; draw++) {
        const fail = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pool[Math.floor(next() * pool.length)]!))];
        const simulation = simulateManifest(toManifest(m), fail);
        const down = downUnder(ref, new Set(fail));
        const context = `seed ${seed}, fail ${fail.join(' ')}: ${JSON.stringify(m)}`;
        expect(simulation.down, context).toEqual([...down].filter((id) => !ref.capabilityIds.includes(id)).sort());
        for (const capability of simulation.capabilities) {
          expect(capability.status === 'down', context).toBe(down.has(capability.id));
          if (capability.status !== 'down') continue;
          checkExplanation(ref, capability.id, new Set(fail), capability, context);
          if (capability.tree === undefined || capability.cause !== undefined) expect(fail).toContain(capability.cause);
          if (capability.tree === undefined) singles++;
          else trees++;
        }
      }
    }
    // Both kinds of explanation must really occur, or this test proves little.
    expect(trees).toBeGreaterThan(30);
    expect(singles).toBeGreaterThan(300);
  });
});

/** The ids a term names, however deep. */
function refs(term: Term): string[] {
  return typeof term === 'string' ? [term] : 'anyOf' in term ? term.anyOf.flatMap(refs) : 'allOf' in term ? term.allOf.flatMap(refs) : term.of.flatMap(refs);
}

interface Tree {
  path: string[];
  group?: string;
  cause?: string;
  alternatives?: { need: number; of: number; failedCount: number; failed: Tree[] };
  repeated?: true;
}

/**
 * The explanation contract, checked by brute force: when some directly failed
 * component takes the root down on its own, the path ends at one, every step of it
 * falls with that component alone, and there is no tree; when none does, a tree
 * whose leaves failed directly and whose groups lost enough alternatives to fail.
 */
function checkExplanation(ref: Reference, root: string, failed: Set<string>, explanation: { path: string[]; tree?: Tree }, context: string): void {
  const down = downUnder(ref, failed);
  const isDirect = (id: string) => failed.has(id) || [...ref.domains.get(id)!].some((d) => failed.has(d));
  const alone = ref.ids.filter((id) => down.has(id) && isDirect(id) && downUnder(ref, new Set([id])).has(root));
  const { path, tree } = explanation;
  expect(path[0], context).toBe(root);
  checkChain(ref, path, down, context);
  if (alone.length > 0) {
    expect(tree, context).toBeUndefined();
    const cause = path[path.length - 1]!;
    expect(alone, context).toContain(cause);
    const underCause = downUnder(ref, new Set([cause]));
    for (const id of path) expect(underCause.has(id), `${context}: ${id} on the way to ${cause}`).toBe(true);
    return;
  }
  expect(tree, context).toBeDefined();
  expect(tree!.path[0], context).toBe(root);
  checkTree(ref, tree!, down, isDirect, failed, context);
}

function checkChain(ref: Reference, path: readonly string[], down: Set<string>, context: string): void {
  for (const id of path) expect(down.has(id), `${context}: ${id} is down`).toBe(true);
  for (let i = 0; i + 1 < path.length; i++) expect(ref.requires.get(path[i]!)!.flatMap(refs), `${context}: ${path[i]} needs ${path[i + 1]}`).toContain(path[i + 1]);
}

function checkTree(ref: Reference, tree: Tree, down: Set<string>, isDirect: (id: string) => boolean, failed: Set<string>, context: string): void {
  checkChain(ref, tree.path, down, context);
  if (tree.repeated) return;
  if (tree.alternatives === undefined) {
    const last = tree.path[tree.path.length - 1]!;
    expect(isDirect(last), `${context}: ${last} failed directly`).toBe(true);
    expect(failed.has(tree.cause!) && (tree.cause === last || ref.domains.get(last)!.has(tree.cause!)), context).toBe(true);
    return;
  }
  const { need, of, failedCount, failed: branches } = tree.alternatives;
  expect(failedCount, context).toBeGreaterThanOrEqual(of - need + 1);
  expect(branches.length, context).toBeLessThanOrEqual(Math.min(failedCount, 8));
  for (const branch of branches) checkTree(ref, branch, down, isDirect, failed, context);
}

function hasCycle(ref: Reference): boolean {
  const state = new Map<string, number>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 1) return true;
    if (state.get(id) === 2) return false;
    state.set(id, 1);
    const found = ref.requires.get(id)!.flatMap(refs).some(visit);
    state.set(id, 2);
    return found;
  };
  return ref.ids.some(visit);
}
