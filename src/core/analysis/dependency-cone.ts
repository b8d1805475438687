/**
 * The nodes a set of roots depends on, transitively (roots included).
 */
import { childrenOf, type CompiledIndex } from '../graph/compiled-index.js';

export function findDependencyCone(index: CompiledIndex, roots: Iterable<number>): Uint8Array {
  const inCone = new Uint8Array(index.size);
  const stack: number[] = [];
  for (const root of roots) {
    if (!inCone[root]) {
      inCone[root] = 1;
      stack.push(root);
    }
  }
  while (stack.length > 0) {
    for (const child of childrenOf(index, stack.pop()!)) {
      if (!inCone[child]) {
        inCone[child] = 1;
        stack.push(child);
      }
    }
  }
  return inCone;
}
