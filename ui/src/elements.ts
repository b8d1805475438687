/**
 * Cytoscape elements for a grouping: capabilities on their own, components inside
 * compound nodes (provider › region, account, vendor, catalog system, or none) of a domain they
 * are in, and nothing in a group it is not in. Requirement groups are flattened:
 * an edge inside an any-of is drawn dashed. In a collapsed graph a component with
 * a `count` stands for its scanned resources until opened, and an edge `folded`
 * is what those resources need.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphPayload } from '../../src/render/graph-payload.js';
import { edgeIdOf, elementIdOf } from './element-ids.js';

export type Grouping = 'provider' | 'account' | 'vendor' | 'system' | 'none';

/** How wide a label is drawn, in model units, for a kind of node. */
export type MeasureLabel = (label: string, kind: GraphNode['kind']) => number;

export class ElementBuilder {
  private readonly groups = new Map<string, ElementDefinition>();

  constructor(
    private readonly grouping: Grouping,
    private readonly measure: MeasureLabel,
  ) {}

  /** The nodes' elements, with any compound groups they need that were not made yet. */
  nodes(nodes: readonly GraphNode[]): ElementDefinition[] {
    const before = new Set(this.groups.keys());
    const elements = nodes.map((node) => {
      const parent = this.parentOf(node);
      const classes = [node.kind, node.status === 'spof' ? 'spof' : '', node.spof ? 'spof-component' : '', node.count !== undefined ? 'bundle' : ''].filter(Boolean).join(' ');
      const width = Math.ceil(this.measure(node.label, node.kind)) + 18;
      return { data: { id: elementIdOf(node.id), label: node.label, kind: node.kind, width, ...(node.count !== undefined && { count: node.count }), ...(parent !== undefined && { parent }) }, classes };
    });
    const added = [...this.groups].filter(([id]) => !before.has(id)).map(([, group]) => group);
    return [...added, ...elements];
  }

  /** Edge ids are `source NUL target`, so a path step finds its edge by id, not by a selector scan. */
  edges(edges: readonly GraphEdge[]): ElementDefinition[] {
    return edges.map((edge) => ({
      data: { id: edgeIdOf(edge.source, edge.target), source: elementIdOf(edge.source), target: elementIdOf(edge.target) },
      classes: [edge.alternative ? 'alternative' : '', edge.folded ? 'folded' : '', edge.observed === true ? 'observed' : ''].filter(Boolean).join(' '),
    }));
  }

  private addGroup(id: string, label: string, parent?: string): string {
    if (!this.groups.has(id)) this.groups.set(id, { data: { id, label, group: true, ...(parent !== undefined && { parent }) }, classes: 'group' });
    return id;
  }

  private parentOf(node: GraphNode): string | undefined {
    if (node.kind === 'capability' || this.grouping === 'none') return undefined;
    // A catalog entity's System groups it (src/sources/backstage/); other nodes stand alone.
    if (this.grouping === 'system') return node.system === undefined ? undefined : this.addGroup(`group:${node.system}`, node.system.slice(node.system.indexOf('/') + 1));
    const first = (kind: string) => node.domains.find((domain) => domain.startsWith(`${kind}:`));
    if (this.grouping === 'provider') {
      const region = first('region');
      const provider = first('provider');
      const providerGroup = provider ? this.addGroup(`group:${provider}`, provider.slice('provider:'.length)) : undefined;
      if (region) return this.addGroup(`group:${region}`, region.slice(region.indexOf('/') + 1), providerGroup);
      return providerGroup;
    }
    const domain = first(this.grouping);
    return domain ? this.addGroup(`group:${domain}`, domain.slice(domain.indexOf(':') + 1)) : undefined;
  }
}

export function toElements(graph: GraphPayload, builder: ElementBuilder): ElementDefinition[] {
  return [...builder.nodes(graph.nodes), ...builder.edges(graph.edges)];
}
