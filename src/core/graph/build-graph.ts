/**
 * The dependency graph as a graphology MultiDirectedGraph:
 * - component nodes (`kind`: capability | component | resource),
 * - gate nodes for nested requirement groups (`kind: 'gate'`, `op`: anyOf | allOf | atLeast),
 * - domain nodes (`kind: 'domain'`).
 * `requires` edges run from the needing node to what it needs (parallel edges are
 * kept: `atLeast 2 of [a, a, b]` counts `a` twice); `in` edges run from a
 * component to each of its failure domains. Every node and edge has a provenance.
 */
import { MultiDirectedGraph } from 'graphology';
import { domainKindOf, type DomainKind } from '../domain.js';
import type { Component, ComponentKind, Model, Provenance, Requirement } from '../model.js';

export type GateOp = 'allOf' | 'anyOf' | 'atLeast';

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
    let gates = 0;
    const addTerm = (parent: string, term: Requirement, provenance: Provenance): void => {
      if (term.op === 'ref') {
        graph.addDirectedEdge(parent, term.id, { relation: 'requires', provenance });
        return;
      }
      const gate = `${component.id}#${++gates}`;
      const k = term.op === 'atLeast' ? term.k : term.op === 'allOf' ? term.terms.length : 1;
      const childProvenance: Provenance = term.origin === 'selection' ? 'selection' : provenance;
      graph.addNode(gate, {
        kind: 'gate',
        provenance: childProvenance,
        op: term.op,
        k,
        owner: component.id,
        ...(term.op !== 'atLeast' && term.label !== undefined && { label: term.label }),
      });
      graph.addDirectedEdge(parent, gate, { relation: 'requires', provenance: childProvenance });
      for (const child of term.terms) addTerm(gate, child, childProvenance);
    };
    for (const term of component.requires) addTerm(component.id, term, 'declared');
  }
  return graph;
}
