/**
 * Reachability over requirement edges, in either direction: `'down'` marks what
 * the starting nodes depend on (their dependency cone), `'up'` what depends on them.
 * Starting nodes are marked too.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';

export function markReachable(index: CompiledIndex, starts: Iterable<number>, direction: 'down' | 'up'): Uint8Array {
  const [offsets, edges] = direction === 'down' ? [index.childOffsets, index.children] : [index.parentOffsets, index.parents];
  const marked = new Uint8Array(index.size);
  const stack: number[] = [];
  for (const start of starts) {
    if (!marked[start]) {
      marked[start] = 1;
      stack.push(start);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const next = edges[e]!;
      if (!marked[next]) {
        marked[next] = 1;
        stack.push(next);
      }
    }
  }
  return marked;
}

/** The nodes the roots depend on, transitively (roots included). */
export function findDependencyCone(index: CompiledIndex, roots: Iterable<number>): Uint8Array {
  return markReachable(index, roots, 'down');
}
