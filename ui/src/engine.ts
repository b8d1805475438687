/**
 * The page runs the same engine as the command line (src/core), on the model's
 * components it was sent: what-if answers need no server round trip, and the
 * HTML export works offline.
 */
import { modelFromComponents } from '../../src/core/model-from-components.js';
import { prepare } from '../../src/core/prepare.js';
import { resolveScenario } from '../../src/core/scenario.js';
import { simulate } from '../../src/core/simulate.js';
import type { Simulation } from '../../src/core/report.js';
import type { GraphPayload } from '../../src/render/graph-payload.js';

export interface Engine {
  simulate(fail: readonly string[]): Simulation;
}

export function createEngine(graph: GraphPayload): Engine {
  const prepared = prepare(modelFromComponents(graph.name, graph.components));
  return { simulate: (fail) => simulate(prepared, resolveScenario(prepared.index, fail)) };
}
