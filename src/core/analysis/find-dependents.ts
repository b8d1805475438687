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
