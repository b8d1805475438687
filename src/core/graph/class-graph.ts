/**
 * The graph that questions of reachability and counting are asked on: the folded
 * index when there is one (see fold-index.ts), else the full index, each node with
 * the number of full nodes it stands for.
 *
 * Members of a class have the same parents and the same children (the very same
 * nodes, not only the same classes) and the same domains. So a node is above or
 * below another exactly when its class is above or below the other's, a domain's
 * members are in a cone exactly when their classes are, and counting members is
 * counting classes by their size. Capabilities and groups are always alone in
 * their class, so a capability class names its capability by the same id.
 */
import type { CompiledIndex } from './compiled-index.js';
import type { FoldedIndex } from './fold-index.js';

export interface ClassGraph {
  index: CompiledIndex;
  /** Full node -> its node here. */
  classOf: Int32Array;
  /** Node here -> how many full nodes it stands for. */
  sizes: Int32Array;
  isCapability: (c: number) => boolean;
}

/** `isCapability` is the full index's test (prepare has it), used as it is when nothing is folded. */
export function toClassGraph(full: CompiledIndex, folded: FoldedIndex | undefined, isCapability: (v: number) => boolean): ClassGraph {
  if (folded === undefined) return { index: full, classOf: Int32Array.from({ length: full.size }, (_, v) => v), sizes: new Int32Array(full.size).fill(1), isCapability };
  const { index } = folded;
  const sizes = new Int32Array(index.size);
  for (let c = 0; c < index.size; c++) sizes[c] = folded.classOffsets[c + 1]! - folded.classOffsets[c]!;
  const capabilityFlags = new Uint8Array(index.size);
  for (const k of index.capabilities) capabilityFlags[k] = 1;
  return { index, classOf: folded.classOf, sizes, isCapability: (c) => capabilityFlags[c] === 1 };
}
