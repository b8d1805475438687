/**
 * Cytoscape elements for a grouping: capabilities on their own, components inside
 * compound nodes (provider › region, account, vendor, or none). Requirement
 * groups are flattened: an edge inside an any-of is drawn dashed.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphNode, GraphPayload } from '../../src/render/graph-payload.js';

export type Grouping = 'provider' | 'account' | 'vendor' | 'none';

export function toElements(graph: GraphPayload, grouping: Grouping): ElementDefinition[] {
  const groups = new Map<string, ElementDefinition>();
  const addGroup = (id: string, label: string, parent?: string) => {
    if (!groups.has(id)) groups.set(id, { data: { id, label, group: true, ...(parent !== undefined && { parent }) }, classes: 'group' });
    return id;
  };
  const parentOf = (node: GraphNode): string | undefined => {
    if (node.kind === 'capability' || grouping === 'none') return undefined;
    const first = (kind: string) => node.domains.find((domain) => domain.startsWith(`${kind}:`));
    if (grouping === 'provider') {
      const region = first('region');
      const provider = first('provider');
      const providerGroup = provider ? addGroup(`group:${provider}`, provider.slice('provider:'.length)) : undefined;
      if (region) return addGroup(`group:${region}`, region.slice(region.indexOf('/') + 1), providerGroup);
      return providerGroup;
    }
    const domain = first(grouping);
    return domain ? addGroup(`group:${domain}`, domain.slice(domain.indexOf(':') + 1)) : undefined;
  };
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const parent = parentOf(node);
    const classes = [node.kind, node.status === 'spof' ? 'spof' : '', node.spof ? 'spof-component' : ''].filter(Boolean).join(' ');
    return { data: { id: node.id, label: node.label, kind: node.kind, ...(parent !== undefined && { parent }) }, classes };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge, i) => ({ data: { id: `edge-${i}`, source: edge.source, target: edge.target }, classes: edge.alternative ? 'alternative' : '' }));
  return [...groups.values(), ...nodes, ...edges];
}
