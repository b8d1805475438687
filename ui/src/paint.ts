/**
 * Which classes each drawn element wears for a what-if: what failed directly and
 * what went down (all of it, or the cascade up to the round shown), degraded
 * capabilities, and the reason for each capability that went down. Without a
 * what-if, a focused capability's explanations are lit instead.
 */
import { treeChains } from '../../src/core/analysis/explain-failure.js';
import type { Simulation } from '../../src/core/report.js';
import { edgeIdOf, elementIdOf } from './element-ids.js';

export interface PaintInput {
  simulation: Simulation | undefined;
  /** The round of the cascade shown, or undefined for all of it. */
  step: number | undefined;
  /** Chains to light when there is no what-if (a focused capability's explanations). */
  explained: readonly (readonly string[])[];
}

/** Element id -> its classes, space separated. */
export function paintClasses({ simulation, step, explained }: PaintInput): Map<string, string> {
  const classes = new Map<string, string>();
  const wearOn = (elementId: string, name: string) => {
    const had = classes.get(elementId);
    if (had === undefined) classes.set(elementId, name);
    else if (!had.split(' ').includes(name)) classes.set(elementId, `${had} ${name}`);
  };
  const wear = (id: string, name: string) => wearOn(elementIdOf(id), name);
  const light = (chains: readonly (readonly string[])[]) => {
    for (const path of chains) {
      path.forEach((id, i) => {
        wear(id, 'on-path');
        const after = path[i + 1];
        if (after !== undefined) wearOn(edgeIdOf(id, after), 'on-path');
      });
    }
  };
  if (simulation === undefined) {
    light(explained);
    return classes;
  }
  const last = step === undefined ? simulation.rounds.length - 1 : Math.min(step, simulation.rounds.length - 1);
  simulation.rounds.slice(0, last + 1).forEach((round) => {
    for (const fall of round.down) {
      wear(fall.id, 'down');
      if (round.round === 0) wear(fall.id, 'failed');
      if (step !== undefined && round.round === last) wear(fall.id, 'this-round');
    }
  });
  if (step !== undefined) return classes;
  // The whole cascade: also what a round counts rather than lists, and why each capability went down.
  for (const id of simulation.down) wear(id, 'down');
  for (const capability of simulation.capabilities) {
    if (capability.status === 'degraded') wear(capability.id, 'degraded');
    if (capability.status !== 'down') continue;
    wear(capability.id, 'down');
    light(capability.tree === undefined ? [capability.path] : treeChains(capability.tree));
  }
  return classes;
}
