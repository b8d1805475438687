/**
 * What scanned and discovered resources need (DESIGN section 8): a resource's
 * `faultline:requires` tag, and the dependencies a discovery source found
 * (Terraform, a catalog, DNS logs), after the manifest's corrections. Starting from
 * the resources something in the manifest needs, what they need is needed too,
 * transitively. A discovered dependency is never dropped without a word: it becomes
 * a requirement with where it came from, or an ignored reference with why.
 */
import type { KeyPath, ManifestIssue } from '../errors.js';
import type { Dependency, IgnoredDependency, Resource } from '../inventory.js';
import type { DiscoveredNeed, IgnoredNeed, Requirement } from '../model.js';
import type { ResourceIndex } from '../resource-index.js';
import { didYouMean } from '../suggest.js';
import type { Manifest } from './schema.js';
import { requiresTag, taggedRequirements } from './tag-conventions.js';

export interface ResourceNeeds {
  /** Resource position -> its requirement terms. */
  requires: Map<number, Requirement[]>;
  discovered: Map<number, DiscoveredNeed[]>;
  ignored: Map<number, IgnoredNeed[]>;
}

export interface NeedsInput {
  resources: readonly Resource[];
  index: ResourceIndex;
  /** Resources something declared needs; grown here with what they need. */
  referenced: Uint8Array;
  /** Whether an id is a manifest component or capability. */
  isDeclared: (id: string) => boolean;
  dependencies: readonly Dependency[];
  ignored: readonly IgnoredDependency[];
  corrections: NonNullable<Manifest['dependencies']>;
}

export function findResourceNeeds(input: NeedsInput, issues: ManifestIssue[], warnings: string[]): ResourceNeeds {
  const { resources, index, referenced, isDeclared } = input;
  const { dependencies, ignoredByCorrection } = applyCorrections(input, issues, warnings);
  const bySource = new Map<number, Dependency[]>();
  for (const dependency of dependencies) {
    const from = index.positionOf(dependency.from);
    if (from === undefined) continue;
    const list = bySource.get(from);
    if (list) list.push(dependency);
    else bySource.set(from, [dependency]);
  }
  const ignored = new Map<number, IgnoredNeed[]>();
  for (const entry of [...input.ignored, ...ignoredByCorrection]) {
    const from = index.positionOf(entry.from);
    if (from === undefined) continue;
    ignored.set(from, [...(ignored.get(from) ?? []), withoutFrom(entry)]);
  }

  const requires = new Map<number, Requirement[]>();
  const discovered = new Map<number, DiscoveredNeed[]>();
  const queue: number[] = [];
  const reach = (position: number) => {
    if (referenced[position]) return;
    referenced[position] = 1;
    queue.push(position);
  };
  for (let i = 0; i < resources.length; i++) if (referenced[i]) queue.push(i);
  // Whether a target is known, reaching a resource it names; one function for every
  // resource rather than a closure per resource (a million of them with edges).
  const isKnown = (id: string): boolean => {
    if (isDeclared(id)) return true;
    const position = index.positionOf(id);
    if (position === undefined) return false;
    reach(position);
    return true;
  };
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    const resource = resources[i]!;
    let terms: Requirement[] | undefined;
    if (resource.tags?.[requiresTag] !== undefined) {
      for (const id of taggedRequirements(resource)) {
        if (isKnown(id)) (terms ??= []).push(id);
        else warnings.push(`${resource.id} is tagged ${requiresTag}=${id}, which is neither a component nor a scanned resource; that requirement is ignored`);
      }
    }
    const found = bySource.get(i);
    if (found === undefined) {
      if (terms !== undefined) requires.set(i, terms);
      continue;
    }
    for (const dependency of found) {
      const targets: string[] = [];
      for (const id of dependency.to) {
        if (isKnown(id)) targets.push(id);
        else warnings.push(`${resource.id} needs ${id} (${dependency.provenance}), which is neither a component nor a resource of the inventory; that requirement is ignored`);
      }
      if (targets.length === 0) continue;
      terms ??= [];
      if (dependency.alternatives && targets.length > 1) terms.push({ op: 'anyOf', terms: targets, origin: 'discovered', label: dependency.provenance });
      else for (const id of targets) terms.push(id);
    }
    if (terms !== undefined) requires.set(i, terms);
    const needs: DiscoveredNeed[] = new Array(found.length);
    for (let n = 0; n < found.length; n++) needs[n] = withoutFrom(found[n]!);
    discovered.set(i, needs);
  }
  return { requires, discovered, ignored };
}

/**
 * The manifest's corrections (`dependencies:`) applied to what sources found:
 * `ignore` and `soft` take a dependency out of the requirements (kept as ignored,
 * with the manifest's reason), `alternatives` says a resource's targets are
 * interchangeable. Names are resource ids or the addresses sources gave them. A
 * correction of resources the inventory holds that matches nothing discovered is an
 * error at its line: it would otherwise correct nothing, silently. One that names a
 * resource no source holds (a plan not applied yet) is a warning.
 */
function applyCorrections(input: NeedsInput, issues: ManifestIssue[], warnings: string[]): { dependencies: Dependency[]; ignoredByCorrection: IgnoredDependency[] } {
  let dependencies = [...input.dependencies];
  const ignoredByCorrection: IgnoredDependency[] = [];
  // A target a source made that is not a resource (a vendor a DNS source saw) is named by its id too.
  let mentionedIds: Set<string> | undefined;
  const mentioned = (id: string) => (mentionedIds ??= new Set(input.dependencies.flatMap((dependency) => [dependency.from, ...dependency.to]))).has(id);
  const resolve = createNameResolver(input.resources, input.index, (id) => input.isDeclared(id) || mentioned(id));
  input.corrections.forEach((correction, i) => {
    const path: KeyPath = ['dependencies', i];
    const named = [correction.from, ...('alternatives' in correction ? correction.alternatives : [correction.to])];
    const resolved = named.map((name) => resolve(name));
    const ambiguous = resolved.findIndex((entry) => entry.kind === 'ambiguous');
    if (ambiguous >= 0) {
      const entry = resolved[ambiguous] as Extract<Resolved, { kind: 'ambiguous' }>;
      issues.push({ path: [...path, ...namePath(correction, ambiguous)], message: `"${named[ambiguous]}" is the Terraform address of ${entry.ids.length} resources (${entry.ids.join(', ')})`, fix: 'name the one you mean by its id' });
      return;
    }
    // A resource no source read (a plan not applied yet, a state not read here) cannot be corrected: said, not fatal.
    const absent = resolved.map((entry, at) => (entry.kind === 'absent' ? at : -1)).filter((at) => at >= 0);
    if (absent.length > 0) {
      const names = absent.map((at) => `"${named[at]}"`).join(', ');
      const near = didYouMean(named[absent[0]!]!, new Set(input.dependencies.flatMap((dependency) => [dependency.from, ...dependency.to])));
      warnings.push(`dependencies[${i}] names ${names}, which no source of this inventory holds (not applied yet?); the correction waits until it does${near ? ` — ${near}` : ''}`);
      return;
    }
    const [from, ...targets] = resolved.map((entry) => (entry as Extract<Resolved, { kind: 'id' }>).id);
    const fromThere = dependencies.filter((dependency) => dependency.from === from);
    if (fromThere.length === 0) {
      const near = didYouMean(correction.from, new Set(input.dependencies.map((dependency) => dependency.from)));
      issues.push({ path: [...path, 'from'], message: `no discovered dependency starts at "${correction.from}"`, fix: near ?? 'name a resource by its id (an ARN, or terraform:<address>) or its Terraform address, as the sources give it' });
      return;
    }
    if ('alternatives' in correction) {
      const wanted = new Set(targets);
      const found = new Set(fromThere.flatMap((dependency) => dependency.to).filter((id) => wanted.has(id)));
      const missing = correction.alternatives.filter((_, at) => !found.has(targets[at]!));
      if (missing.length > 0) {
        issues.push({ path: [...path, 'alternatives'], message: `"${correction.from}" has no discovered dependency on ${missing.map((id) => `"${id}"`).join(', ')}`, fix: didYouMean(missing[0]!, new Set(fromThere.flatMap((dependency) => dependency.to))) ?? 'name targets the sources found' });
        return;
      }
      // The named targets leave the dependencies they were in, and come back as one group of alternatives.
      dependencies = dependencies.flatMap((dependency) => {
        if (dependency.from !== from) return [dependency];
        const rest = dependency.to.filter((id) => !wanted.has(id));
        return rest.length === 0 ? [] : [{ ...dependency, to: rest }];
      });
      dependencies.push({ from: from!, to: targets, alternatives: true, kind: 'declared', provenance: `the manifest (dependencies[${i}])${correction.reason ? `: ${correction.reason}` : ''}` });
      return;
    }
    const to = targets[0]!;
    const matching = fromThere.filter((dependency) => dependency.to.includes(to));
    if (matching.length === 0) {
      issues.push({ path: [...path, 'to'], message: `"${correction.from}" has no discovered dependency on "${correction.to}"`, fix: didYouMean(correction.to, new Set(fromThere.flatMap((dependency) => dependency.to))) ?? 'name a target the sources found' });
      return;
    }
    const reason = 'ignore' in correction ? `the manifest says it is not a run-time need: ${correction.ignore}` : `soft (the manifest: ${correction.soft}): losing it degrades, it does not stop`;
    dependencies = dependencies.flatMap((dependency) => {
      if (dependency.from !== from || !dependency.to.includes(to)) return [dependency];
      ignoredByCorrection.push({ ...dependency, to: [to], reason });
      const rest = dependency.to.filter((id) => id !== to);
      return rest.length === 0 ? [] : [{ ...dependency, to: rest }];
    });
  });
  return { dependencies, ignoredByCorrection };
}

type Resolved = { kind: 'id'; id: string } | { kind: 'absent' } | { kind: 'ambiguous'; ids: string[] };

/**
 * A name in a correction: a resource id as it is (an ARN, `terraform:<address>`), or the
 * address a source gave the resource (`aws_sqs_queue.audit`), which stays the same when
 * an apply gives the resource its ARN.
 */
function createNameResolver(resources: readonly Resource[], index: ResourceIndex, isKnownId: (id: string) => boolean): (name: string) => Resolved {
  let byAddress: Map<string, string[]> | undefined;
  return (name) => {
    if (index.positionOf(name) !== undefined || isKnownId(name)) return { kind: 'id', id: name };
    byAddress ??= addressesOf(resources);
    const ids = byAddress.get(name) ?? [];
    if (ids.length === 1) return { kind: 'id', id: ids[0]! };
    return ids.length === 0 ? { kind: 'absent' } : { kind: 'ambiguous', ids };
  };
}

function addressesOf(resources: readonly Resource[]): Map<string, string[]> {
  const byAddress = new Map<string, string[]>();
  for (const resource of resources) {
    for (const origin of resource.origins ?? []) {
      if (origin.address === undefined) continue;
      const ids = byAddress.get(origin.address) ?? [];
      if (!ids.includes(resource.id)) ids.push(resource.id);
      byAddress.set(origin.address, ids);
    }
  }
  return byAddress;
}

/** Where in a correction its n-th name is written: `from`, `to`, or `alternatives[k]`. */
function namePath(correction: NonNullable<Manifest['dependencies']>[number], n: number): KeyPath {
  if (n === 0) return ['from'];
  return 'alternatives' in correction ? ['alternatives', n - 1] : ['to'];
}

/**
 * A dependency as the needing component keeps it: without its own name, its other
 * fields in their order. Copied key by key: a spread and a `delete` would leave a
 * million objects in V8's slow dictionary mode.
 */
function withoutFrom<T extends { from: string }>(dependency: T): Omit<T, 'from'> {
  const copy: Record<string, unknown> = {};
  for (const key in dependency) if (key !== 'from' && Object.hasOwn(dependency, key)) copy[key] = dependency[key];
  return copy as Omit<T, 'from'>;
}
