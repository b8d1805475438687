/**
 * `select:` picks scanned resources; `redundancy` turns the picks into requirement
 * terms (DESIGN section 2).
 */
import type { Redundancy, SelectSpec } from './manifest/schema.js';
import type { Resource } from './inventory.js';
import type { Requirement } from './model.js';

export function matchesSelect(resource: Resource, select: SelectSpec): boolean {
  if (select.type !== undefined && !anyOf(select.type, (type) => typeMatches(resource.type, type))) return false;
  if (select.region !== undefined && !anyOf(select.region, (region) => resource.region === region)) return false;
  if (select.account !== undefined && !anyOf(select.account, (account) => resource.account === account)) return false;
  if (select.tags !== undefined) {
    for (const [key, wanted] of Object.entries(select.tags)) {
      const value = resource.tags?.[key];
      if (value === undefined || !anyOf(wanted, (candidate) => candidate === value)) return false;
    }
  }
  return true;
}

/** `ecs:service` matches exactly; `ecs` matches every type of that service. */
function typeMatches(actual: string, wanted: string): boolean {
  return wanted.includes(':') ? actual === wanted : actual.startsWith(`${wanted}:`) || actual === wanted;
}

function anyOf(value: string | string[], test: (candidate: string) => boolean): boolean {
  return Array.isArray(value) ? value.some(test) : test(value);
}

/** Selected resources as one requirement term (resources sorted by id for stable output). */
export function selectionTerm(selected: Resource[], redundancy: Redundancy): Requirement {
  const refs = (group: Resource[]): Requirement[] => group.map((resource) => ({ op: 'ref', id: resource.id }));
  if (redundancy === 'all') return { op: 'allOf', terms: refs(selected), origin: 'selection' };
  if (redundancy === 'any') return { op: 'anyOf', terms: refs(selected), origin: 'selection' };
  // any-region / any-zone: one whole group suffices. A resource without a zone
  // is grouped by its region, since nothing says it survives a zone of it.
  const groupOf =
    redundancy === 'any-region'
      ? (resource: Resource) => `region:${resource.region || 'global'}`
      : (resource: Resource) => (resource.zone ? `zone:${resource.zone}` : `region:${resource.region || 'global'}`);
  const groups = new Map<string, Resource[]>();
  for (const resource of selected) {
    const key = groupOf(resource);
    const group = groups.get(key);
    if (group) group.push(resource);
    else groups.set(key, [resource]);
  }
  const terms: Requirement[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, group]) => ({ op: 'allOf', terms: refs(group), origin: 'selection', label }));
  return { op: 'anyOf', terms, origin: 'selection' };
}
