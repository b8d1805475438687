/**
 * Simulations for the page. With the model's components at hand (every graph but
 * a collapsed one) the page runs the same engine as the command line (src/core):
 * no round trip, and the HTML export works offline. A collapsed graph of a large
 * estate asks the server, which holds the whole model.
 */
import { modelFromComponents } from '../../src/core/model-from-components.js';
import { prepare } from '../../src/core/prepare.js';
import { resolveScenario } from '../../src/core/scenario.js';
import { simulate } from '../../src/core/simulate.js';
import type { Simulation } from '../../src/core/report.js';
import type { GraphPayload } from '../../src/render/graph-payload.js';

export interface Engine {
  /** `expanded`: bundles the page has opened (a collapsed graph's results name unopened bundles instead of their resources). */
  simulate(fail: readonly string[], expanded?: ReadonlySet<string>): Promise<Simulation>;
}

export function createEngine(graph: GraphPayload): Engine {
  if (graph.components !== undefined) {
    const prepared = prepare(modelFromComponents(graph.name, graph.components));
    return { simulate: async (fail) => simulate(prepared, resolveScenario(prepared.index, fail)) };
  }
  return {
    simulate: async (fail, expanded = new Set()) => {
      const response = await fetch('/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fail, expanded: [...expanded] }) });
      if (!response.ok) throw new Error(`simulate: HTTP ${response.status}`);
      return (await response.json()) as Simulation;
    },
  };
}
