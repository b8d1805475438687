/**
 * The dependency graph as a graphology MultiDirectedGraph:
 * - component nodes (`kind`: capability | component | resource),
 * - gate nodes for nested requirement groups (`kind: 'gate'`, `op`: anyOf | allOf | atLeast),
 * - domain nodes (`kind: 'domain'`).
 * `requires` edges run from the needing node to what it needs (parallel edges are
 * kept: `atLeast 2 of [a, a, b]` counts `a` twice); `in` edges run from a
 * component to each of its failure domains. Every node and edge has a provenance.
 * The analysis runs on the compiled index built from the same walk.
 */
import { MultiDirectedGraph } from 'graphology';
import { domainKindOf, type DomainKind } from '../domain.js';
import type { Component, ComponentKind, Model, Provenance } from '../model.js';
import { walkModel, type GateOp } from './walk-model.js';

export type { GateOp };

export type NodeAttributes =
  | { kind: ComponentKind; provenance: Provenance; component: Component }
  | { kind: 'gate'; provenance: Provenance; op: GateOp; k: number; owner: string; label?: string }
  | { kind: 'domain'; provenance: Provenance; domainKind: DomainKind };

export interface EdgeAttributes {
  relation: 'requires' | 'in';
  provenance: Provenance;
}

export type DependencyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, { name: string }>;

export function buildGraph(model: Model): DependencyGraph {
  const graph: DependencyGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name: model.name });
  for (const component of model.components) {
    graph.addNode(component.id, { kind: component.kind, provenance: component.provenance, component });
  }
  for (const component of model.components) {
    for (const domain of component.domains) {
      if (!graph.hasNode(domain)) graph.addNode(domain, { kind: 'domain', provenance: component.provenance, domainKind: domainKindOf(domain) });
      graph.addDirectedEdge(component.id, domain, { relation: 'in', provenance: component.provenance });
    }
  }
  walkModel(model, {
    gate: ({ id, ...gate }) => graph.addNode(id, { kind: 'gate', ...gate }),
    edge: (from, to, provenance) => graph.addDirectedEdge(from, to, { relation: 'requires', provenance }),
  });
  return graph;
}
