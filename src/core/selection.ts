/**
 * `select:` picks scanned resources; `redundancy` turns the picks into requirement
 * terms (DESIGN section 2).
 */
import type { Redundancy, SelectSpec } from './manifest/schema.js';
import type { Resource } from './inventory.js';
import type { Requirement } from './model.js';
import { ownValue } from './own-value.js';

export function matchesSelect(resource: Resource, select: SelectSpec): boolean {
  return compileSelect(select)(resource);
}

/** A select as a predicate, with its lists prepared once rather than per resource. */
export function compileSelect(select: SelectSpec): (resource: Resource) => boolean {
  const types = listOf(select.type);
  const regions = listOf(select.region);
  const accounts = listOf(select.account);
  const tags = Object.entries(select.tags ?? {}).map(([key, wanted]) => [key, listOf(wanted)!] as const);
  const addresses = listOf(select.address)?.map(addressPattern);
  return (resource) => {
    if (addresses && !(resource.origins ?? []).some((origin) => origin.address !== undefined && addresses.some((pattern) => pattern.test(origin.address!)))) return false;
    if (types && !types.some((type) => typeMatches(resource.type, type))) return false;
    if (regions && (resource.region === undefined || !regions.includes(resource.region))) return false;
    if (accounts && (resource.account === undefined || !accounts.includes(resource.account))) return false;
    for (const [key, wanted] of tags) {
      const value = ownValue(resource.tags, key);
      if (value === undefined || !wanted.includes(value)) return false;
    }
    return true;
  };
}

/** A Terraform address pattern: `*` matches any characters (dots, brackets and quotes included), the rest literally. */
function addressPattern(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** `ecs:service` matches exactly; `ecs` matches every type of that service. */
function typeMatches(actual: string, wanted: string): boolean {
  return wanted.includes(':') ? actual === wanted : actual === wanted || (actual.startsWith(wanted) && actual[wanted.length] === ':');
}

function listOf(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** Where the selected resources are in the inventory, and what keeps each list of ids made from them with their positions. */
export interface SelectionPositions {
  /** The inventory position of each selected resource, in the order of `selected`. */
  inventory: readonly number[];
  /** Read at once: for `all` and `any` the positions are `inventory` itself, which the receiver must not keep. */
  record: (terms: readonly Requirement[], positions: ArrayLike<number>) => void;
}

/**
 * Selected resources as one requirement term, in the order given. With
 * `positions`, each list of ids made is handed to `record` with the inventory
 * positions of its resources.
 */
export function selectionTerm(selected: Resource[], redundancy: Redundancy, positions?: SelectionPositions): Requirement {
  // `group` holds indices into `selected`; without one, every selected resource, in order.
  const refs = (group?: readonly number[]): Requirement[] => {
    const terms = group === undefined ? selected.map((resource) => resource.id) : group.map((j) => selected[j]!.id);
    if (positions !== undefined) positions.record(terms, group === undefined ? positions.inventory : group.map((j) => positions.inventory[j]!));
    return terms;
  };
  if (redundancy === 'all') return { op: 'allOf', terms: refs(), origin: 'selection' };
  if (redundancy === 'any') return { op: 'anyOf', terms: refs(), origin: 'selection' };
  // any-region / any-zone: one whole group suffices. A resource without a zone
  // is grouped by its region, since nothing says it survives a zone of it.
  const byZone = redundancy === 'any-zone';
  const zones = new Map<string, number[]>();
  const regions = new Map<string, number[]>();
  for (let j = 0; j < selected.length; j++) {
    const resource = selected[j]!;
    const inZone = byZone && resource.zone !== undefined && resource.zone !== '';
    const groups = inZone ? zones : regions;
    const key = inZone ? resource.zone! : resource.region || 'global';
    const group = groups.get(key);
    if (group) group.push(j);
    else groups.set(key, [j]);
  }
  const labelled = [
    ...[...regions].map(([region, group]) => [`region:${region}`, group] as const),
    ...[...zones].map(([zone, group]) => [`zone:${zone}`, group] as const),
  ];
  const terms: Requirement[] = labelled
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, group]) => ({ op: 'allOf', terms: refs(group), origin: 'selection', label }));
  return { op: 'anyOf', terms, origin: 'selection' };
}
