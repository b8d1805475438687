/**
 * The capabilities that depend on any of the given nodes: walk parents upwards.
 * A few starting nodes walk with a set (touching only what is above them); many
 * (a whole region or provider) mark a typed array over the graph, which is cheaper.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import { markReachable } from './dependency-cone.js';

export function findDependentCapabilities(index: CompiledIndex, starts: ArrayLike<number>, isCapability: (v: number) => boolean): number[] {
  if (starts.length > 256) {
    const above = markReachable(index, Array.from(starts), 'up');
    return Array.from(index.capabilities).filter((k) => above[k] === 1);
  }
  const seen = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (!seen.has(starts[i]!)) {
      seen.add(starts[i]!);
      stack.push(starts[i]!);
    }
  }
  const found: number[] = [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (isCapability(v)) found.push(v);
    for (let e = index.parentOffsets[v]!; e < index.parentOffsets[v + 1]!; e++) {
      const parent = index.parents[e]!;
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  return found;
}

/**
 * The capabilities above each node, for many questions about single nodes (every
 * group of alternatives, every vendor): computed once per strongly connected
 * component (see strongly-connected.ts), each from the components above it, so a
 * large cycle costs its size once rather than once per question.
 *
 * With `limit`, each list keeps only the first `limit + 1` capabilities by id:
 * exactly the first `limit` of the whole list (the smallest of a union are among
 * the smallest of its parts), and one more when there are more. That keeps a long
 * chain of capabilities, each above the next, linear instead of quadratic.
 */
export function createDependentsLookup(index: CompiledIndex, component: Int32Array, isCapability: (v: number) => boolean, options: { limit?: number } = {}): (v: number) => readonly number[] {
  const keep = options.limit === undefined ? Infinity : options.limit + 1;
  const byId = (a: number, b: number) => (index.ids[a]! < index.ids[b]! ? -1 : index.ids[a]! > index.ids[b]! ? 1 : 0);
  const count = component.reduce((max, c) => Math.max(max, c + 1), 0);
  // Nodes of each component, by counting sort.
  const offsets = new Int32Array(count + 1);
  for (let v = 0; v < index.size; v++) offsets[component[v]! + 1]!++;
  for (let c = 0; c < count; c++) offsets[c + 1]! += offsets[c]!;
  const members = new Int32Array(index.size);
  const fill = offsets.slice(0, count);
  for (let v = 0; v < index.size; v++) members[fill[component[v]!]!++] = v;

  const done: Array<readonly number[] | undefined> = new Array(count);
  const parentsOf = (c: number): number[] => {
    const above = new Set<number>();
    for (let i = offsets[c]!; i < offsets[c + 1]!; i++) {
      const v = members[i]!;
      for (let e = index.parentOffsets[v]!; e < index.parentOffsets[v + 1]!; e++) {
        const p = component[index.parents[e]!]!;
        if (p !== c) above.add(p);
      }
    }
    return [...above];
  };
  const compute = (c: number): readonly number[] => {
    const found = new Set<number>();
    for (let i = offsets[c]!; i < offsets[c + 1]!; i++) if (isCapability(members[i]!)) found.add(members[i]!);
    for (const p of parentsOf(c)) for (const k of done[p]!) found.add(k);
    const sorted = [...found].sort(byId);
    return sorted.length > keep ? sorted.slice(0, keep) : sorted;
  };
  return (v) => {
    const target = component[v]!;
    if (done[target] !== undefined) return done[target]!;
    // Post-order over the components above, without recursion (chains can be long).
    const stack: number[] = [target];
    while (stack.length > 0) {
      const c = stack[stack.length - 1]!;
      if (done[c] !== undefined) {
        stack.pop();
        continue;
      }
      const pending = parentsOf(c).filter((p) => done[p] === undefined);
      if (pending.length === 0) {
        done[c] = compute(c);
        stack.pop();
      } else stack.push(...pending);
    }
    return done[target]!;
  };
}
