import { analyze } from '../core/analyze.js';
import { mergeScenarios, resolveScenario } from '../core/scenario.js';
import { resolveNamedScenario } from '../core/named-scenario.js';
import { prepare } from '../core/prepare.js';
import { simulate } from '../core/simulate.js';
import type { Model } from '../core/model.js';
import type { Simulation } from '../core/report.js';
import { knowledge } from '../knowledge/index.js';
import { collapseGraph, fullGraphPayload, isLarge, type GraphEdge, type GraphNode, type PayloadOptions } from '../render/graph-payload.js';
import type { ServerState } from './create-app.js';

/** Everything the server answers from, computed once per model. */
export function buildServerState(model: Model, options: PayloadOptions = {}): ServerState {
  const prepared = prepare(model);
  const analysis = analyze(prepared);
  const full = fullGraphPayload(model, analysis);
  const graph = isLarge(model, options) ? collapseGraph(full) : full;
  // A collapsed graph's bundles open on demand from the full one.
  const resourceNodes = new Map<string, GraphNode>(graph === full ? [] : full.nodes.filter((node) => node.kind === 'resource').map((node) => [node.id, node]));
  const bundleOf = new Map<string, string>();
  for (const [bundle, members] of Object.entries(graph.bundles ?? {})) for (const member of members) bundleOf.set(member, bundle);
  return {
    analysis,
    graph,
    bundle: (id) => {
      const members = graph.bundles?.[id];
      if (members === undefined) return undefined;
      const inside = new Set(members);
      const edges: GraphEdge[] = full.edges.filter((edge) => inside.has(edge.target) || inside.has(edge.source));
      return { nodes: members.map((member) => resourceNodes.get(member)!), edges };
    },
    simulate: ({ fail, scenario, expanded }) => {
      const extra = resolveScenario(prepared.index, fail);
      let result: Simulation;
      if (scenario === undefined) result = simulate(prepared, extra);
      else {
        const named = resolveNamedScenario(prepared, scenario, knowledge);
        result = simulate(prepared, mergeScenarios(named, extra));
        result.scenario = { id: named.id, ...(named.title !== undefined && { title: named.title }), ...(named.summary !== undefined && { summary: named.summary }) };
      }
      return expanded === undefined || bundleOf.size === 0 ? result : showCollapsed(result, bundleOf, new Set(expanded));
    },
  };
}

/**
 * A simulation as a collapsed page draws it: a resource folded into a component
 * that is not open is not drawn, so it leaves `down`, and along a path it becomes
 * that component (which then appears once). A component is only drawn down when
 * it is down itself: a service that survives on another region stays up.
 */
function showCollapsed(result: Simulation, bundleOf: ReadonlyMap<string, string>, expanded: ReadonlySet<string>): Simulation {
  const hidden = (id: string) => {
    const owner = bundleOf.get(id);
    return owner !== undefined && !expanded.has(owner);
  };
  return {
    ...result,
    down: result.down.filter((id) => !hidden(id)),
    capabilities: result.capabilities.map((capability) => ({
      ...capability,
      path: capability.path.map((id) => (hidden(id) ? bundleOf.get(id)! : id)).filter((id, i, path) => path[i - 1] !== id),
    })),
  };
}
