import { analyze } from '../core/analyze.js';
import { mergeScenarios, resolveScenario } from '../core/scenario.js';
import { applicableScenarios, resolveNamedScenario, scenarioChoices } from '../core/named-scenario.js';
import { prepare } from '../core/prepare.js';
import { createPlaceNames } from '../core/place-names.js';
import { describeScenario, simulate } from '../core/simulate.js';
import type { Model } from '../core/model.js';
import { trendSince, type LabelledBaseline } from '../core/trend.js';
import type { Simulation } from '../core/report.js';
import { knowledge } from '../knowledge/index.js';
import { bundleOwners, createBundleOpener, showCollapsed } from '../render/collapsed-view.js';
import { collapseGraph, fullGraphPayload, isLarge, type PayloadOptions } from '../render/graph-payload.js';
import type { ServerState } from './create-app.js';

export interface StateOptions extends PayloadOptions {
  /** The baseline to show the trend against, and how to name it. */
  baseline?: LabelledBaseline;
}

/** Everything the server answers from, computed once per model. */
export function buildServerState(model: Model, options: StateOptions = {}): ServerState {
  const prepared = prepare(model);
  const analysis = analyze(prepared);
  const trend = options.baseline === undefined ? undefined : trendSince(prepared, analysis, options.baseline);
  const full = fullGraphPayload(model, analysis, scenarioChoices(applicableScenarios(prepared, knowledge)));
  const graph = isLarge(model, options) ? collapseGraph(full) : full;
  const owners = bundleOwners(graph.bundles);
  // Tells a misspelt region in a request from a real one this estate has nothing in.
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, model.extraRegions);
  return {
    analysis,
    graph,
    ...(trend !== undefined && { trend }),
    // A collapsed graph's bundles open on demand from the full one.
    bundle: createBundleOpener(full, graph.bundles),
    simulate: ({ fail, scenario, expanded }) => {
      const extra = resolveScenario(prepared.index, fail, { givenAs: '"fail" entry', places });
      let result: Simulation;
      if (scenario === undefined) result = simulate(prepared, extra);
      else {
        const named = resolveNamedScenario(prepared, scenario, knowledge, { givenAs: '"scenario"', places });
        result = simulate(prepared, mergeScenarios(named, extra));
        result.scenario = describeScenario(named, result);
      }
      return expanded === undefined ? result : showCollapsed(result, owners, new Set(expanded));
    },
  };
}
