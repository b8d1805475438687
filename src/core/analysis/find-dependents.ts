/**
 * The capabilities that depend on any of the given nodes: walk parents upwards.
 */
import { parentsOf, type CompiledIndex } from '../graph/compiled-index.js';

export function findDependentCapabilities(index: CompiledIndex, starts: Iterable<number>, isCapability: (v: number) => boolean): number[] {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const v of starts) {
    if (!seen.has(v)) {
      seen.add(v);
      stack.push(v);
    }
  }
  const found: number[] = [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (isCapability(v)) found.push(v);
    for (const parent of parentsOf(index, v)) {
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  return found;
}
