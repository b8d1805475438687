/**
 * Fallback groups (an anyOf, or a k-of-n with two or more alternatives, that some
 * capability depends on) and, for each, the control-plane capabilities that make
 * it a manual fallback: one that some alternative itself needs (a deploy, a
 * sign-in) and not every alternative does. Three live replicas that all need a
 * service which has a manual fallback of its own are an automatic group: the
 * search stops at other groups, and a need common to every alternative is not
 * what switching between them takes.
 * Shared by fallback-shares-fate and manual-fallback-needs-control-plane, so a
 * group is reported by the more specific rule only.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import type { RuleContext } from './types.js';

export interface FallbackGroup {
  gate: number;
  owner: string;
  alternatives: Int32Array;
  /** The first 20 capabilities (by id) that depend on the group. */
  readonly capabilities: string[];
  /** More capabilities than those depend on it. */
  readonly moreCapabilities: boolean;
  /** Control-plane capabilities some alternative needs (ids, sorted). */
  readonly controlPlanes: string[];
}

const cache = new WeakMap<CompiledIndex, FallbackGroup[]>();

export function findFallbackGroups(context: RuleContext): FallbackGroup[] {
  const cached = cache.get(context.index);
  if (cached) return cached;
  const { index } = context;
  const controlCapabilities = new Set(context.model.components.filter((c) => c.kind === 'capability' && c.plane === 'control').map((c) => index.positionOf(c.id)!));
  const groups: FallbackGroup[] = [];
  for (let gate = index.componentCount; gate < index.size; gate++) {
    const alternatives = index.children.subarray(index.childOffsets[gate]!, index.childOffsets[gate + 1]!);
    if (index.threshold[gate]! < 2 || alternatives.length < 2) continue;
    if (!context.hasDependents(gate)) continue;
    const id = index.ids[gate]!;
    let dependents: { ids: string[]; more: boolean } | undefined;
    let controlPlanes: string[] | undefined;
    groups.push({
      gate,
      owner: id.slice(0, id.lastIndexOf('#')),
      alternatives,
      // Asked only of groups a finding is about: a large cycle of groups has many, each above every capability.
      get capabilities() {
        return (dependents ??= context.firstDependents(gate)).ids;
      },
      get moreCapabilities() {
        return (dependents ??= context.firstDependents(gate)).more;
      },
      get controlPlanes() {
        return (controlPlanes ??= controlCapabilities.size === 0 ? [] : switchingNeeds(index, alternatives, controlCapabilities));
      },
    });
  }
  cache.set(context.index, groups);
  return groups;
}

/** Control planes some alternative needs through plain requirements (not through another group), and not every one does. */
function switchingNeeds(index: CompiledIndex, alternatives: Int32Array, targets: ReadonlySet<number>): string[] {
  const reached = [...new Set(alternatives)].map((alternative) => reachedThroughNeeds(index, alternative, targets));
  const everywhere = reached.reduce((common, set) => new Set([...common].filter((v) => set.has(v))));
  const found = new Set<number>();
  for (const set of reached) for (const v of set) if (!everywhere.has(v)) found.add(v);
  return Array.from(found, (v) => index.ids[v]!).sort();
}

/** Targets reachable from `start` through nodes that need all their children (components and allOf groups). */
function reachedThroughNeeds(index: CompiledIndex, start: number, targets: ReadonlySet<number>): Set<number> {
  const seen = new Set<number>([start]);
  const stack = [start];
  const found = new Set<number>();
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (targets.has(v)) {
      found.add(v);
      continue;
    }
    if (index.threshold[v] !== 1) continue;
    for (let e = index.childOffsets[v]!; e < index.childOffsets[v + 1]!; e++) {
      const child = index.children[e]!;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return found;
}
