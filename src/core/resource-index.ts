/**
 * Finds the resources a `select:` matches without scanning the whole inventory
 * for every component: candidates come from the narrowest tag or type bucket.
 */
import type { SelectSpec } from './manifest/schema.js';
import type { Resource } from './inventory.js';
import { matchesSelect } from './selection.js';

export class ResourceIndex {
  readonly all: readonly Resource[];
  readonly byId = new Map<string, Resource>();
  private readonly byTag = new Map<string, Map<string, Resource[]>>();
  private readonly byService = new Map<string, Resource[]>();

  constructor(resources: readonly Resource[]) {
    this.all = resources;
    for (const resource of resources) this.byId.set(resource.id, resource);
  }

  /** Resources by value of one tag key, built the first time a select asks for that key. */
  private tagValues(key: string): Map<string, Resource[]> {
    let values = this.byTag.get(key);
    if (!values) {
      values = new Map();
      for (const resource of this.all) {
        const value = resource.tags?.[key];
        if (value !== undefined) push(values, value, resource);
      }
      this.byTag.set(key, values);
    }
    return values;
  }

  private service(name: string): Resource[] {
    if (this.byService.size === 0) for (const resource of this.all) push(this.byService, serviceOf(resource.type), resource);
    return this.byService.get(name) ?? [];
  }

  /** Matching resources, sorted by id. */
  select(select: SelectSpec): Resource[] {
    let candidates: readonly Resource[] = this.all;
    const narrow = (bucket: readonly Resource[]) => {
      if (bucket.length < candidates.length) candidates = bucket;
    };
    for (const [key, wanted] of Object.entries(select.tags ?? {})) {
      const values = this.tagValues(key);
      narrow(Array.isArray(wanted) ? wanted.flatMap((value) => values.get(value) ?? []) : (values.get(wanted) ?? []));
    }
    if (select.type !== undefined) {
      const types = Array.isArray(select.type) ? select.type : [select.type];
      narrow(types.flatMap((type) => this.service(serviceOf(type))));
    }
    const matched = [...new Set(candidates)].filter((resource) => matchesSelect(resource, select));
    return matched.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function serviceOf(type: string): string {
  const colon = type.indexOf(':');
  return colon < 0 ? type : type.slice(0, colon);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
