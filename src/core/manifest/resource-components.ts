/**
 * Scanned resources as components: their domains (shared between resources in
 * one place), and the merge of several snapshots.
 */
import { isDomainKind, providerDomain, scopedDomain } from '../domain.js';
import type { ManifestIssue } from '../errors.js';
import { isGlobalRegion, type Resource, type Snapshot } from '../inventory.js';
import type { Component, Requirement } from '../model.js';

/**
 * What a resource needs until a tag or a source says more: one frozen list shared by
 * every such resource (most of an estate), where a list each cost a million arrays.
 * Requirements are replaced, never pushed to.
 */
const noRequirements: Requirement[] = Object.freeze([]) as unknown as Requirement[];

export function resourceComponent(resource: Resource, source: string, places = createResourcePlaces()): Component {
  const place = places.of(resource);
  const domains = withExtraDomains(place.domains, resource);
  const type = places.type(resource.type);
  const tags = resource.tags ?? {};
  // Most resources are in a region, a zone and an account, and came from a scan alone:
  // one literal holds all their fields in the object itself, where fields added one by one
  // would each cost a second allocation (a million of them at a million resources).
  if (place.region && place.zone && place.account && resource.origins === undefined && resource.vendor === undefined) {
    return { id: resource.id, kind: 'resource', provenance: 'inventory', requires: noRequirements, domains, type, provider: place.provider, tags, source, region: place.region, zone: place.zone, account: place.account };
  }
  const component: Component = { id: resource.id, kind: 'resource', provenance: 'inventory', requires: noRequirements, domains, type, provider: place.provider, tags, source };
  if (resource.origins !== undefined) component.origins = resource.origins;
  if (resource.vendor !== undefined) component.vendor = resource.vendor;
  if (place.region) component.region = place.region;
  if (place.zone) component.zone = place.zone;
  if (place.account) component.account = place.account;
  return component;
}

/** A resource's own vendor and further domains (a catalog entity's), beside those of its place: a new array, sorted. */
function withExtraDomains(domains: string[], resource: Resource): string[] {
  if (resource.vendor === undefined && resource.domains === undefined) return domains;
  const extra = [...(resource.vendor === undefined ? [] : [`vendor:${resource.vendor}`]), ...(resource.domains ?? [])];
  return [...new Set([...domains, ...extra])].sort();
}

/** Where a resource is: its provider, region, zone and account, and the failure domains they make. */
export interface ResourcePlace {
  provider: string;
  region: string;
  zone: string;
  account: string;
  /** Sorted; read-only, shared by every resource in this place. */
  domains: string[];
}

/**
 * One record per place and one string per type, shared by every resource there.
 * JSON.parse gives each resource its own copy of a longer string (an account id, a
 * zone, a type), so a million resources in a few dozen places held a few million
 * strings the components would keep for the whole run.
 */
export interface ResourcePlaces {
  of(resource: Resource): ResourcePlace;
  type(type: string): string;
}

/**
 * The domains of a scanned resource: its provider, region (unless global), zone
 * and account. A resource no source placed (an empty provider: a catalog entity
 * without placement) is in no domain, and the `unlocated` rule says so.
 */
export function createResourcePlaces(): ResourcePlaces {
  // provider -> region -> zone -> account -> place; '' stands for "none". Read once per
  // resource: the lookups make no closure and no key string.
  const cache = new Map<string, Map<string, Map<string, Map<string, ResourcePlace>>>>();
  const types = new Map<string, string>();
  return {
    of: (resource) => {
      const { provider } = resource;
      const region = resource.region ?? '';
      const zone = resource.zone ?? '';
      const account = resource.account ?? '';
      let byRegion = cache.get(provider);
      if (byRegion === undefined) cache.set(provider, (byRegion = new Map()));
      let byZone = byRegion.get(region);
      if (byZone === undefined) byRegion.set(region, (byZone = new Map()));
      let byAccount = byZone.get(zone);
      if (byAccount === undefined) byZone.set(zone, (byAccount = new Map()));
      let place = byAccount.get(account);
      if (place === undefined) byAccount.set(account, (place = { provider, region, zone, account, domains: domainsOf(provider, region, zone, account) }));
      return place;
    },
    type: (type) => {
      const known = types.get(type);
      if (known !== undefined) return known;
      types.set(type, type);
      return type;
    },
  };
}

function domainsOf(provider: string, region: string, zone: string, account: string): string[] {
  // Pushed in sorted order: account < provider < region < zone.
  const domains: string[] = [];
  if (provider === '') return domains;
  if (account) domains.push(scopedDomain('account', provider, account));
  domains.push(providerDomain(provider));
  // Global resources (CloudFront, Route 53, ...) share one global data plane: its own failure domain.
  domains.push(scopedDomain('region', provider, isGlobalRegion(region) ? 'global' : region));
  if (zone) domains.push(scopedDomain('zone', provider, zone));
  return domains;
}

/**
 * All snapshots' resources in order, each id once: a resource listed again, in
 * another snapshot or in the same one, keeps its first copy, with a warning.
 * `positions` maps each id to its place in `resources` (the model's component table
 * needs it whatever the order of the ids, so it is made here, in the same pass).
 */
export function mergeSnapshots(snapshots: ReadonlyArray<Pick<Snapshot, 'file' | 'resources'> & { source?: Snapshot['source'] }>, warnings: string[]): { resources: readonly Resource[]; files: string[]; positions: Map<string, number> } {
  // One snapshot that repeats no id (the common case) is used as it is: only the id table is new.
  const [only] = snapshots;
  if (snapshots.length === 1) {
    const positions = indexIds(only!.resources);
    if (positions !== undefined) return { resources: only!.resources, files: new Array<string>(only!.resources.length).fill(only!.file), positions };
  }
  const positions = new Map<string, number>();
  const resources: Resource[] = [];
  const files: string[] = [];
  // Where each kept resource is in its snapshot, to name both copies of a repeat.
  const listedAt: number[] = [];
  const sourceOf: Array<Snapshot['source']> = [];
  for (const { file, resources: listed, source } of snapshots) {
    for (let index = 0; index < listed.length; index++) {
      const resource = listed[index]!;
      const first = positions.get(resource.id);
      if (first === undefined) {
        positions.set(resource.id, resources.length);
        resources.push(resource);
        files.push(file);
        listedAt.push(index);
        sourceOf.push(source);
      } else if (sourceOf[first] !== source) {
        // One thing seen by two sources (a scan and Terraform): one node, with what each knows.
        resources[first] = mergeResource(resources[first]!, resource);
      } else if (files[first] === file) {
        warnings.push(`${file}: ${resource.id} is listed twice (resources[${listedAt[first]!}] and resources[${index}]); the first is used`);
      } else {
        warnings.push(`${file}: ${resource.id} is also in ${files[first]!}; the first is used`);
      }
    }
  }
  return { resources, files, positions };
}

/** Two sources' views of one resource: the first's fields where it has them, the other's where it has not, both origins. */
function mergeResource(first: Resource, other: Resource): Resource {
  const merged: Resource = { ...first };
  if (!merged.region && other.region) merged.region = other.region;
  if (!merged.zone && other.zone) merged.zone = other.zone;
  if (!merged.account && other.account) merged.account = other.account;
  if (merged.vendor === undefined && other.vendor !== undefined) merged.vendor = other.vendor;
  if (other.domains !== undefined) merged.domains = [...new Set([...(first.domains ?? []), ...other.domains])];
  if (other.tags !== undefined) merged.tags = { ...other.tags, ...first.tags };
  const origins = [...(first.origins ?? []), ...(other.origins ?? [])];
  if (origins.length > 0) merged.origins = origins;
  const names = [...new Set([...(first.dnsNames ?? []), ...(other.dnsNames ?? [])])];
  if (names.length > 0) merged.dnsNames = names;
  return merged;
}

/** Each id's position, or undefined when an id repeats. */
function indexIds(resources: readonly Resource[]): Map<string, number> | undefined {
  const positions = new Map<string, number>();
  for (let i = 0; i < resources.length; i++) {
    // One hash operation per id: a repeated id overwrites its entry instead of adding one.
    positions.set(resources[i]!.id, i);
    if (positions.size !== i + 1) return undefined;
  }
  return positions;
}

/** `<owner>#<number>`, as walk-model.ts names a component's requirement groups. */
function isGroupId(id: string): boolean {
  const hash = id.lastIndexOf('#');
  if (hash <= 0 || hash === id.length - 1) return false;
  for (let i = hash + 1; i < id.length; i++) if (id.charCodeAt(i) < 48 || id.charCodeAt(i) > 57) return false;
  return true;
}

/** At most this many clashes are reported per snapshot, as reading a snapshot reports at most ten problems. */
const maxClashes = 10;

/**
 * Scanned resources whose id is also a component's, a capability's, or has the
 * form of a failure domain (`region:aws/us-east-1`): a reference or a `--fail`
 * naming it could mean either, so each is refused at its place in its snapshot.
 * So is an id of the form of a requirement group's (`web#1`, see walk-model.ts): the
 * graph would make one node of the group and the resource.
 */
export function findIdClashes(snapshots: ReadonlyArray<Pick<Snapshot, 'file' | 'resources'>>, declaredAs: (id: string) => 'component' | 'capability' | undefined): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const { file, resources } of snapshots) {
    let found = 0;
    for (let index = 0; index < resources.length && found < maxClashes; index++) {
      const { id } = resources[index]!;
      const kind = declaredAs(id);
      const problem =
        kind !== undefined
          ? { message: `"${id}" is also the id of a ${kind}`, fix: `a scanned resource is named by its ARN; fix the snapshot, or rename the ${kind}` }
          : isDomainKind(id.slice(0, Math.max(0, id.indexOf(':'))))
            ? { message: `"${id}" has the form of a failure domain`, fix: 'a scanned resource is named by its ARN; fix the snapshot' }
            : isGroupId(id)
              ? { message: `"${id}" has the form of a requirement group's id (<component>#<number>)`, fix: 'a scanned resource is named by its ARN; fix the snapshot' }
              : undefined;
      if (problem === undefined) continue;
      issues.push({ file, path: ['resources', index, 'id'], ...problem });
      found++;
    }
  }
  return issues;
}
