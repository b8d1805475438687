/**
 * Catalog entities as an inventory (DESIGN section 8). Pure: checked entities in,
 * a snapshot out.
 *
 * - `Component`, `Resource` and `API` entities are nodes, with their normalised
 *   entity ref as id (`component:default/artist-lookup`), placed by their annotations
 *   (entity-placement.ts); tags carry kind, type, owner, lifecycle, system and domain.
 * - Relations are dependencies: `dependsOn` and `consumesApis` are needs of the entity,
 *   `dependencyOf` a need of its target, and an API needs one of the components that
 *   provide it (several providers are alternatives). The catalog keeps relations without
 *   attributes (backstage#24887), so criticality and fallbacks stay in the manifest.
 * - `owner`, `system` and `subcomponentOf` are not run-time needs: kept as ignored
 *   references with why, so nothing read is hidden.
 * - `System` and `Domain` are groupings; a System annotated `faultline/fails-together`
 *   is a `custom:` failure domain of its members.
 */
import type { Entity } from '@backstage/catalog-model';
import type { Dependency, IgnoredDependency, Resource, ResourceSelection, Snapshot } from '../../core/inventory.js';
import { parseArn, resourceTypeOf } from '../aws/parse-arn.js';
import { InputError, type Located } from '../source-error.js';
import { normaliseRef, refOf, type RefContext } from './entity-ref.js';
import { isPlaced, readPlacement, type Placement } from './entity-placement.js';

/** An entity as read, with where: a file and the line its document starts at, or the catalog's URL. */
export interface CatalogEntity {
  entity: Entity;
  file: string;
  line?: number;
}

export interface ReadCatalogOptions {
  /** How the snapshot is named: the glob of the entry, or the catalog's URL. */
  label: string;
  /** When the catalog was read or its files last written, ISO 8601. */
  writtenAt: string;
  /** Checks a region an annotation names, as the manifest's are checked (a typo would make a failure domain of its own). */
  checkRegion?: (provider: string, region: string) => { ok: true } | { ok: false; problem: string; fix: string };
  /** Systems (normalised refs) whose members fail as one, as the manifest says: the same as the `faultline/fails-together` annotation. */
  failsTogether?: readonly string[];
}

/** A System or Domain: what the page and the brief group by. */
export interface Grouping {
  ref: string;
  kind: 'system' | 'domain';
  owner?: string;
  /** A System's Domain. */
  domain?: string;
  /** Node refs that are part of it (through their system, for a Domain). */
  members: string[];
}

export interface CatalogReading {
  snapshot: Snapshot & { source: 'backstage'; dependencies: Dependency[]; ignored: IgnoredDependency[]; selections: ResourceSelection[] };
  groupings: Grouping[];
  /** Node refs with no placement of their own nor through an ARN, tags or providers. */
  unplaced: string[];
  warnings: string[];
}

const nodeKinds = new Set(['component', 'resource', 'api']);

export function readCatalog(entities: readonly CatalogEntity[], options: ReadCatalogOptions): CatalogReading {
  const problems: Located[] = [];
  const warnings: string[] = [];
  const byRef = new Map<string, CatalogEntity>();
  for (const read of entities) {
    const ref = refOf(read.entity);
    const first = byRef.get(ref);
    if (first !== undefined) {
      problems.push({ ...at(read), message: `${ref} is defined twice (also at ${first.file}${first.line !== undefined ? `:${first.line}` : ''})`, fix: 'an entity ref names one entity; remove or rename one of them' });
      continue;
    }
    byRef.set(ref, read);
  }

  const resources = new Map<string, Resource>();
  const dependencies: Dependency[] = [];
  const ignored: IgnoredDependency[] = [];
  const selections: ResourceSelection[] = [];
  const providers = new Map<string, string[]>();
  const placed = new Map<string, boolean>();
  const groupings = new Map<string, Grouping>();

  const provenance = (read: CatalogEntity) => `backstage ${read.file}${read.line !== undefined ? `:${read.line}` : ''} ${refOf(read.entity)}`;
  const refs = (read: CatalogEntity, field: string, context: RefContext): string[] => {
    const value = (read.entity.spec as Record<string, unknown> | undefined)?.[field];
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    list.forEach((written, i) => {
      const reading = normaliseRef(written, { defaultNamespace: read.entity.metadata.namespace ?? 'default', ...context });
      if (reading.ok) out.push(reading.ref);
      else problems.push({ ...at(read), message: `${refOf(read.entity)}: spec.${field}${Array.isArray(value) ? `[${i}]` : ''}: ${reading.problem}`, fix: context.defaultKind === undefined ? 'write the kind too: resource:artists-db, component:default/checkout' : 'write [kind:][namespace/]name' });
    });
    return out;
  };
  // Relations the catalog computed (entities read through its API carry them), beside those of the spec.
  const related = (read: CatalogEntity, type: string): string[] =>
    (read.entity.relations ?? []).filter((relation) => relation.type === type).map((relation) => relation.targetRef.toLocaleLowerCase('en-US'));
  const union = (...lists: string[][]) => [...new Set(lists.flat())];

  // Systems and domains first: members name them.
  for (const [ref, read] of byRef) {
    const kind = read.entity.kind.toLocaleLowerCase('en-US');
    if (kind !== 'system' && kind !== 'domain') continue;
    const owner = refs(read, 'owner', { defaultKind: 'Group' })[0];
    const domain = kind === 'system' ? refs(read, 'domain', { defaultKind: 'Domain' })[0] : undefined;
    groupings.set(ref, { ref, kind, members: [], ...(owner !== undefined && { owner }), ...(domain !== undefined && { domain }) });
  }

  for (const [ref, read] of byRef) {
    const kind = read.entity.kind.toLocaleLowerCase('en-US');
    if (!nodeKinds.has(kind)) continue;
    const spec = (read.entity.spec ?? {}) as Record<string, unknown>;
    const reading = readPlacement(read.entity.metadata.annotations ?? {});
    if (!reading.ok) {
      problems.push({ ...at(read), message: `${ref}: metadata.annotations["${reading.annotation}"]: ${reading.problem}`, fix: reading.fix });
      continue;
    }
    const { placement } = reading;
    const regionCheck = placement.provider !== undefined && placement.region !== undefined ? options.checkRegion?.(placement.provider, placement.region) : undefined;
    if (regionCheck !== undefined && !regionCheck.ok) {
      problems.push({ ...at(read), message: `${ref}: metadata.annotations["faultline/region"]: ${regionCheck.problem}`, fix: regionCheck.fix });
      continue;
    }
    const owner = refs(read, 'owner', { defaultKind: 'Group' })[0];
    const system = refs(read, 'system', { defaultKind: 'System' })[0];
    const grouping = system === undefined ? undefined : groupings.get(system);
    if (system !== undefined && grouping === undefined) warnings.push(`${provenance(read)}: its system ${system} is not in the catalog`);
    grouping?.members.push(ref);
    const domain = grouping?.domain;
    if (domain !== undefined) groupings.get(domain)?.members.push(ref);
    const tags: Record<string, string> = { 'backstage/kind': kind };
    if (typeof spec.type === 'string') tags['backstage/type'] = spec.type;
    if (typeof spec.lifecycle === 'string') tags['backstage/lifecycle'] = spec.lifecycle;
    if (owner !== undefined) tags['backstage/owner'] = owner;
    if (system !== undefined) tags['backstage/system'] = system;
    if (domain !== undefined) tags['backstage/domain'] = domain;
    const failsTogether = system !== undefined && (byRef.get(system)?.entity.metadata.annotations?.['faultline/fails-together']?.trim().toLowerCase() === 'true' || options.failsTogether?.includes(system) === true);
    resources.set(ref, nodeOf(ref, kind, placement, tags, read, failsTogether ? `custom:${system!.slice(system!.indexOf('/') + 1)}` : undefined));
    placed.set(ref, isPlaced(placement));

    const origin = provenance(read);
    const need = (to: string[], via: string) => {
      const targets = to.filter((id) => id !== ref);
      if (targets.length > 0) dependencies.push({ from: ref, to: targets, kind: 'declared', provenance: origin, via });
    };
    need(union(refs(read, 'dependsOn', {}), related(read, 'dependsOn')), 'spec.dependsOn');
    need(union(refs(read, 'consumesApis', { defaultKind: 'API' }), related(read, 'consumesApi')), 'spec.consumesApis');
    for (const target of union(refs(read, 'dependencyOf', {}), related(read, 'dependencyOf'))) {
      if (target !== ref) dependencies.push({ from: target, to: [ref], kind: 'declared', provenance: origin, via: `spec.dependencyOf of ${ref}` });
    }
    for (const api of union(refs(read, 'providesApis', { defaultKind: 'API' }), related(read, 'providesApi'))) {
      providers.set(api, [...(providers.get(api) ?? []), ref]);
    }
    if (placement.arns.length > 0) {
      for (const { arn } of placement.arns) if (!resources.has(arn)) resources.set(arn, arnNode(arn, read, ref));
      for (const [annotation, arns] of groupBy(placement.arns)) dependencies.push({ from: ref, to: arns, kind: 'declared', provenance: origin, via: annotation });
    }
    for (const selection of placement.selections) selections.push({ from: ref, ...selection, provenance: origin });
    const notNeeded = (to: string | undefined, via: string, reason: string) => {
      if (to !== undefined) ignored.push({ from: ref, to: [to], kind: 'declared', provenance: origin, via, reason });
    };
    notNeeded(owner, 'spec.owner', 'its owner: who to call about it, not a run-time need');
    notNeeded(system, 'spec.system', 'the system it is part of groups it; membership is not a run-time need');
    notNeeded(refs(read, 'subcomponentOf', { defaultKind: 'Component' })[0], 'spec.subcomponentOf', 'the component it is part of; being part is not a run-time need');
  }

  // An API is up when one of the components that provide it is: they are alternatives.
  for (const [api, list] of [...providers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const read = byRef.get(api);
    if (read === undefined) {
      warnings.push(`${list.join(', ')} provide${list.length === 1 ? 's' : ''} ${api}, which is not in the catalog`);
      continue;
    }
    const sorted = [...new Set(list)].sort();
    dependencies.push({ from: api, to: sorted, ...(sorted.length > 1 && { alternatives: true }), kind: 'declared', provenance: provenance(read), via: 'apiProvidedBy' });
    placed.set(api, true);
  }

  if (problems.length > 0) throw new InputError('E_INVENTORY', problems);
  const sortedResources = [...resources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const grouping of groupings.values()) grouping.members.sort();
  return {
    snapshot: { file: options.label, scannedAt: options.writtenAt, partial: false, errors: [], resources: sortedResources, dependencies, ignored, selections, source: 'backstage' },
    groupings: [...groupings.values()].sort((a, b) => (a.ref < b.ref ? -1 : 1)),
    unplaced: [...placed].filter(([, is]) => !is).map(([ref]) => ref).sort(),
    warnings,
  };
}

function nodeOf(ref: string, kind: string, placement: Placement, tags: Record<string, string>, read: CatalogEntity, customDomain: string | undefined): Resource {
  // No place of its own: an empty provider, which puts it in no domain (its ARNs and selections may place it).
  const node: Resource = { id: ref, provider: placement.provider ?? '', type: `backstage:${kind}`, tags, origins: [{ source: 'backstage', file: read.file, address: ref }] };
  if (placement.region !== undefined) node.region = placement.region;
  if (placement.zone !== undefined) node.zone = placement.zone;
  if (placement.account !== undefined) node.account = placement.account;
  if (placement.vendor !== undefined) node.vendor = placement.vendor;
  if (customDomain !== undefined) node.domains = [customDomain];
  return node;
}

/** A cloud resource an entity names by ARN: placed by its ARN, met by a scan of the same ARN. */
function arnNode(arn: string, read: CatalogEntity, ref: string): Resource {
  const parsed = parseArn(arn)!;
  const node: Resource = { id: arn, provider: parsed.partition.startsWith('aws') ? 'aws' : parsed.partition, type: resourceTypeOf(parsed), origins: [{ source: 'backstage', file: read.file, address: ref }] };
  if (parsed.region !== '') node.region = parsed.region;
  if (parsed.account !== '') node.account = parsed.account;
  return node;
}

function groupBy(arns: ReadonlyArray<{ arn: string; via: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { arn, via } of arns) out.set(via, [...new Set([...(out.get(via) ?? []), arn])]);
  return out;
}

function at(read: CatalogEntity): Pick<Located, 'file' | 'line' | 'col'> {
  return read.line === undefined ? { file: read.file } : { file: read.file, line: read.line, col: 1 };
}
