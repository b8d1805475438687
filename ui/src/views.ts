/**
 * What the graph shows. The overview comes first: capabilities and the
 * components they need, each scanned resource folded into the component that
 * needs it (the collapsed graph of a large estate, folded here for a graph of
 * more than a screenful). Everything, when the page has the whole graph. Or one
 * capability's dependency cone: everything it needs, transitively, and nothing else.
 */
import { collapseGraph, type GraphEdge, type GraphPayload } from '../../src/render/graph-payload.js';

export type View = { kind: 'overview' } | { kind: 'all' } | { kind: 'focus'; capability: string };

/** A graph of at most this many nodes is drawn whole from the start: it reads at a glance. */
export const foldAbove = 40;

export interface Views {
  overview: GraphPayload;
  /** The whole graph; undefined for a graph collapsed before it reached the page (a large estate). */
  full: GraphPayload | undefined;
  /** The overview folds resources that the whole graph draws. */
  folds: boolean;
  /** What a view draws. */
  graphOf(view: View): GraphPayload;
  /** True when a view draws every component of its part of the estate, no resource folded. */
  isWhole(view: View): boolean;
}

export function createViews(graph: GraphPayload): Views {
  const full = graph.collapsed === true ? undefined : graph;
  const folds = full !== undefined && full.nodes.length > foldAbove && full.nodes.some((node) => node.kind === 'resource');
  const overview = folds ? collapseGraph(full) : graph;
  const isWhole = (view: View) => full !== undefined && (view.kind !== 'overview' || !folds);
  return {
    overview,
    full,
    folds,
    isWhole,
    graphOf: (view) => {
      if (view.kind === 'overview') return overview;
      if (view.kind === 'all') return full ?? overview;
      return coneGraph(full ?? overview, view.capability);
    },
  };
}

/** The part of a graph that `root` needs, transitively (itself included), with the edges between its nodes. */
export function coneGraph(graph: GraphPayload, root: string): GraphPayload {
  const needs = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const list = needs.get(edge.source);
    if (list === undefined) needs.set(edge.source, [edge]);
    else list.push(edge);
  }
  const inside = new Set([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const edge of needs.get(stack.pop()!) ?? []) {
      if (inside.has(edge.target)) continue;
      inside.add(edge.target);
      stack.push(edge.target);
    }
  }
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => inside.has(node.id)),
    edges: graph.edges.filter((edge) => inside.has(edge.source) && inside.has(edge.target)),
  };
}
