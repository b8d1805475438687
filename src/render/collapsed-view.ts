/**
 * A collapsed graph at work: opening a component that stands for folded
 * resources, and simulation results as the collapsed page draws them. Shared by
 * the server and by the page itself (the HTML export of a large estate), so both
 * show the same thing.
 */
import type { FailureTree, Simulation } from '../core/report.js';
import type { GraphEdge, GraphNode, GraphPayload } from './graph-payload.js';

export interface BundleContents {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Folded resource -> the component whose node stands for it. */
export function bundleOwners(bundles: Readonly<Record<string, readonly string[]>> = {}): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [owner, members] of Object.entries(bundles)) for (const member of members) owners.set(member, owner);
  return owners;
}

/** What opening a bundle adds: its resources, and every edge that touches them (from the full graph). */
export function createBundleOpener(full: GraphPayload, bundles: Readonly<Record<string, readonly string[]>> = {}): (id: string) => BundleContents | undefined {
  const resourceNodes = new Map<string, GraphNode>(full.nodes.filter((node) => node.kind === 'resource').map((node) => [node.id, node]));
  return (id) => {
    const members = Object.hasOwn(bundles, id) ? bundles[id] : undefined;
    if (members === undefined) return undefined;
    const inside = new Set(members);
    return { nodes: members.map((member) => resourceNodes.get(member)!), edges: full.edges.filter((edge) => inside.has(edge.target) || inside.has(edge.source)) };
  };
}

/**
 * A simulation as a collapsed page draws it: a resource folded into a component
 * that is not open is not drawn, so it leaves `down`, and along a path it becomes
 * that component (which then appears once). A component is only drawn down when
 * it is down itself: a service that survives on another region stays up.
 */
export function showCollapsed(result: Simulation, owners: ReadonlyMap<string, string>, expanded: ReadonlySet<string>): Simulation {
  if (owners.size === 0) return result;
  const hidden = (id: string) => {
    const owner = owners.get(id);
    return owner !== undefined && !expanded.has(owner);
  };
  const fold = (path: readonly string[]) => path.map((id) => (hidden(id) ? owners.get(id)! : id)).filter((id, i, folded) => folded[i - 1] !== id);
  const foldTree = (tree: FailureTree): FailureTree => ({
    ...tree,
    path: fold(tree.path),
    ...(tree.alternatives !== undefined && { alternatives: { ...tree.alternatives, failed: tree.alternatives.failed.map(foldTree) } }),
  });
  return {
    ...result,
    down: result.down.filter((id) => !hidden(id)),
    capabilities: result.capabilities.map((capability) => ({
      ...capability,
      path: fold(capability.path),
      ...(capability.tree !== undefined && { tree: foldTree(capability.tree) }),
    })),
  };
}
