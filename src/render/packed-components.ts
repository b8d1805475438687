/**
 * The model's components in a compact form, for the HTML export of a large
 * estate: the page needs every component to run the engine offline, and a
 * hundred thousand scanned resources written out as objects weigh ~50 MB.
 * Scanned resources are stored column by column, with their types, providers,
 * regions, zones, accounts, domain lists and tag sets interned (resources in one
 * place share them); everything else is kept as it is. Unpacking gives the
 * components back in their order, less the snapshot path of each resource
 * (`source`), which the report has no use for and which names a local file.
 */
import type { Component, Requirement } from '../core/model.js';

export interface PackedComponents {
  faultlinePacked: 1;
  /** Interned strings; -1 stands for "none" in the columns below. */
  strings: string[];
  /** Interned lists of string indices: domain lists, and tag sets as key, value, key, value. */
  lists: number[][];
  /**
   * Components kept whole (capabilities, declared, anything unusual), with their
   * positions. In their requirements a number stands for the scanned resource of
   * that index: services name their resources, and an ARN is long.
   */
  whole: PackedComponent[];
  positions: number[];
  /** Scanned resources, in order, column by column. */
  resources: {
    id: string[];
    type: number[];
    provider: number[];
    region: number[];
    zone: number[];
    account: number[];
    /** Index into `lists`. */
    domains: number[];
    /** Index into `lists`; -1 for no tags. */
    tags: number[];
    /** Resource index -> requirements, for the few that need something. */
    requires: Record<number, Requirement[]>;
  };
}

/** A requirement in which a number stands for a packed resource. */
export type PackedRequirement = number | string | PackedGroup;
/** A requirement group whose terms are packed. */
export interface PackedGroup {
  op: 'allOf' | 'anyOf' | 'atLeast';
  k?: number;
  terms: PackedRequirement[];
  origin: 'declared' | 'selection' | 'knowledge' | 'discovered';
  label?: string;
}
export type PackedComponent = Omit<Component, 'requires'> & { requires: PackedRequirement[] };

const resourceKeys = new Set(['id', 'kind', 'provenance', 'requires', 'domains', 'type', 'provider', 'region', 'zone', 'account', 'tags', 'source']);

/** A scanned resource with nothing the columns cannot hold. */
function isPlainResource(component: Component): boolean {
  if (component.kind !== 'resource' || component.provenance !== 'inventory' || typeof component.type !== 'string' || typeof component.provider !== 'string') return false;
  for (const key in component) if (!resourceKeys.has(key)) return false;
  return true;
}

export function packComponents(components: readonly Component[]): PackedComponents {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (value: string | undefined) => {
    if (value === undefined) return -1;
    let at = stringIndex.get(value);
    if (at === undefined) stringIndex.set(value, (at = strings.push(value) - 1));
    return at;
  };
  const lists: number[][] = [];
  const listIndex = new Map<string, number>();
  const internList = (values: readonly string[]) => {
    const indices = values.map(intern);
    const key = indices.join(',');
    let at = listIndex.get(key);
    if (at === undefined) listIndex.set(key, (at = lists.push(indices) - 1));
    return at;
  };
  const packed: PackedComponents = {
    faultlinePacked: 1,
    strings,
    lists,
    whole: [],
    positions: [],
    resources: { id: [], type: [], provider: [], region: [], zone: [], account: [], domains: [], tags: [], requires: {} },
  };
  const columns = packed.resources;
  const whole: Component[] = [];
  components.forEach((component, position) => {
    if (!isPlainResource(component)) {
      whole.push(component);
      packed.positions.push(position);
      return;
    }
    const at = columns.id.push(component.id) - 1;
    columns.type.push(intern(component.type));
    columns.provider.push(intern(component.provider));
    columns.region.push(intern(component.region));
    columns.zone.push(intern(component.zone));
    columns.account.push(intern(component.account));
    columns.domains.push(internList(component.domains));
    columns.tags.push(component.tags === undefined ? -1 : internList(Object.entries(component.tags).flat()));
    if (component.requires.length > 0) columns.requires[at] = component.requires;
  });
  const resourceIndex = new Map(columns.id.map((id, i) => [id, i]));
  const packTerm = (term: Requirement): PackedRequirement => (typeof term === 'string' ? (resourceIndex.get(term) ?? term) : { ...term, terms: term.terms.map(packTerm) });
  packed.whole = whole.map((component) => (component.requires.length === 0 ? component : { ...component, requires: component.requires.map(packTerm) }));
  return packed;
}

export function unpackComponents(packed: PackedComponents): Component[] {
  const { strings, lists, resources: columns } = packed;
  const text = (at: number) => (at < 0 ? undefined : strings[at]);
  // Resources in one place share their domain list, as the loader makes them.
  const domainLists = new Map<number, string[]>();
  const domainsOf = (at: number) => {
    let domains = domainLists.get(at);
    if (domains === undefined) domainLists.set(at, (domains = lists[at]!.map((index) => strings[index]!)));
    return domains;
  };
  const tagsOf = (at: number) => {
    const pairs: Array<[string, string]> = [];
    const list = at < 0 ? [] : lists[at]!;
    for (let i = 0; i + 1 < list.length; i += 2) pairs.push([strings[list[i]!]!, strings[list[i + 1]!]!]);
    // fromEntries defines each key, so a tag named __proto__ stays a tag rather than setting the prototype.
    return Object.fromEntries(pairs) as Record<string, string>;
  };
  const unpackTerm = (term: PackedRequirement): Requirement => (typeof term === 'number' ? columns.id[term]! : typeof term === 'string' ? term : ({ ...term, terms: term.terms.map(unpackTerm) } as Requirement));
  const total = packed.whole.length + columns.id.length;
  const components = new Array<Component>(total);
  packed.whole.forEach((component, i) => (components[packed.positions[i]!] = { ...component, requires: component.requires.map(unpackTerm) }));
  let next = 0;
  for (let position = 0; position < total; position++) {
    if (components[position] !== undefined) continue;
    const r = next++;
    const component: Component = { id: columns.id[r]!, kind: 'resource', provenance: 'inventory', requires: columns.requires[r] ?? [], domains: domainsOf(columns.domains[r]!), type: text(columns.type[r]!)!, provider: text(columns.provider[r]!)! };
    const region = text(columns.region[r]!);
    const zone = text(columns.zone[r]!);
    const account = text(columns.account[r]!);
    if (columns.tags[r]! >= 0) component.tags = tagsOf(columns.tags[r]!);
    if (region !== undefined) component.region = region;
    if (zone !== undefined) component.zone = zone;
    if (account !== undefined) component.account = account;
    components[position] = component;
  }
  return components;
}
