/**
 * Single-region dependencies (the CI gate's unit): a pair (capability K,
 * component c) such that c is in region R (its data plane, or a control plane
 * located there) and R's failure takes K down through c: under the scenario
 * {R}, a chain of down dependencies runs from K to c. A component whose failure is
 * covered by an alternative outside R is never reached, so it is not a pair.
 *
 * A member of R that would be down anyway, because what it needs fell regardless
 * of it, is not a pair itself: three redirect servers that all read one table in
 * us-east-1 make the table the dependency, not the us-east-1 server. "Regardless
 * of it" is read off the graph: a child outside c's strongly connected component
 * cannot depend on c, so its failure does not rest on c's.
 */
import { propagateFailures } from '../analysis/propagate-failures.js';
import { membersOf } from '../graph/compiled-index.js';
import { stronglyConnectedOf, type Prepared } from '../prepare.js';
import { compareText } from '../compare-text.js';

export interface RegionDependency {
  capability: string;
  component: string;
  /** The chain from the capability to the component. */
  path: string[];
}

export function findSingleRegionDependencies(prepared: Prepared, region: string): RegionDependency[] {
  const { index, isCapability } = prepared;
  const domain = index.domainIndexOf.get(region);
  if (domain === undefined) return [];
  const { down } = propagateFailures(index, { domains: [domain] });
  const inRegion = new Set(membersOf(index, domain));
  const cycles = stronglyConnectedOf(prepared);
  const isOverdetermined = (c: number) => {
    let fallen = 0;
    for (let e = index.childOffsets[c]!; e < index.childOffsets[c + 1]!; e++) {
      const child = index.children[e]!;
      if (down[child] && cycles[child] !== cycles[c]) fallen++;
    }
    return fallen >= index.threshold[c]!;
  };
  const pairs: RegionDependency[] = [];
  for (const k of index.capabilities) {
    if (!down[k]) continue;
    // Breadth first through down nodes: every member of the region reached is a reason, with its shortest chain.
    const previous = new Map<number, number>([[k, -1]]);
    const queue = [k];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      if (inRegion.has(v) && v !== k && !isCapability(v) && !isOverdetermined(v)) {
        const path: string[] = [];
        for (let at = v; at !== -1; at = previous.get(at)!) if (at < index.componentCount) path.push(index.ids[at]!);
        pairs.push({ capability: index.ids[k]!, component: index.ids[v]!, path: path.reverse() });
      }
      for (let e = index.childOffsets[v]!; e < index.childOffsets[v + 1]!; e++) {
        const child = index.children[e]!;
        if (down[child] && !previous.has(child)) {
          previous.set(child, v);
          queue.push(child);
        }
      }
    }
  }
  return pairs.sort((a, b) => compareText(a.capability, b.capability) || compareText(a.component, b.component));
}
