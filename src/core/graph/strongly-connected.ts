/**
 * Strongly connected components of the requirement graph (Tarjan's algorithm,
 * iterative so that a long cycle cannot overflow the stack): which nodes lie on a
 * dependency cycle together. Returns, per node, the number of its component;
 * nodes share a number exactly when each can reach the other.
 * Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1972.
 */
import type { CompiledIndex } from './compiled-index.js';

export function findStronglyConnected(index: CompiledIndex): Int32Array {
  const { size, childOffsets, children } = index;
  const component = new Int32Array(size).fill(-1);
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  // The depth-first path: a node and how far through its children it is.
  const path: number[] = [];
  const next: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < size; root++) {
    if (order[root] !== -1) continue;
    path.push(root);
    next.push(childOffsets[root]!);
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const v = path[path.length - 1]!;
      const e = next[next.length - 1]!;
      if (e < childOffsets[v + 1]!) {
        next[next.length - 1] = e + 1;
        const child = children[e]!;
        if (order[child] === -1) {
          order[child] = low[child] = counter++;
          stack.push(child);
          onStack[child] = 1;
          path.push(child);
          next.push(childOffsets[child]!);
        } else if (onStack[child]) {
          low[v] = Math.min(low[v]!, order[child]!);
        }
        continue;
      }
      path.pop();
      next.pop();
      const parent = path[path.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}
