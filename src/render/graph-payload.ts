/**
 * What the interactive report draws: components as nodes, requirement edges
 * flattened through the requirement groups (an edge inside an any-of or k-of-n
 * is an alternative), failure domains, and the model's components so the page
 * can run the same simulation engine itself (offline, in the HTML export too).
 */
import type { Analysis } from '../core/report.js';
import type { Component, Requirement } from '../core/model.js';
import type { Model } from '../core/model.js';

export interface GraphNode {
  id: string;
  kind: Component['kind'];
  label: string;
  type?: string;
  provider?: string;
  region?: string;
  account?: string;
  vendor?: string;
  domains: string[];
  provenance: string;
  /** Capabilities: SPOF status from the analysis. */
  status?: 'spof' | 'resilient';
  /** Components: a single point of failure of some capability. */
  spof?: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Inside an any-of or k-of-n group: one of several alternatives. */
  alternative: boolean;
}

export interface GraphPayload {
  faultlineGraph: 1;
  name: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  domains: string[];
  /** The model's components, for the page's own simulation. */
  components: Component[];
}

export function toGraphPayload(model: Model, analysis: Analysis): GraphPayload {
  const spof = new Set(analysis.capabilities.flatMap((capability) => capability.spofComponents));
  const status = new Map(analysis.capabilities.map((capability) => [capability.id, capability.status]));
  const nodes: GraphNode[] = model.components.map((component) => ({
    id: component.id,
    kind: component.kind,
    label: labelOf(component),
    domains: component.domains,
    provenance: component.provenance,
    ...(component.type !== undefined && { type: component.type }),
    ...(component.provider !== undefined && { provider: component.provider }),
    ...(component.region !== undefined && { region: component.region }),
    ...(component.account !== undefined && { account: component.account }),
    ...(component.vendor !== undefined && { vendor: component.vendor }),
    ...(status.has(component.id) && { status: status.get(component.id)! }),
    ...(spof.has(component.id) && { spof: true }),
  }));
  const edges: GraphEdge[] = [];
  for (const component of model.components) {
    const seen = new Set<string>();
    const visit = (term: Requirement, alternative: boolean) => {
      if (typeof term === 'string') {
        const key = `${term}|${alternative}`;
        if (!seen.has(key)) {
          seen.add(key);
          edges.push({ source: component.id, target: term, alternative });
        }
        return;
      }
      const inner = alternative || term.op === 'anyOf' || (term.op === 'atLeast' && term.k < term.terms.length);
      for (const child of term.terms) visit(child, inner);
    };
    for (const term of component.requires) visit(term, false);
  }
  const domains = [...new Set(model.components.flatMap((component) => component.domains))].sort();
  return { faultlineGraph: 1, name: model.name, nodes, edges, domains, components: model.components };
}

/** A short label: the id, or for an ARN its resource part. */
function labelOf(component: Component): string {
  if (!component.id.startsWith('arn:')) return component.id;
  const resource = component.id.split(':').slice(5).join(':');
  return resource.length > 40 ? `…${resource.slice(-39)}` : resource;
}
