/**
 * Scanned resources as components: their domains (shared between resources in
 * one place), and the merge of several snapshots.
 */
import { providerDomain, scopedDomain } from '../domain.js';
import { isGlobalRegion, type Resource, type Snapshot } from '../inventory.js';
import type { Component } from '../model.js';

export function resourceComponent(resource: Resource, source: string, domainsOf = createResourceDomains()): Component {
  const { provider, region, zone, account } = resource;
  const component: Component = { id: resource.id, kind: 'resource', provenance: 'inventory', requires: [], domains: domainsOf(resource), type: resource.type, provider, tags: resource.tags ?? {}, source };
  if (region) component.region = region;
  if (zone) component.zone = zone;
  if (account) component.account = account;
  return component;
}

/**
 * The domains of a scanned resource: its provider, region (unless global), zone
 * and account. Resources in the same place share one (read-only) array, so a
 * million resources hold a few hundred arrays, not a million.
 */
export function createResourceDomains(): (resource: Resource) => string[] {
  // provider -> region -> zone -> account -> domains; '' stands for "none".
  const cache = new Map<string, Map<string, Map<string, Map<string, string[]>>>>();
  const level = <T>(map: Map<string, T>, key: string, make: () => T): T => {
    let next = map.get(key);
    if (next === undefined) map.set(key, (next = make()));
    return next;
  };
  return ({ provider, region = '', zone = '', account = '' }) => {
    const byAccount = level(level(level(cache, provider, () => new Map()), region, () => new Map()), zone, () => new Map<string, string[]>());
    return level(byAccount, account, () => {
      // Pushed in sorted order: account < provider < region < zone.
      const domains: string[] = [];
      if (account) domains.push(scopedDomain('account', provider, account));
      domains.push(providerDomain(provider));
      // Global resources (CloudFront, Route 53, ...) share one global data plane: its own failure domain.
      domains.push(scopedDomain('region', provider, isGlobalRegion(region) ? 'global' : region));
      if (zone) domains.push(scopedDomain('zone', provider, zone));
      return domains;
    });
  };
}

/** All snapshots' resources in order; a resource listed twice keeps its first snapshot, with a warning. */
export function mergeSnapshots(snapshots: ReadonlyArray<Pick<Snapshot, 'file' | 'resources'>>, warnings: string[]) {
  if (snapshots.length === 1) {
    const [only] = snapshots;
    return { resources: only!.resources, files: new Array<string>(only!.resources.length).fill(only!.file) };
  }
  const seen = new Map<string, string>();
  const resources: Resource[] = [];
  const files: string[] = [];
  for (const snapshot of snapshots) {
    for (const resource of snapshot.resources) {
      const first = seen.get(resource.id);
      if (first !== undefined) {
        warnings.push(`${snapshot.file}: ${resource.id} is also in ${first}; the first is used`);
        continue;
      }
      seen.set(resource.id, snapshot.file);
      resources.push(resource);
      files.push(snapshot.file);
    }
  }
  return { resources, files };
}
