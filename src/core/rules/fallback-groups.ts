/**
 * Fallback groups (an anyOf, or a k-of-n with two or more alternatives, that some
 * capability depends on) and, for each, the control-plane capabilities its
 * alternatives go through: a manual fallback needs a deploy or a sign-in.
 * Shared by fallback-shares-fate and manual-fallback-needs-control-plane, so a
 * group is reported by the more specific rule only.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import type { RuleContext } from './types.js';

export interface FallbackGroup {
  gate: number;
  owner: string;
  alternatives: Int32Array;
  capabilities: string[];
  /** Control-plane capabilities some alternative needs (ids, sorted). */
  controlPlanes: string[];
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
    const capabilities = context.dependents(gate);
    if (capabilities.length === 0) continue;
    const id = index.ids[gate]!;
    groups.push({ gate, owner: id.slice(0, id.lastIndexOf('#')), alternatives, capabilities, controlPlanes: controlCapabilities.size === 0 ? [] : reachedControlPlanes(index, alternatives, controlCapabilities) });
  }
  cache.set(context.index, groups);
  return groups;
}

function reachedControlPlanes(index: CompiledIndex, starts: Int32Array, targets: ReadonlySet<number>): string[] {
  const seen = new Set<number>(starts);
  const stack = [...starts];
  const found: string[] = [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (targets.has(v)) {
      found.push(index.ids[v]!);
      continue;
    }
    for (let e = index.childOffsets[v]!; e < index.childOffsets[v + 1]!; e++) {
      const child = index.children[e]!;
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return found.sort();
}

/** A readable name for an alternative: a component id, or a group as `(a + b)` / `(a | b)`. */
export function describeAlternative(index: CompiledIndex, v: number): string {
  if (v < index.componentCount) return index.ids[v]!;
  const members = index.children.subarray(index.childOffsets[v]!, index.childOffsets[v + 1]!);
  const parts = Array.from(members.subarray(0, 3), (member) => describeAlternative(index, member));
  const rest = members.length > 3 ? ` + ${members.length - 3} more` : '';
  return members.length === 1 ? parts[0]! : `(${parts.join(index.threshold[v] === 1 ? ' + ' : ' | ')}${rest})`;
}
