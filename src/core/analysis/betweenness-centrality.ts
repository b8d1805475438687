/**
 * Betweenness centrality over the requirement graph between components (see
 * component-edges.ts): for each component, the share of shortest dependency
 * chains between two other components that run through it. A component many
 * capabilities reach their resources through is a hub, whether or not it is a
 * single point of failure yet.
 *
 * Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
 * centrality", J. Math. Sociology 25(2), 2001): a breadth-first search from each
 * source counts shortest paths (sigma), and dependencies (delta) flow back along
 * them. Normalised as graphology-metrics' `betweennessCentrality` is for a
 * directed graph, by (n - 1)(n - 2), and tested against it.
 *
 * Written here rather than called from graphology-metrics (whose
 * `betweennessCentrality` the tests compare it with, value for value) because its
 * Brandes routine resets the state of every node, and allocates a fresh
 * predecessor list for each, at every source: Θ(n²) time and n² allocations
 * whatever the graph. Measured on the component graphs of the benchmark's
 * estates (bench/generate-estate.mjs; one core of a 2-core AMD EPYC, node 20):
 *
 *   components   graphology-metrics 2.4.2   here
 *        2,045          60 ms                 3 ms
 *        5,111         308 ms                14 ms
 *       10,221         923 ms                20 ms
 *       20,441       4,044 ms                15 ms
 *       40,881     485,154 ms                16 ms
 *      102,201     (not run)                 37 ms
 *
 * Requirement graphs are shallow and sparse, so a search from one source reaches
 * few nodes: here each search touches and resets only what it reached. A deep
 * graph (a chain of 20,000 components) still costs n² steps; past a budget (10
 * million edge visits: 0.5 s for that chain) the sources searched are a fixed random
 * sample and the result is scaled to an estimate, as Brandes and Pich do
 * ("Centrality estimation in large networks", Int. J. Bifurcation and Chaos
 * 17(7), 2007), and says so.
 */
import type { ComponentEdges } from '../graph/component-edges.js';
import { random } from '../random.js';

export interface Betweenness {
  /** Per component, its normalised betweenness. */
  values: Float64Array;
  /** True when the budget was reached and the values are estimated from a sample of sources. */
  estimated: boolean;
}

/** Edge visits after which the remaining sources are left out and the result is scaled. */
export const defaultBudget = 10_000_000;

export function measureBetweenness(edges: ComponentEdges, options: { budget?: number } = {}): Betweenness {
  const { offsets, targets } = edges;
  const n = offsets.length - 1;
  const values = new Float64Array(n);
  if (n < 3) return { values, estimated: false };
  const budget = options.budget ?? defaultBudget;
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // Shortest-path edges of one search, in the order found: read backwards, every
  // edge out of a node comes before the edges into it, so its delta is complete.
  let fromOf: Int32Array = new Int32Array(1024);
  let toOf: Int32Array = new Int32Array(1024);
  let work = 0;
  let searched = 0;
  const sources = sourceOrder(n);
  // Indexed loops here and below: over a hundred thousand components, an iterator or a
  // destructuring swap allocates per step.
  for (let at = 0; at < n; at++) {
    const s = sources[at]!;
    if (work > budget) break;
    searched++;
    if (offsets[s] === offsets[s + 1]) continue;
    let reached = 0;
    let pairs = 0;
    order[reached++] = s;
    distance[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        work++;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          order[reached++] = w;
        }
        if (distance[w] === distance[v]! + 1) {
          sigma[w]! += sigma[v]!;
          if (pairs === fromOf.length) {
            fromOf = grow(fromOf);
            toOf = grow(toOf);
          }
          fromOf[pairs] = v;
          toOf[pairs++] = w;
        }
      }
    }
    for (let p = pairs - 1; p >= 0; p--) {
      const v = fromOf[p]!;
      const w = toOf[p]!;
      delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
    }
    for (let i = 0; i < reached; i++) {
      const w = order[i]!;
      if (w !== s) values[w]! += delta[w]!;
      distance[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
  const scale = n / searched / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) values[v]! *= scale;
  return { values, estimated: searched < n };
}

/** Every source once, in a fixed shuffled order, so that the first ones searched are a fair sample. */
function sourceOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const next = random(0x5eed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swapped = order[i]!;
    order[i] = order[j]!;
    order[j] = swapped;
  }
  return order;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
