/**
 * Seeded random manifests for the engine's property tests, and a brute-force
 * reference written from DESIGN section 2 alone, as plainly as possible: derive each
 * component's domains, iterate the requirement to a fixed point from the failures,
 * try every single failure and every pair.
 */
import { expect } from 'vitest';
import type { Resource } from '../../src/core/inventory.js';
import { random, resource } from './pipeline.js';


export type Term = string | { anyOf: Term[] } | { allOf: Term[] } | { atLeast: number; of: Term[] };
export interface Spec {
  provider?: string;
  region?: string;
  zone?: string;
  account?: string;
  saas?: string;
  hosting?: string[];
  domains?: string[];
  requires?: Term[];
}
export interface RandomManifest {
  components: Record<string, Spec>;
  capabilities: Record<string, { requires: Term[]; domains?: string[] }>;
}

// ---------------------------------------------------------------- generator

export function generate(seed: number): RandomManifest {
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
export function generateWithCopies(seed: number): RandomManifest {
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

export function domainsOf(spec: Spec): Set<string> {
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

export interface Reference {
  ids: string[];
  capabilityIds: string[];
  requires: Map<string, Term[]>;
  domains: Map<string, Set<string>>;
  allDomains: string[];
}

export function reference(m: RandomManifest): Reference {
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
export function downUnder(ref: Reference, failed: Set<string>): Set<string> {
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

export function referenceCutSets(ref: Reference, capability: string, maxOrder: number): string[][] {
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

export function compareSets(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const x = a.join('\u0000');
  const y = b.join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

export function toManifest(m: RandomManifest) {
  return { version: 1, name: 'random', components: m.components, capabilities: m.capabilities };
}


/** The seeds every property test draws from. */
export const seeds = Array.from({ length: 600 }, (_, i) => i + 1);

/** Scanned resources in a few places, selected into services with every redundancy, and capabilities over the services. */
export function generateEstate(seed: number): { manifest: unknown; resources: Resource[] } {
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

/** The ids a term names, however deep. */
export function refs(term: Term): string[] {
  return typeof term === 'string' ? [term] : 'anyOf' in term ? term.anyOf.flatMap(refs) : 'allOf' in term ? term.allOf.flatMap(refs) : term.of.flatMap(refs);
}

export interface Tree {
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
export function checkExplanation(ref: Reference, root: string, failed: Set<string>, explanation: { path: string[]; tree?: Tree }, context: string): void {
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

export function checkChain(ref: Reference, path: readonly string[], down: Set<string>, context: string): void {
  for (const id of path) expect(down.has(id), `${context}: ${id} is down`).toBe(true);
  for (let i = 0; i + 1 < path.length; i++) expect(ref.requires.get(path[i]!)!.flatMap(refs), `${context}: ${path[i]} needs ${path[i + 1]}`).toContain(path[i + 1]);
}

export function checkTree(ref: Reference, tree: Tree, down: Set<string>, isDirect: (id: string) => boolean, failed: Set<string>, context: string): void {
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

export function hasCycle(ref: Reference): boolean {
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
