/**
 * Turns a schema-valid manifest and the scanned resources into a Model, checking
 * everything the schema cannot: references, self-requirements, `atLeast` bounds,
 * empty selections, domain syntax. Every problem is collected with its key path;
 * the loader attaches file positions.
 */
import { countOf } from '../count-words.js';
import { formatKeyPath, ManifestInvalidError, type KeyPath, type ManifestIssue } from '../errors.js';
import type { Dependency, Resource, Snapshot } from '../inventory.js';
import type { Component, InventorySummary, Model, Requirement } from '../model.js';
import { ResourceIndex } from '../resource-index.js';
import { selectionTerm } from '../selection.js';
import { didYouMean } from '../suggest.js';
import { knowledge as builtInKnowledge, type Knowledge } from '../../knowledge/index.js';
import { controlPlanesFor, createPlatformComponent, isPlatformId } from './platform-components.js';
import { resolveHosting } from './saas-hosting.js';
import { findTaggedMembers, mergePositions } from './tag-conventions.js';
import { findResourceNeeds } from './resource-needs.js';
import { resolveSelections, unmatchedWarning } from './resource-selections.js';
import { placeVendor } from './resource-vendor.js';
import { createObservedTarget, isObservedTargetId, vendorTargets } from './observed-targets.js';
import type { CapabilitySpec, ComponentSpec, Manifest, SelectSpec, Term } from './schema.js';
import { typeReaderFor } from '../resource-type.js';
import { createPlaceNames } from '../place-names.js';
import { checkRegionDomains, readComponentNames } from './read-component-names.js';
import { checkManifestRegions } from './manifest-regions.js';
import { customDomains, declaredDomains } from './component-domains.js';
import { createResourcePlaces, findIdClashes, mergeSnapshots, resourceComponent } from './resource-components.js';
import { ownValue } from '../own-value.js';
import { ComponentPositions } from './component-positions.js';
import { createTermPositions } from '../term-positions.js';

export interface ResolveInput {
  manifest: Manifest;
  /** Control planes, SaaS catalog, scenarios; the built-in knowledge unless a test replaces it. */
  knowledge?: Knowledge;
  snapshots?: ReadonlyArray<Pick<Snapshot, 'file' | 'resources'> & Partial<Pick<Snapshot, 'dependencies' | 'ignored' | 'source' | 'selections'>>>;
  inventory?: Omit<InventorySummary, 'unreferenced' | 'resources'>;
}

export function resolveModel({ manifest, snapshots = [], inventory, knowledge = builtInKnowledge }: ResolveInput): Model {
  const issues: ManifestIssue[] = [];
  const warnings: string[] = [];
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, manifest.knowledge?.regions);
  checkManifestRegions(manifest, places, issues);
  const { resources, files, positions: idPositions } = mergeSnapshots(snapshots, warnings);
  if (Object.keys(manifest.capabilities).length === 0) warnings.push('capabilities: the manifest names none, so nothing is audited — add what the organisation must keep doing (capabilities: { take-payments: { requires: [checkout] } })');
  const index = new ResourceIndex(resources, idPositions);
  const declared = new Map<string, ComponentSpec | CapabilitySpec>();
  const capabilityIds = Object.keys(manifest.capabilities).sort();
  const isComponent = (id: string) => ownValue(manifest.components, id) !== undefined;
  const isCapability = (id: string) => ownValue(manifest.capabilities, id) !== undefined;

  for (const [id, spec] of Object.entries(manifest.components)) declared.set(id, spec);
  for (const id of capabilityIds) {
    if (isComponent(id)) {
      issues.push({ path: ['capabilities', id], message: `id "${id}" is both a component and a capability`, fix: 'rename one of them' });
    }
    declared.set(id, manifest.capabilities[id]!);
  }
  issues.push(...findIdClashes(snapshots, (id) => (!declared.has(id) ? undefined : isComponent(id) ? 'component' : 'capability')));

  // Which scanned resources something depends on, by inventory position.
  const referenced = new Uint8Array(resources.length);
  const components: Component[] = [];
  // Built-in platform components something needs, with where the first need came from.
  const platformNeeds = new Map<string, KeyPath>();
  const needPlatform = (id: string, path: KeyPath) => {
    if (!declared.has(id) && !platformNeeds.has(id)) platformNeeds.set(id, path);
  };

  // Types however written (ARN form, CloudFormation, Terraform, words) become the ARN form.
  const typeReader = typeReaderFor(knowledge);
  const readType = (written: string, aws: boolean, path: KeyPath): string => {
    const reading = typeReader(written, { aws });
    if (!reading.ok) {
      issues.push({ path, message: reading.problem, fix: reading.fix });
      return written;
    }
    if (reading.note !== undefined) warnings.push(`${formatKeyPath(path)}: ${reading.note}`);
    return reading.type;
  };
  const readSelectTypes = (select: SelectSpec, path: KeyPath): SelectSpec => {
    if (select.type === undefined) return select;
    const types = Array.isArray(select.type) ? select.type.map((type, i) => readType(type, true, [...path, i])) : readType(select.type, true, path);
    return { ...select, type: types };
  };

  const resolveTerms = (terms: Term[], owner: string, path: KeyPath): Requirement[] =>
    terms.map((term, i) => resolveTerm(term, owner, [...path, i]));

  const resolveTerm = (term: Term, owner: string, path: KeyPath): Requirement => {
    if (typeof term === 'string') {
      if (term === owner) {
        issues.push({ path, message: `"${owner}" requires itself`, fix: 'remove this term; a component cannot need itself' });
      } else if (!declared.has(term)) {
        const position = index.positionOf(term);
        if (position !== undefined) referenced[position] = 1;
        else if (isPlatformId(term, knowledge)) needPlatform(term, path);
        else issues.push({ path, message: `unknown component "${term}"`, fix: didYouMean(term, [...declared.keys(), ...knowledge.controlPlanes.map((plane) => plane.id)]) ?? 'declare it under components, or check the inventory snapshot' });
      }
      return term;
    }
    if ('anyOf' in term) return { op: 'anyOf', terms: resolveTerms(term.anyOf, owner, [...path, 'anyOf']), origin: 'declared' };
    if ('allOf' in term) return { op: 'allOf', terms: resolveTerms(term.allOf, owner, [...path, 'allOf']), origin: 'declared' };
    if (term.atLeast > term.of.length) {
      issues.push({ path: [...path, 'atLeast'], message: `atLeast ${term.atLeast} is larger than its list of ${term.of.length}`, fix: `use a number from 1 to ${term.of.length}` });
    }
    return { op: 'atLeast', k: term.atLeast, terms: resolveTerms(term.of, owner, [...path, 'of']), origin: 'declared' };
  };

  // Control-plane capabilities, resolved once every component's selection is known.
  const operating: Array<{ id: string; operates: string[]; path: KeyPath; requires: Requirement[] }> = [];
  const selectedBy = new Map<string, number[]>();
  /** Declared components' types as read (the ARN form). */
  const readTypes = new Map<string, string>();
  const asOperated = (resource: Resource): Pick<Component, 'provider' | 'region' | 'type'> => ({ provider: resource.provider, ...(resource.region ? { region: resource.region } : {}), type: resource.type });
  /** What operating `id` means changing: the component itself, and the scanned resources it selects. */
  const operatedTargets = (id: string): Array<Pick<Component, 'provider' | 'region' | 'type'>> | undefined => {
    const spec = ownValue(manifest.components, id);
    if (spec !== undefined) {
      const own = { ...pick(spec, ['provider', 'region']), ...(readTypes.get(id) !== undefined && { type: readTypes.get(id)! }) };
      return [own, ...(selectedBy.get(id) ?? []).map((i) => asOperated(resources[i]!))];
    }
    const position = index.positionOf(id);
    return position === undefined ? undefined : [asOperated(resources[position]!)];
  };

  for (const id of capabilityIds) {
    const spec = manifest.capabilities[id]!;
    const path = ['capabilities', id];
    const independentOf = spec.independentOf ?? [];
    independentOf.forEach((other, i) => {
      if (!isCapability(other)) {
        issues.push({ path: [...path, 'independentOf', i], message: `unknown capability "${other}"`, fix: didYouMean(other, capabilityIds) ?? `use one of ${capabilityIds.join(', ')}` });
      } else if (other === id) {
        issues.push({ path: [...path, 'independentOf', i], message: `"${id}" cannot be independent of itself`, fix: 'remove this entry' });
      }
    });
    const requires = resolveTerms(spec.requires, id, [...path, 'requires']);
    checkRegionDomains(spec.domains, [...path, 'domains'], places, issues);
    const plane = spec.plane ?? 'data';
    const operates = spec.operates ?? [];
    if (operates.length > 0 && plane !== 'control') {
      issues.push({ path: [...path, 'operates'], message: 'operates needs plane: control', fix: 'add `plane: control` (changing things), or remove operates' });
    }
    if (operates.length > 0) operating.push({ id, operates, path, requires });
    components.push({
      id,
      kind: 'capability',
      provenance: 'declared',
      requires,
      domains: customDomains(spec.domains, [...path, 'domains'], issues),
      plane,
      ...(spec.description !== undefined && { description: spec.description }),
      ...(independentOf.length > 0 && { independentOf: [...independentOf].sort() }),
      ...(operates.length > 0 && { operates: [...operates].sort() }),
    });
  }

  const tagged = findTaggedMembers(resources, isComponent, warnings);
  // Each list of ids a selection made, with the inventory positions of its resources (see Model.termPositions).
  const selectedTerms = createTermPositions();
  for (const id of Object.keys(manifest.components).sort()) {
    const path = ['components', id];
    const spec = readComponentNames(manifest.components[id]!, path, { places, catalog: knowledge.saas }, issues);
    const requires = resolveTerms(spec.requires ?? [], id, [...path, 'requires']);
    let members = tagged.get(id) ?? [];
    const type = spec.type === undefined ? undefined : readType(spec.type, spec.provider === 'aws', [...path, 'type']);
    if (type !== undefined) readTypes.set(id, type);
    if (spec.select !== undefined) {
      const selected = index.select(readSelectTypes(spec.select, [...path, 'select', 'type']));
      if (resources.length === 0) {
        issues.push(
          (manifest.inventory ?? []).length === 0
            ? { path: [...path, 'select'], message: 'select needs scanned resources, but the manifest has no inventory', fix: 'add `inventory: [{ file: <snapshot.json> }]` or remove select' }
            : { path: [...path, 'select'], message: 'select needs resources, but the inventory holds none', fix: 'scan, or check the inventory entries' },
        );
      } else if (selected.length === 0) {
        const criteria = Object.keys(spec.select).join(', ');
        issues.push({ path: [...path, 'select'], message: `select matches none of the ${countOf(resources.length, 'resource')} of the inventory`, fix: `check its ${criteria} against the inventory${spec.select.address !== undefined ? ' (an address is matched against the Terraform states and the plan read)' : ''}` });
      }
      members = members.length === 0 ? selected : mergePositions(selected, members);
    } else if (spec.redundancy !== undefined && members.length === 0) {
      issues.push({ path: [...path, 'redundancy'], message: 'redundancy applies to select, and this component has none', fix: 'add select (or tag resources faultline:component), or remove redundancy' });
    }
    if (members.length > 0) {
      requires.push(selectionTerm(members.map((i) => resources[i]!), spec.redundancy ?? 'all', { inventory: members, record: selectedTerms.record }));
      for (const i of members) referenced[i] = 1;
      selectedBy.set(id, members);
    }
    const hosting = resolveHosting(spec, knowledge.saas);
    components.push({
      id,
      kind: 'component',
      provenance: 'declared',
      requires,
      domains: declaredDomains({ ...spec, ...(hosting.hosting !== undefined && { hosting: hosting.hosting }) }, path, issues),
      ...pick(spec, ['description', 'provider', 'region', 'zone', 'account']),
      ...(type !== undefined && { type }),
      ...(hosting.hosting !== undefined && { hosting: hosting.hosting }),
      ...(hosting.source !== undefined && { hostingSource: hosting.source }),
      ...(hosting.category !== undefined && { category: hosting.category }),
      ...(spec.saas !== undefined && { vendor: spec.saas }),
    });
  }

  // Changing a component needs its control planes (static stability: serving does not).
  for (const capability of operating) {
    const planes = new Set<string>();
    capability.operates.forEach((operated, i) => {
      const targets = operatedTargets(operated);
      if (targets === undefined) {
        issues.push({ path: [...capability.path, 'operates', i], message: `unknown component "${operated}"`, fix: didYouMean(operated, declared.keys()) ?? 'name a declared component or a scanned resource ARN' });
        return;
      }
      for (const target of targets) {
        for (const needed of controlPlanesFor(target, knowledge)) planes.add(needed);
        // People change AWS through their sign-in: IAM Identity Center, where the manifest names its home region.
        if (target.provider === 'aws' && manifest.aws?.identityCenterRegion !== undefined) planes.add('aws-control/identity-center');
      }
    });
    for (const needed of planes) needPlatform(needed, [...capability.path, 'operates']);
    if (planes.size > 0) capability.requires.push({ op: 'allOf', terms: [...planes].sort(), origin: 'knowledge', label: 'control planes of what it operates' });
  }

  for (const [id, path] of [...platformNeeds].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const made = createPlatformComponent(id, knowledge, manifest.aws?.identityCenterRegion);
    if ('problem' in made) issues.push({ path, message: made.problem, fix: made.fix });
    else components.push(made);
  }

  if (issues.length > 0) throw new ManifestInvalidError(issues);

  // What referenced resources need (their faultline:requires tags, what sources discovered) is referenced too.
  const selected = resolveSelections(snapshots.flatMap((snapshot) => snapshot.selections ?? []), resources, index);
  // What the estate was seen calling is shown whoever needs the caller: observed sources are referenced,
  // and a vendor the manifest declares is reached through its component.
  const vendors = vendorTargets(components);
  const observedTargets = new Set<string>();
  const toVendors = <T extends Dependency>(dependency: T): T => (dependency.kind === 'observed' && dependency.to.some((id) => vendors.has(id)) ? { ...dependency, to: dependency.to.map((id) => vendors.get(id) ?? id) } : dependency);
  const dependencies = snapshots.flatMap((snapshot) => snapshot.dependencies ?? []).map((dependency) => {
    if (dependency.kind !== 'observed') return dependency;
    const from = index.positionOf(dependency.from);
    if (from !== undefined) referenced[from] = 1;
    return toVendors(dependency);
  });
  const needs = findResourceNeeds(
    {
      resources,
      index,
      referenced,
      isDeclared: (id) => {
        if (declared.has(id)) return true;
        if (!isObservedTargetId(id) || (id.startsWith('saas:') && !knowledge.saas.some((vendor) => `saas:${vendor.id}` === id))) return false;
        observedTargets.add(id);
        return true;
      },
      dependencies: [...dependencies, ...selected.dependencies],
      ignored: snapshots.flatMap((snapshot) => snapshot.ignored ?? []).map(toVendors),
      corrections: manifest.dependencies ?? [],
    },
    issues,
    warnings,
  );
  if (issues.length > 0) throw new ManifestInvalidError(issues);
  for (const selection of selected.unmatched) {
    const position = index.positionOf(selection.from);
    if (position !== undefined && referenced[position]) warnings.push(unmatchedWarning(selection));
  }
  for (const id of [...observedTargets].sort()) components.push(createObservedTarget(id, knowledge)!);

  // Scanned resources in snapshot order: deterministic, and no sort of a million ids.
  const resourcePositions: number[] = [];
  const resourcePlaces = createResourcePlaces();
  for (let i = 0; i < resources.length; i++) {
    if (!referenced[i]) continue;
    const component = resourceComponent(resources[i]!, files[i]!, resourcePlaces);
    if (component.vendor !== undefined) placeVendor(component, knowledge);
    const required = needs.requires.get(i);
    if (required !== undefined) component.requires = required;
    const discovered = needs.discovered.get(i);
    if (discovered !== undefined) component.discovered = discovered;
    const ignored = needs.ignored.get(i);
    if (ignored !== undefined) component.ignored = ignored;
    components.push(component);
    resourcePositions.push(i);
  }
  const positions = new ComponentPositions(components, index.positions(), resourcePositions);
  checkScenarios(manifest.scenarios ?? {}, components, positions, issues);
  if (issues.length > 0) throw new ManifestInvalidError(issues);
  const termPositions = selectedTerms.finish((at) => positions.ofInventoryPosition(at));
  return assembleModel(manifest, { components, positions, capabilities: capabilityIds, warnings, termPositions }, {
    files: inventory?.files ?? [],
    partial: inventory?.partial ?? false,
    ...(inventory?.snapshots !== undefined && { snapshots: inventory.snapshots }),
    resources: resources.length,
    unreferenced: resources.length - resourcePositions.length,
    ...(inventory?.oldestScan !== undefined && { oldestScan: inventory.oldestScan }),
  });
}

/**
 * The model, made outside resolveModel: a getter made in there would keep its whole
 * scope alive (the parsed snapshots and the resource index among it), and a million
 * parsed resources are a few hundred megabytes the analysis never reads.
 */
function assembleModel(manifest: Manifest, parts: Pick<Model, 'components' | 'positions' | 'capabilities' | 'warnings' | 'termPositions'>, inventory: InventorySummary): Model {
  const { components } = parts;
  let byId: Map<string, Component> | undefined;
  return {
    name: manifest.name,
    components,
    get byId() {
      return (byId ??= new Map(components.map((component) => [component.id, component])));
    },
    positions: parts.positions,
    capabilities: parts.capabilities,
    policy: manifest.policy ?? {},
    warnings: parts.warnings,
    scenarios: manifest.scenarios ?? {},
    ...(manifest.knowledge?.regions !== undefined && { extraRegions: manifest.knowledge.regions }),
    inventory,
    ...(parts.termPositions !== undefined && { termPositions: parts.termPositions }),
  };
}

/**
 * The manifest's own scenarios name components and domains of this estate: a typo
 * is reported here, at its line, rather than when a scenario runs (simulate,
 * serve, or every export, whose brief tells each scenario).
 */
function checkScenarios(scenarios: NonNullable<Manifest['scenarios']>, components: readonly Component[], positions: ReadonlyMap<string, number>, issues: ManifestIssue[]): void {
  const entries = Object.entries(scenarios);
  if (entries.length === 0) return;
  const domains = new Set<string>();
  let previous: string[] | undefined;
  for (const component of components) {
    // Resources in one place share their domain list: look at each list once.
    if (component.domains === previous) continue;
    previous = component.domains;
    for (const domain of component.domains) domains.add(domain);
  }
  // Suggestions among domains and what the manifest names, not among every scanned ARN.
  const candidates = () => [...domains, ...components.filter((component) => component.kind !== 'resource').map((component) => component.id)];
  for (const [name, scenario] of entries) {
    scenario.fail.forEach((entry, i) => {
      if (positions.has(entry) || domains.has(entry)) return;
      issues.push({
        path: ['scenarios', name, 'fail', i],
        message: `"${entry}" is neither a component nor a failure domain of this estate`,
        fix: didYouMean(entry, candidates()) ?? 'name a component, or a domain such as region:aws/us-east-1 (`faultline analyze` lists them)',
      });
    });
  }
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}
