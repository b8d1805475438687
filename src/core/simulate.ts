/**
 * `simulate`: what goes down under a scenario, and why (DESIGN section 2): least
 * fixed point from the failures, then for each capability that went down its
 * explanation (see explain-failure.ts): the chain to the failed component that
 * alone takes it down, or why each of its alternatives fails; and the cascade in
 * rounds (see cascade-rounds.ts).
 */
import { explainFailure, type FailureTree, type FailureView } from './analysis/explain-failure.js';
import { propagateFailures, type Propagation } from './analysis/propagate-failures.js';
import { findCascadeRounds } from './analysis/cascade-rounds.js';
import { describeCascade } from './describe-cascade.js';
import { pathIds } from './analysis/critical-paths.js';
import { childrenOf, domainsOfNode, type CompiledIndex } from './graph/compiled-index.js';
import { markReachable } from './analysis/dependency-cone.js';
import { findComponentSets, type Prepared } from './prepare.js';
import type { SimulatedCapability, SimulatedScenario, Simulation, WeakenedGroup } from './report.js';
import type { NamedScenario } from './named-scenario.js';
import type { Scenario } from './scenario.js';

export function simulate(prepared: Prepared, scenario: Scenario): Simulation {
  const { index, isCapability } = prepared;
  const propagation = propagateFailures(index, scenario);
  const { down } = propagation;
  // Capabilities with something down among their dependencies, though up themselves, are degraded.
  const touched = markReachable(index, downNodes(down), 'up');
  const view = scenarioView(index, scenario, propagation);
  const componentSets = findComponentSets(prepared);

  const capabilities: SimulatedCapability[] = Array.from(index.capabilities, (k) => {
    const id = index.ids[k]!;
    if (!down[k]) return touched[k] ? { id, status: 'degraded', path: [], weakened: findWeakenedGroups(index, k, down) } : { id, status: 'up', path: [] };
    const explanation = explainFailure(index, k, view, componentSets);
    const path = pathIds(index, explanation.path);
    if (explanation.tree === undefined) return { id, status: 'down', path, cause: view.causeOf(explanation.path[explanation.path.length - 1]!) };
    const causes = treeCauses(explanation.tree);
    return { id, status: 'down', path, ...(causes.size === 1 && { cause: [...causes][0]! }), tree: explanation.tree };
  });

  const downIds: string[] = [];
  for (let v = 0; v < index.componentCount; v++) if (down[v] && !isCapability(v)) downIds.push(index.ids[v]!);
  const rounds = describeCascade(prepared, findCascadeRounds(index, scenario), view.causeOf);
  return { failed: scenario.failed, capabilities, down: downIds.sort(), rounds };
}

/** What a simulation says of the named scenario it ran: its words, and what it had to guess and left standing. */
export function describeScenario(named: NamedScenario, simulation: Simulation): SimulatedScenario {
  const down = new Set(simulation.down);
  const assumedUp = (named.assumedUp ?? []).filter((id) => !down.has(id));
  return {
    id: named.id,
    ...(named.title !== undefined && { title: named.title }),
    ...(named.summary !== undefined && { summary: named.summary }),
    ...(named.region !== undefined && { region: named.region }),
    ...(assumedUp.length > 0 && { assumedUp }),
  };
}

/** The scenario's outcome as explanations read it: a direct node's cause is the entry that names it, else its failed domain. */
export function scenarioView(index: CompiledIndex, scenario: Scenario, { down, direct, round }: Propagation): FailureView {
  const failedDomains = new Set(scenario.domains);
  const failedComponents = new Set(scenario.components);
  return {
    isDown: (v) => down[v] === 1,
    isDirect: (v) => direct[v] === 1,
    round: (v) => round[v]!,
    causeOf: (v) => (failedComponents.has(v) ? index.ids[v]! : index.domainIds[Array.from(domainsOfNode(index, v)).find((d) => failedDomains.has(d))!]!),
  };
}

/** How many weakened groups a degraded capability names (the nearest). */
const maxWeakened = 3;

/**
 * Why an up capability is degraded: the nearest groups of alternatives it relies
 * on that lost some (and still have enough). Breadth first through up nodes only.
 */
function findWeakenedGroups(index: CompiledIndex, from: number, down: Uint8Array): WeakenedGroup[] {
  const found: WeakenedGroup[] = [];
  const seen = new Set<number>([from]);
  const queue = [from];
  for (let head = 0; head < queue.length && found.length < maxWeakened; head++) {
    const v = queue[head]!;
    const children = childrenOf(index, v);
    let lost = 0;
    for (const child of children) {
      if (down[child]) lost++;
      else if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
    if (lost === 0) continue;
    const id = index.ids[v]!;
    found.push({ component: v < index.componentCount ? id : id.slice(0, id.lastIndexOf('#')), need: children.length - index.threshold[v]! + 1, of: children.length, up: children.length - lost });
  }
  return found;
}

/** Every scenario entry a tree's branches end in. */
function treeCauses(tree: FailureTree, into = new Set<string>()): Set<string> {
  if (tree.cause !== undefined) into.add(tree.cause);
  for (const branch of tree.alternatives?.failed ?? []) treeCauses(branch, into);
  return into;
}

function* downNodes(down: Uint8Array): Generator<number> {
  for (let v = 0; v < down.length; v++) if (down[v]) yield v;
}
