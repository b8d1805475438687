import { analyze } from '../core/analyze.js';
import { mergeScenarios, resolveScenario } from '../core/scenario.js';
import { resolveNamedScenario } from '../core/named-scenario.js';
import { prepare } from '../core/prepare.js';
import { simulate } from '../core/simulate.js';
import type { Model } from '../core/model.js';
import { knowledge } from '../knowledge/index.js';
import { toGraphPayload } from '../render/graph-payload.js';
import type { ServerState } from './create-app.js';

/** Everything the server answers from, computed once per model. */
export function buildServerState(model: Model): ServerState {
  const prepared = prepare(model);
  const analysis = analyze(prepared);
  return {
    analysis,
    graph: toGraphPayload(model, analysis),
    simulate: ({ fail, scenario }) => {
      const extra = resolveScenario(prepared.index, fail);
      if (scenario === undefined) return simulate(prepared, extra);
      const named = resolveNamedScenario(prepared, scenario, knowledge);
      const result = simulate(prepared, mergeScenarios(named, extra));
      result.scenario = { id: named.id, ...(named.title !== undefined && { title: named.title }), ...(named.summary !== undefined && { summary: named.summary }) };
      return result;
    },
  };
}
