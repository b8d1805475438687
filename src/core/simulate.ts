/**
 * `simulate`: what goes down under a scenario, and why (DESIGN section 2): least
 * fixed point from the failures, then for each capability that went down the
 * shortest chain of down dependencies to something that failed directly.
 */
import { findFailurePath, propagateFailures } from './analysis/propagate-failures.js';
import { pathIds } from './analysis/critical-paths.js';
import { domainsOfNode, parentsOf } from './graph/compiled-index.js';
import type { Prepared } from './prepare.js';
import type { Simulation, SimulatedCapability } from './report.js';
import type { Scenario } from './scenario.js';

export function simulate(prepared: Prepared, scenario: Scenario): Simulation {
  const { index, isCapability } = prepared;
  const { down, direct } = propagateFailures(index, scenario);
  const touched = markAncestors(prepared, down);
  const failedDomains = new Set(scenario.domains);
  const failedComponents = new Set(scenario.components);

  const capabilities: SimulatedCapability[] = Array.from(index.capabilities, (k) => {
    const id = index.ids[k]!;
    if (!down[k]) return { id, status: touched[k] ? 'degraded' : 'up', path: [] };
    const chain = findFailurePath(index, k, (v) => down[v] === 1, (v) => direct[v] === 1);
    const origin = chain[chain.length - 1]!;
    const cause = failedComponents.has(origin)
      ? index.ids[origin]!
      : index.domainIds[Array.from(domainsOfNode(index, origin)).find((d) => failedDomains.has(d))!]!;
    return { id, status: 'down', path: pathIds(index, chain), cause };
  });

  const downIds: string[] = [];
  for (let v = 0; v < index.componentCount; v++) if (down[v] && !isCapability(v)) downIds.push(index.ids[v]!);
  return { failed: scenario.failed, capabilities, down: downIds.sort() };
}

/** Nodes that have a down node among their dependencies (or are down). */
function markAncestors({ index }: Prepared, down: Uint8Array): Uint8Array {
  const touched = down.slice();
  const stack: number[] = [];
  for (let v = 0; v < index.size; v++) if (down[v]) stack.push(v);
  while (stack.length > 0) {
    for (const parent of parentsOf(index, stack.pop()!)) {
      if (!touched[parent]) {
        touched[parent] = 1;
        stack.push(parent);
      }
    }
  }
  return touched;
}
