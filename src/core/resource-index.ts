/**
 * Finds the resources a `select:` matches without scanning the whole inventory
 * for every component: candidates come from the narrowest tag or type bucket.
 * Resources are named by their position in the inventory, so callers can keep
 * flags in a typed array instead of a set of a million ids.
 */
import type { SelectSpec } from './manifest/schema.js';
import type { Resource } from './inventory.js';
import { compileSelect } from './selection.js';
import { ownValue } from './own-value.js';

export class ResourceIndex {
  readonly all: readonly Resource[];
  private byId: Map<string, number> | undefined;
  private readonly byTag = new Map<string, Map<string, number[]>>();
  private byService: Map<string, number[]> | undefined;

  /** `positions`: id -> position, when the caller has it already (as merging snapshots does). */
  constructor(resources: readonly Resource[], positions?: Map<string, number>) {
    this.all = resources;
    this.byId = positions;
  }

  /** The position of the resource with this id (ARN); the lookup table is built on first use unless it was given. */
  positionOf(id: string): number | undefined {
    return this.positions().get(id);
  }

  /** Id -> position of every resource (merged resources repeat no id). */
  positions(): ReadonlyMap<string, number> {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.all.length; i++) this.byId.set(this.all[i]!.id, i);
    }
    return this.byId;
  }

  /** Positions of the matching resources, in inventory order (`scan` writes snapshots sorted by id). */
  select(select: SelectSpec): number[] {
    let candidates: readonly number[] | undefined;
    let merged = false;
    const narrow = (buckets: ReadonlyArray<readonly number[]>) => {
      const bucket = buckets.length === 1 ? buckets[0]! : buckets.flat();
      if (candidates === undefined || bucket.length < candidates.length) {
        candidates = bucket;
        merged = buckets.length > 1;
      }
    };
    for (const [key, wanted] of Object.entries(select.tags ?? {})) {
      const values = this.tagValues(key);
      narrow((Array.isArray(wanted) ? wanted : [wanted]).map((value) => values.get(value) ?? []));
    }
    if (select.type !== undefined) {
      const services = this.services();
      narrow((Array.isArray(select.type) ? select.type : [select.type]).map((type) => services.get(serviceOf(type)) ?? []));
    }
    const pool = candidates ?? this.all.map((_, i) => i);
    const unique = merged ? [...new Set(pool)].sort((a, b) => a - b) : pool;
    const matches = compileSelect(select);
    return unique.filter((i) => matches(this.all[i]!));
  }

  /** Positions by value of one tag key, built the first time a select asks for that key. */
  private tagValues(key: string): Map<string, number[]> {
    let values = this.byTag.get(key);
    if (!values) {
      values = new Map();
      for (let i = 0; i < this.all.length; i++) {
        const value = ownValue(this.all[i]!.tags, key);
        if (value !== undefined) push(values, value, i);
      }
      this.byTag.set(key, values);
    }
    return values;
  }

  private services(): Map<string, number[]> {
    if (!this.byService) {
      this.byService = new Map();
      for (let i = 0; i < this.all.length; i++) push(this.byService, serviceOf(this.all[i]!.type), i);
    }
    return this.byService;
  }
}

function serviceOf(type: string): string {
  const colon = type.indexOf(':');
  return colon < 0 ? type : type.slice(0, colon);
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
