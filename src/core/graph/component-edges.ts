/**
 * The requirement graph between components, as the report page draws it: an edge
 * from a component to each component it needs, directly or through its groups of
 * alternatives (the groups themselves are not nodes), once per pair. Compressed
 * rows: the targets of component v are `targets[offsets[v]..offsets[v + 1]]`.
 */
import type { CompiledIndex } from './compiled-index.js';

export interface ComponentEdges {
  offsets: Int32Array;
  targets: Int32Array;
}

export function findComponentEdges(index: CompiledIndex): ComponentEdges {
  const n = index.componentCount;
  const offsets = new Int32Array(n + 1);
  const targets: number[] = [];
  // Stamped with the component being expanded, so each pair is added once without clearing a set.
  const seenFor = new Int32Array(index.size).fill(-1);
  const stack: number[] = [];
  const { childOffsets, children } = index;
  for (let v = 0; v < n; v++) {
    stack.push(v);
    while (stack.length > 0) {
      const parent = stack.pop()!;
      for (let e = childOffsets[parent]!; e < childOffsets[parent + 1]!; e++) {
        const child = children[e]!;
        if (seenFor[child] === v) continue;
        seenFor[child] = v;
        if (child >= n) stack.push(child);
        else if (child !== v) targets.push(child);
      }
    }
    offsets[v + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets) };
}
