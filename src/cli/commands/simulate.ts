import { mergeScenarios, resolveScenario } from '../../core/scenario.js';
import { resolveNamedScenario } from '../../core/named-scenario.js';
import { knowledge } from '../../knowledge/index.js';
import { createPlaceNames } from '../../core/place-names.js';
import { describeScenario, simulate } from '../../core/simulate.js';
import { renderJson } from '../../render/json.js';
import { renderSimulationText } from '../../render/text.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import { textOptions, type CliIo } from '../io.js';
import { emit } from './emit.js';
import { loadForCommand, reportPartialInventory } from './load.js';

export async function runSimulate(io: CliIo, { options }: Extract<Invocation, { command: 'simulate' }>): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, loaded.model.extraRegions);
  const named = options.scenario === undefined ? undefined : resolveNamedScenario(loaded.prepared, options.scenario, knowledge, { places });
  const extra = resolveScenario(loaded.prepared.index, options.fail, { places });
  const scenario = named === undefined ? extra : mergeScenarios(named, extra);
  const simulation = simulate(loaded.prepared, scenario);
  if (named !== undefined) simulation.scenario = describeScenario(named, simulation);
  const content = options.format === 'json' ? renderJson(simulation) : renderSimulationText(simulation, textOptions(io, options.out));
  await emit(io, content, options.out, loaded.inputs);
  const partial = reportPartialInventory(io, loaded, options.allowPartial);
  if (partial) throw partial;
  return exitCodes.ok;
}
