/**
 * A scenario's cascade as the report says it (Simulation.rounds): for each round
 * what went down and why, with bounds that keep a region outage of a hundred
 * thousand resources a few kilobytes (the simulation's `down` names every one).
 */
import { findFallenDependencies } from './analysis/cascade-rounds.js';
import type { Prepared } from './prepare.js';
import type { CascadeFall, CascadeRound } from './report.js';
import { compareText } from './compare-text.js';

/** A round lists its scanned resources when it has at most this many; above, it counts them. */
export const maxListedResources = 100;
/** How many of a component's fallen dependencies a round names. */
export const maxBecause = 8;

/** `rounds`: per node its round (see findCascadeRounds); `causeOf`: the scenario entry that failed a direct node. */
export function describeCascade(prepared: Prepared, rounds: Int32Array, causeOf: (v: number) => string): CascadeRound[] {
  const { index, model } = prepared;
  const byRound: number[][] = [];
  for (let v = 0; v < index.componentCount; v++) {
    const k = rounds[v]!;
    if (k >= 0) (byRound[k] ??= []).push(v);
  }
  const idOf = (v: number) => index.ids[v]!;
  return Array.from(byRound, (nodes = [], k) => {
    const resources = nodes.filter((v) => model.components[v]!.kind === 'resource').length;
    const listed = resources > maxListedResources ? nodes.filter((v) => model.components[v]!.kind !== 'resource') : nodes;
    const down = listed.map((v): CascadeFall => {
      if (k === 0) return { id: idOf(v), cause: causeOf(v) };
      const because = findFallenDependencies(index, v, rounds).map(idOf).sort(compareText);
      return { id: idOf(v), because: because.slice(0, maxBecause), ...(because.length > maxBecause && { moreBecause: because.length - maxBecause }) };
    });
    down.sort((a, b) => compareText(a.id, b.id));
    return { round: k, down, ...(listed.length < nodes.length && { resources }) };
  });
}
