/**
 * What the interactive report draws: components as nodes, requirement edges
 * flattened through the requirement groups (an edge inside an any-of or k-of-n
 * is an alternative), failure domains, and the model's components so the page
 * can run the same simulation engine itself (offline, in the HTML export too).
 */
import type { Analysis } from '../core/report.js';
import type { Component, Requirement } from '../core/model.js';
import type { Model } from '../core/model.js';
import type { ScenarioChoice } from '../core/named-scenario.js';
import type { PackedComponents } from './packed-components.js';

export interface GraphNode {
  id: string;
  kind: Component['kind'];
  label: string;
  type?: string;
  provider?: string;
  region?: string;
  account?: string;
  vendor?: string;
  /** A catalog entity's System (`system:default/payments`): the page can group by it. */
  system?: string;
  domains: string[];
  provenance: string;
  /** Capabilities: SPOF status from the analysis. */
  status?: 'spof' | 'resilient';
  /** Components: a single point of failure of some capability. */
  spof?: boolean;
  /** In a collapsed graph: how many scanned resources this component stands for until opened. */
  count?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** Inside an any-of or k-of-n group: one of several alternatives. */
  alternative: boolean;
  /** In a collapsed graph: needed by the scanned resources folded into `source`, not by it directly. */
  folded?: true;
  /** Seen at run time (DNS query logs) and declared nowhere else: the node panel shows its evidence. */
  observed?: true;
}

export interface GraphPayload {
  faultlineGraph: 1;
  name: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  domains: string[];
  /**
   * The model's components, for the page's own simulation. Left out of a
   * collapsed graph: the page then asks the server (POST /api/simulate).
   */
  components?: Component[];
  /**
   * The HTML export of a large estate: the same components, packed, so the page
   * still simulates (and opens bundles) on its own, with no server.
   */
  packed?: PackedComponents;
  /**
   * Large estates: component id -> the scanned resources folded into it. The
   * server keeps them; the HTML export leaves them out, and its page folds the
   * packed components again.
   */
  bundles?: Record<string, string[]>;
  /** Scanned resources are folded into the components that need them (see collapseGraph). */
  collapsed?: true;
  /** Outages the page can replay: the manifest's scenarios and the built-in ones that touch the estate, with what each fails. */
  scenarios?: ScenarioChoice[];
}

export interface PayloadOptions {
  /** Bundle scanned resources when the model has more components than this (default 3000). */
  collapseAbove?: number;
}

export const defaultCollapseAbove = 3000;

export function toGraphPayload(model: Model, analysis: Analysis, options: PayloadOptions = {}): GraphPayload {
  const full = fullGraphPayload(model, analysis);
  return isLarge(model, options) ? collapseGraph(full) : full;
}

export function isLarge(model: Model, options: PayloadOptions = {}): boolean {
  return model.components.length > (options.collapseAbove ?? defaultCollapseAbove);
}

/**
 * Each scanned resource is folded into the first component that needs it: that
 * component's node stands for them (`count`) until the page opens it. Edges to
 * folded resources disappear with them; the component keeps its own edges, and
 * what its resources need (a control plane, a resource folded elsewhere) becomes
 * an edge of its own marked `folded`, so nothing they depend on floats loose.
 */
export function collapseGraph(full: GraphPayload): GraphPayload {
  const resources = new Set(full.nodes.filter((node) => node.kind === 'resource').map((node) => node.id));
  // Maps, not objects: a component may be named `constructor`.
  const bundles = new Map<string, string[]>();
  const ownerOf = new Map<string, { owner: string; alternative: boolean }>();
  for (const edge of full.edges) {
    if (!resources.has(edge.target) || resources.has(edge.source) || ownerOf.has(edge.target)) continue;
    ownerOf.set(edge.target, { owner: edge.source, alternative: edge.alternative });
    const members = bundles.get(edge.source);
    if (members === undefined) bundles.set(edge.source, [edge.target]);
    else members.push(edge.target);
  }
  const nodes = full.nodes
    .filter((node) => node.kind !== 'resource')
    .map((node) => {
      const members = bundles.get(node.id);
      return members === undefined ? node : { ...node, count: members.length, label: `${node.label} (${members.length})` };
    });
  const edges = full.edges.filter((edge) => !resources.has(edge.target) && !resources.has(edge.source));
  const drawn = new Set(edges.map((edge) => `${edge.source}\u0000${edge.target}`));
  const lifted = new Map<string, GraphEdge>();
  for (const edge of full.edges) {
    const from = ownerOf.get(edge.source);
    if (from === undefined) continue;
    const to = resources.has(edge.target) ? ownerOf.get(edge.target)?.owner : edge.target;
    if (to === undefined || to === from.owner) continue;
    const key = `${from.owner}\u0000${to}`;
    if (drawn.has(key)) continue;
    const alternative = from.alternative || edge.alternative;
    const known = lifted.get(key);
    if (known === undefined) lifted.set(key, { source: from.owner, target: to, alternative, folded: true });
    else if (!alternative) known.alternative = false;
  }
  return {
    faultlineGraph: 1,
    name: full.name,
    nodes,
    edges: [...edges, ...lifted.values()],
    domains: full.domains,
    bundles: Object.fromEntries(bundles),
    collapsed: true,
    ...(full.scenarios !== undefined && { scenarios: full.scenarios }),
  };
}

export function fullGraphPayload(model: Model, analysis: Analysis, scenarios?: ScenarioChoice[]): GraphPayload {
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
    ...(component.tags?.['backstage/system'] !== undefined && { system: component.tags['backstage/system'] }),
    ...(status.has(component.id) && { status: status.get(component.id)! }),
    ...(spof.has(component.id) && { spof: true }),
  }));
  const edges: GraphEdge[] = [];
  for (const component of model.components) {
    // One edge per pair: needed outright if any term needs it outright.
    const seen = new Map<string, GraphEdge>();
    const observed = observedTargets(component);
    const visit = (term: Requirement, alternative: boolean) => {
      if (typeof term === 'string') {
        const edge = seen.get(term);
        if (edge === undefined) {
          const created: GraphEdge = { source: component.id, target: term, alternative, ...(observed?.has(term) === true && { observed: true as const }) };
          seen.set(term, created);
          edges.push(created);
        } else if (!alternative) edge.alternative = false;
        return;
      }
      const inner = alternative || term.op === 'anyOf' || (term.op === 'atLeast' && term.k < term.terms.length);
      for (const child of term.terms) visit(child, inner);
    };
    for (const term of component.requires) visit(term, false);
  }
  const domains = [...new Set(model.components.flatMap((component) => component.domains))].sort();
  return { faultlineGraph: 1, name: model.name, nodes, edges, domains, components: model.components, ...(scenarios !== undefined && { scenarios }) };
}

/** What a component was only seen calling: observed needs no source declares. */
function observedTargets(component: Component): Set<string> | undefined {
  if (component.discovered === undefined) return undefined;
  const observed = new Set(component.discovered.filter((need) => need.kind === 'observed').flatMap((need) => need.to));
  for (const need of component.discovered) if (need.kind === 'declared') for (const id of need.to) observed.delete(id);
  return observed.size === 0 ? undefined : observed;
}

/** A short label: the id, or for an ARN its resource part. */
function labelOf(component: Component): string {
  if (!component.id.startsWith('arn:')) return component.id;
  const resource = component.id.split(':').slice(5).join(':');
  return resource.length > 40 ? `…${resource.slice(-39)}` : resource;
}
