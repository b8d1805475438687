/**
 * Tag conventions, for estates where the cloud knows more than the manifest:
 * - `faultline:component=<id>` puts a scanned resource into the declared
 *   component `<id>`, as if its `select` had matched it;
 * - `faultline:requires=<id> <id> ...` (spaces or commas) says what the resource
 *   needs: component ids or ARNs of other scanned resources.
 * Tags come from the cloud, not from the manifest, so a tag naming nothing known
 * is a warning (the resource is still used), never an error that blocks analysis.
 */
import type { Resource } from '../inventory.js';

export const componentTag = 'faultline:component';
export const requiresTag = 'faultline:requires';

/** Positions of the resources tagged into each declared component. */
export function findTaggedMembers(resources: readonly Resource[], isComponent: (id: string) => boolean, warnings: string[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  for (let i = 0; i < resources.length; i++) {
    const id = resources[i]!.tags?.[componentTag];
    if (id === undefined) continue;
    if (!isComponent(id)) {
      warnings.push(`${resources[i]!.id} is tagged ${componentTag}=${id}, but the manifest declares no component "${id}"; the tag is ignored`);
      continue;
    }
    const list = members.get(id);
    if (list) list.push(i);
    else members.set(id, [i]);
  }
  return members;
}

/** The ids a resource's `faultline:requires` tag names, as written. */
export function taggedRequirements(resource: Resource): string[] {
  const value = resource.tags?.[requiresTag];
  return value === undefined ? [] : value.split(/[\s,]+/).filter((id) => id !== '' && id !== resource.id);
}

/** Merges two ascending position lists without repeats. */
export function mergePositions(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
