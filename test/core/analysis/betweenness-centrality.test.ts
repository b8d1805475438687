/**
 * Betweenness over the requirement graph: tiny graphs worked by hand, the edge
 * cases, a reference computed from the definition (pairs of shortest-path
 * counts) on seeded random graphs, the estimate past the budget, and
 * graphology-metrics' own betweennessCentrality on the same graphs.
 */
import { DirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { measureBetweenness } from '../../../src/core/analysis/betweenness-centrality.js';
import { findComponentEdges, type ComponentEdges } from '../../../src/core/graph/component-edges.js';
import { analyzeManifest, manifestOf, prepareManifest, random } from '../../helpers/pipeline.js';

// A CommonJS module whose declarations say `export default`: imported from ESM, the
// default is the function itself, where TypeScript expects it under `.default`.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

function edgesOf(rows: number[][]): ComponentEdges {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, v) => (offsets[v + 1] = offsets[v]! + row.length));
  return { offsets, targets: Int32Array.from(rows.flat()) };
}

function randomRows(seed: number): number[][] {
  const next = random(seed);
  const n = 3 + Math.floor(next() * 25);
  return Array.from({ length: n }, (_, v) => [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * n)))].filter((w) => w !== v));
}

/** From the definition: sum over pairs s, t of the share of shortest s-t paths through v (sigma_sv * sigma_vt / sigma_st), normalised. */
function referenceBetweenness(rows: number[][]): number[] {
  const n = rows.length;
  const bfs = (s: number) => {
    const distance = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    distance[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of rows[v]!) {
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    return { distance, sigma };
  };
  const all = rows.map((_, s) => bfs(s));
  return rows.map((_, v) => {
    let sum = 0;
    for (let s = 0; s < n; s++) {
      for (let t = 0; t < n; t++) {
        if (s === v || t === v || s === t || all[s]!.distance[t] === -1) continue;
        if (all[s]!.distance[v]! >= 0 && all[v]!.distance[t]! >= 0 && all[s]!.distance[v]! + all[v]!.distance[t]! === all[s]!.distance[t]) {
          sum += (all[s]!.sigma[v]! * all[v]!.sigma[t]!) / all[s]!.sigma[t]!;
        }
      }
    }
    return n < 3 ? 0 : sum / ((n - 1) * (n - 2));
  });
}

describe('measureBetweenness', () => {
  it('gives the middle of a chain of three every path there is', () => {
    expect(Array.from(measureBetweenness(edgesOf([[1], [2], []])).values)).toEqual([0, 0.5, 0]);
  });

  it('splits a pair between two equally short routes', () => {
    // 0 -> 1 -> 3 and 0 -> 2 -> 3: each middle carries half of the one pair, over (4 - 1)(4 - 2).
    expect(Array.from(measureBetweenness(edgesOf([[1, 2], [3], [3], []])).values)).toEqual([0, 0.5 / 6, 0.5 / 6, 0]);
  });

  it('is all zeros for an empty graph, two nodes, isolated nodes and a graph without paths of two steps', () => {
    expect(Array.from(measureBetweenness(edgesOf([])).values)).toEqual([]);
    expect(Array.from(measureBetweenness(edgesOf([[1], [0]])).values)).toEqual([0, 0]);
    expect(Array.from(measureBetweenness(edgesOf([[], [], [], []])).values)).toEqual([0, 0, 0, 0]);
    expect(Array.from(measureBetweenness(edgesOf([[1, 2, 3], [], [], []])).values)).toEqual([0, 0, 0, 0]);
  });

  it('counts each disconnected part on its own, and goes round a cycle both ways it is directed', () => {
    const values = measureBetweenness(edgesOf([[1], [2], [], [4], [5], [3]])).values;
    expect(values[1]).toBeCloseTo(1 / 20);
    // In a directed ring of three, each node is the middle of one pair.
    expect(values[4]).toBeCloseTo(1 / 20);
  });

  it('agrees with the definition on 300 random graphs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rows = randomRows(seed);
      const ours = measureBetweenness(edgesOf(rows));
      expect(ours.estimated).toBe(false);
      referenceBetweenness(rows).forEach((expected, v) => expect(ours.values[v], `seed ${seed}, node ${v}`).toBeCloseTo(expected, 12));
    }
  });

  it('estimates from a sample of sources past its budget, and says so', () => {
    const n = 400;
    const ring = edgesOf(Array.from({ length: n }, (_, v) => [(v + 1) % n]));
    expect(measureBetweenness(ring).estimated).toBe(false);
    const sampled = measureBetweenness(ring, { budget: n * n * 0.3 });
    expect(sampled.estimated).toBe(true);
    // Exactly 1/2 for every node of a directed ring.
    for (const value of sampled.values) expect(Math.abs(value - 0.5)).toBeLessThan(0.1);
  });
});

describe('findComponentEdges', () => {
  it('reaches through groups to components, once per pair, without the component itself', () => {
    const { index } = prepareManifest(manifestOf({ k: { requires: ['a', { anyOf: ['a', { allOf: ['b', 'c'] }] }] } }, { a: {}, b: { requires: [{ anyOf: ['c', 'c'] }] }, c: {} }));
    const { offsets, targets } = findComponentEdges(index);
    const named = (id: string) => {
      const v = index.positionOf(id)!;
      return Array.from(targets.subarray(offsets[v]!, offsets[v + 1]!), (w) => index.ids[w]).sort();
    };
    expect([named('k'), named('b'), named('a')]).toEqual([['a', 'b', 'c'], ['c'], []]);
  });
});

describe('analyze: centrality', () => {
  it('lists the components chains run through, most central first, and leaves out those no chain crosses', () => {
    const analysis = analyzeManifest(manifestOf({ k: { requires: ['api'] }, j: { requires: ['api', 'web'] } }, { api: { requires: ['db'] }, web: { requires: ['db'] }, db: {} }));
    expect(analysis.centrality.betweenness.map((entry) => entry.id)).toEqual(['api', 'web']);
    expect(analysis.centrality.betweenness[0]!.betweenness).toBeCloseTo(1.5 / 12, 5);
    expect(analysis.centrality.betweenness[1]!.betweenness).toBeCloseTo(0.5 / 12, 5);
    expect(analysis.centrality.more).toBeUndefined();
  });
});

// graphology-metrics is the graph library's own metrics package (a development
// dependency): on the same graphs its betweennessCentrality must give the same numbers.
describe('measureBetweenness and graphology-metrics', () => {
  it('give the same values on 200 random graphs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rows = randomRows(seed);
      const graph = new DirectedGraph();
      rows.forEach((_, v) => graph.addNode(String(v)));
      rows.forEach((row, v) => row.forEach((w) => graph.addEdge(String(v), String(w))));
      const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
      const ours = measureBetweenness(edgesOf(rows)).values;
      rows.forEach((_, v) => expect(ours[v], `seed ${seed}, node ${v}`).toBeCloseTo(theirs[String(v)]!, 12));
    }
  });
});
