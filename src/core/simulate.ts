/**
 * `simulate`: what goes down under a scenario, and why (DESIGN section 2): least
 * fixed point from the failures, then for each capability that went down the
 * shortest chain of down dependencies to something that failed directly.
 */
import { findFailurePath, propagateFailures } from './analysis/propagate-failures.js';
import { pathIds } from './analysis/critical-paths.js';
import { domainsOfNode } from './graph/compiled-index.js';
import { markReachable } from './analysis/dependency-cone.js';
import type { Prepared } from './prepare.js';
import type { Simulation, SimulatedCapability } from './report.js';
import type { Scenario } from './scenario.js';

export function simulate(prepared: Prepared, scenario: Scenario): Simulation {
  const { index, isCapability } = prepared;
  const { down, direct } = propagateFailures(index, scenario);
  // Capabilities with something down among their dependencies, though up themselves, are degraded.
  const touched = markReachable(index, downNodes(down), 'up');
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

function* downNodes(down: Uint8Array): Generator<number> {
  for (let v = 0; v < down.length; v++) if (down[v]) yield v;
}
