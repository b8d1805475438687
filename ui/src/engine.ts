/**
 * Simulations for the page. With the model's components at hand (every graph the
 * server sends but a collapsed one, and every HTML export, where a large estate's
 * components come packed) the page runs the same engine as the command line
 * (src/core): no round trip, and the export works offline. A collapsed graph from
 * the server asks the server, which holds the whole model.
 */
import { modelFromComponents } from '../../src/core/model-from-components.js';
import { prepare, type Prepared } from '../../src/core/prepare.js';
import { resolveScenario } from '../../src/core/scenario.js';
import { simulate } from '../../src/core/simulate.js';
import type { Component } from '../../src/core/model.js';
import type { Analysis, Simulation } from '../../src/core/report.js';
import { bundleOwners, createBundleOpener, showCollapsed, type BundleContents } from '../../src/render/collapsed-view.js';
import { collapseGraph, fullGraphPayload, type GraphPayload } from '../../src/render/graph-payload.js';
import { unpackComponents } from '../../src/render/packed-components.js';

export interface Engine {
  /** `expanded`: bundles the page has opened (a collapsed graph's results name unopened bundles instead of their resources). */
  simulate(fail: readonly string[], expanded?: ReadonlySet<string>): Promise<Simulation>;
  /** The resources a component of a collapsed graph stands for, with their edges. */
  openBundle(id: string): Promise<BundleContents | undefined>;
  /** A component of the model, when the page has them. */
  component(id: string): Component | undefined;
  /** Gets the model ready for the first simulation, a step at a time so the page stays responsive (call once it is painted). */
  warm(): Promise<void>;
}

/** `folded`: the page's own fold of a whole graph (its overview), whose results name a component for its folded resources. */
export function createEngine(graph: GraphPayload, analysis: Analysis, folded?: Record<string, string[]>): Engine {
  if (graph.components === undefined && graph.packed === undefined) return remoteEngine();
  // Unpacking and preparing a large estate takes a moment: not before the page is drawn.
  let list: Component[] | undefined;
  let prepared: Prepared | undefined;
  let full: GraphPayload | undefined;
  let bundles: Record<string, string[]> | undefined;
  let owners: Map<string, string> | undefined;
  let open: ((id: string) => BundleContents | undefined) | undefined;
  const unpacked = () => (list ??= graph.components ?? unpackComponents(graph.packed!));
  const ready = () => (prepared ??= prepare(modelFromComponents(graph.name, unpacked())));
  const fullGraph = () => (full ??= graph.collapsed === true ? fullGraphPayload(ready().model, analysis) : graph);
  // An export's collapsed graph comes without its bundles: fold the resources again, as the command line did.
  const bundlesOf = () => (bundles ??= folded ?? graph.bundles ?? (graph.collapsed ? (collapseGraph(fullGraph()).bundles ?? {}) : {}));
  const ownersOf = () => (owners ??= bundleOwners(bundlesOf()));
  return {
    simulate: async (fail, expanded = new Set()) => {
      const model = ready();
      return showCollapsed(simulate(model, resolveScenario(model.index, fail)), ownersOf(), expanded);
    },
    openBundle: async (id) => (open ??= createBundleOpener(fullGraph(), bundlesOf()))(id),
    component: (id) => ready().model.byId.get(id),
    warm: async () => {
      // Each step takes up to a few hundred milliseconds at 100k resources; between
      // steps the page paints a frame and answers what the user did.
      // Only a collapsed graph needs the full one (to fold its resources again).
      for (const step of graph.collapsed === true ? [unpacked, ready, fullGraph, ownersOf] : [unpacked, ready]) {
        step();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
    },
  };
}

function remoteEngine(): Engine {
  return {
    simulate: async (fail, expanded = new Set()) => {
      const response = await fetch('/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fail, expanded: [...expanded] }) });
      if (!response.ok) throw new Error(`simulate: HTTP ${response.status}`);
      return (await response.json()) as Simulation;
    },
    openBundle: async (id) => {
      const response = await fetch(`/api/bundle?id=${encodeURIComponent(id)}`);
      return response.ok ? ((await response.json()) as BundleContents) : undefined;
    },
    component: () => undefined,
    warm: async () => undefined,
  };
}
