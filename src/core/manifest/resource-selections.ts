/**
 * Resources a source ties a node to by tags, type, region or name (a catalog
 * entity's AWS annotations) become that node's dependencies on whatever of the
 * whole inventory matches: the matches may come from a scan or from Terraform.
 * A selection that matches nothing is said, never silently satisfied; the node
 * is then not placed by it (and the `unlocated` rule reports a node placed by nothing).
 */
import type { Dependency, Resource, ResourceSelection } from '../inventory.js';
import type { ResourceIndex } from '../resource-index.js';

export function resolveSelections(selections: readonly ResourceSelection[], resources: readonly Resource[], index: ResourceIndex): { dependencies: Dependency[]; unmatched: ResourceSelection[] } {
  const dependencies: Dependency[] = [];
  const unmatched: ResourceSelection[] = [];
  for (const selection of selections) {
    let positions = index.select(selection.select);
    if (selection.name !== undefined) positions = positions.filter((i) => isNamed(resources[i]!.id, selection.name!));
    const ids = positions.map((i) => resources[i]!.id).filter((id) => id !== selection.from);
    if (ids.length === 0) {
      unmatched.push(selection);
      continue;
    }
    dependencies.push({ from: selection.from, to: [...new Set(ids)].sort(), kind: 'declared', provenance: selection.provenance, via: selection.via });
  }
  return { dependencies, unmatched };
}

/** What to say about a selection that matched nothing (said only for a node something needs). */
export function unmatchedWarning(selection: ResourceSelection): string {
  return `${selection.from}: ${selection.via} (${describe(selection)}) matches no resource of the inventory; it places nothing (${selection.provenance})`;
}

/** The ARN's resource ends in the name: `function:checkout` and `service/cluster/checkout` are named `checkout`. */
function isNamed(id: string, name: string): boolean {
  return id.endsWith(`:${name}`) || id.endsWith(`/${name}`);
}

function describe({ select, name }: ResourceSelection): string {
  const parts = [
    ...Object.entries(select.tags ?? {}).map(([key, value]) => `${key}=${value}`),
    ...(select.type === undefined ? [] : [`type ${select.type}`]),
    ...(select.region === undefined ? [] : [`region ${select.region}`]),
    ...(select.account === undefined ? [] : [`account ${select.account}`]),
    ...(name === undefined ? [] : [`named ${name}`]),
  ];
  return parts.join(', ');
}
