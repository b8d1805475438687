/**
 * What each reference means at run time, by the table in src/knowledge/terraform/ and the
 * way its research says to apply it (terraform-references.md, "How faultline should apply
 * the table"): not-needs are kept with why; a `resource` needs the targets of its `needs`
 * and is needed by those of its `neededBy`; nothing an observer or a policy names is needed,
 * and no observer, policy or glue is needed by anything; a glue resource makes what it joins
 * need each other; a `config` row with `configOf` is folded into the resource it configures.
 * A type not in the table gets the table's default. Every reference ends up either as a
 * dependency or as an ignored one with its reason: none is dropped (DESIGN section 8, rule 3).
 */
import type { Dependency, IgnoredDependency } from '../../core/inventory.js';
import { ruleFor, type TerraformReferenceKnowledge, type TerraformRole, type TerraformTypeRule } from '../../knowledge/terraform/index.js';
import { appendTo } from './append-to.js';
import { argumentOf, formatPath, isInArgument, leafStrings } from './argument-paths.js';
import { byEdge, EdgeCollector } from './edge-collector.js';
import type { DependencyEntry, InstanceReferences, Reference } from './find-references.js';
import type { StateInstance } from './state-instances.js';

export interface ClassifyOptions {
  file: string;
  references: TerraformReferenceKnowledge;
  /** The node id of every instance that is a node. */
  ids: ReadonlyMap<StateInstance, string>;
}

export interface Classified {
  dependencies: Dependency[];
  ignored: IgnoredDependency[];
  warnings: string[];
}

export const unplacedReason = 'ordering only (depends_on), or a reference faultline cannot place';

export function classifyReferences(found: ReadonlyMap<StateInstance, InstanceReferences>, options: ClassifyOptions): Classified {
  const { ids, references: knowledge } = options;
  const edges = new EdgeCollector(options.file);
  const ruleOf = (instance: StateInstance) => ruleFor(instance.type, knowledge);
  const roleOf = (instance: StateInstance): TerraformRole => ruleOf(instance)?.role ?? 'resource';
  const idOf = (instance: StateInstance) => ids.get(instance) ?? `terraform:${instance.address}`;

  /** The resource a configuration is folded into (a listener's load balancer), else itself. */
  const resolve = (instance: StateInstance, seen: StateInstance[] = []): StateInstance => {
    const configOf = ruleOf(instance)?.configOf;
    if (configOf === undefined || seen.includes(instance)) return instance;
    const parent = found.get(instance)?.references.find((reference) => isInArgument(configOf.argument, reference.path))?.target;
    return parent === undefined ? instance : resolve(parent, [...seen, instance]);
  };

  const closures = new Map<DependencyEntry, Set<string>>();
  const dependenciesOf = (entry: DependencyEntry): Set<string> => {
    let closure = closures.get(entry);
    if (closure === undefined) {
      closure = new Set(entry.instances.flatMap((target) => target.dependencies));
      closures.set(entry, closure);
    }
    return closure;
  };
  /** A resource that names a shared setting without needing it (an instance its launch template) still needs what the setting needs. */
  const inherits: Array<{ from: StateInstance; config: StateInstance; via: string }> = [];

  const unknownTypes = new Map<string, string[]>();
  for (const [instance, { references, entries }] of found) {
    const rule = ruleOf(instance);
    if (rule === undefined) appendTo(unknownTypes, instance.type, instance.address);
    const address = instance.address;
    const ignore = (reference: Reference, reason: string) =>
      edges.ignore({ from: idOf(instance), to: [idOf(reference.target)], address, via: formatPath(argumentOf(reference.path)), reason });
    const glue: GlueSides = { needer: [], needed: [], needs: [] };

    for (const reference of references) {
      const { target, path } = reference;
      const via = formatPath(argumentOf(path));
      const notNeeded = [...knowledge.universalNotNeeds, ...(rule?.notNeeds ?? [])].find((entry) => isInArgument(entry.argument, path));
      if (notNeeded !== undefined) {
        ignore(reference, notNeeded.why);
        const shared = ruleOf(target);
        if (shared?.role === 'config' && shared.configOf === undefined && (shared.needs ?? []).length > 0) inherits.push({ from: instance, config: target, via });
        continue;
      }
      const role = rule?.role ?? 'resource';
      if (role === 'observer' || role === 'policy') {
        ignore(reference, `${instance.type} is ${role === 'observer' ? 'an observer: what it names is watched' : 'a policy: what it names is permitted'}, not needed`);
        continue;
      }
      if (role === 'glue' && rule?.joins !== undefined) {
        const side = isInArgument(rule.joins.needer, path) ? glue.needer : isInArgument(rule.joins.needed, path) ? glue.needed : rule.needs?.some((need) => isInArgument(need.argument, path)) ? glue.needs : undefined;
        if (side !== undefined) side.push(reference);
        else ignore(reference, `${instance.type} joins ${rule.joins.needer} to ${rule.joins.needed}; ${via} is not part of what it joins`);
        continue;
      }
      if (rule?.configOf !== undefined && isInArgument(rule.configOf.argument, path)) {
        ignore(reference, `${instance.type} is configuration of ${target.address}: folded into it, so what it needs, that resource needs`);
        continue;
      }
      const targetRole = roleOf(target);
      if (targetRole === 'observer' || targetRole === 'policy' || targetRole === 'glue') {
        ignore(reference, targetWhy(target.type, targetRole));
        continue;
      }
      const from = resolve(instance);
      const to = resolve(target);
      if (from === to) {
        ignore(reference, `names ${to.address}, which ${instance.address} is folded into`);
        continue;
      }
      const need = rule?.needs?.find((entry) => isInArgument(entry.argument, path));
      if (need !== undefined) {
        edges.need({ from: idOf(from), to: [idOf(to)], alternatives: need.alternatives, address, via, group: need.alternatives ? `${address} ${need.argument}` : `${address} ${via}` });
        continue;
      }
      const neededBy = rule?.neededBy?.find((entry) => isInArgument(entry.argument, path));
      if (neededBy !== undefined) {
        edges.need({ from: idOf(to), to: [idOf(from)], alternatives: neededBy.alternatives, address, via, group: neededBy.alternatives ? 'members' : `${address} ${via}` });
        continue;
      }
      if (rule === undefined) {
        if (targetRole === 'config' && (ruleOf(target)?.needs ?? []).length === 0) ignore(reference, `${target.type} is configuration with no run-time needs of its own`);
        else edges.need({ from: idOf(from), to: [idOf(to)], alternatives: false, address, via, group: `${address} ${via}` });
        continue;
      }
      ignore(reference, `faultline's table of Terraform references does not list ${formatPath(argumentOf(path).filter((step) => typeof step === 'string'))} of ${instance.type} as a run-time need`);
    }
    if (rule?.joins !== undefined) joinGlue(instance, rule, glue, { edges, idOf, roleOf, resolve });

    // What an entry is reached through: one the instance names directly, if any does.
    const others = [...entries.filter((entry) => entry.placed), ...entries.filter((entry) => !entry.placed)];
    for (const entry of entries) {
      if (entry.placed) continue;
      const nodes = entry.instances.filter((target) => ids.has(target));
      const to = nodes.length > 0 ? nodes.map(idOf) : [`terraform:${entry.entry}`];
      const through = others.find((other) => other !== entry && dependenciesOf(other).has(entry.entry))?.entry;
      const reason =
        entry.instances.length === 0 && !/(^|\.)data\./.test(entry.entry)
          ? `Terraform recorded a dependency on ${entry.entry}, which the file does not hold`
          : entry.instances.every((target) => target.mode === 'data')
            ? 'a data source: Terraform reads it when planning; it is not a resource'
            : nodes.length === 0
              ? `${entry.entry} is of provider ${entry.instances[0]!.provider}, which faultline does not read`
              : through !== undefined
                ? `reached through ${through}: Terraform records every dependency, direct or not`
                : unplacedReason;
      edges.ignore({ from: idOf(instance), to, address, reason });
    }
  }

  const warnings = [...unknownTypes].map(
    ([type, addresses]) =>
      `${options.file}: ${type} (${addresses.slice(0, 3).join(', ')}${addresses.length > 3 ? ', ...' : ''}) is not in faultline's table of Terraform references, so it is read as a resource that needs everything it references, except observers, policies and settings; say otherwise in the manifest's dependencies if that is wrong`,
  );
  const result = edges.result();
  const dependencies = [...result.dependencies, ...inherited(result.dependencies, inherits, { file: options.file, idOf, resolve })].sort(byEdge);
  return { dependencies, ignored: result.ignored, warnings };
}

/** The needs a setting passes on to a resource that names it without needing it, one level (the setting's own edges carry the rest). */
function inherited(dependencies: Dependency[], inherits: Array<{ from: StateInstance; config: StateInstance; via: string }>, context: { file: string; idOf: (instance: StateInstance) => string; resolve: (instance: StateInstance) => StateInstance }): Dependency[] {
  return inherits.flatMap(({ from, config, via }) =>
    dependencies
      .filter((dependency) => dependency.from === context.idOf(config))
      .map((dependency) => ({
        ...dependency,
        from: context.idOf(context.resolve(from)),
        provenance: `terraform ${context.file} ${from.address}`,
        via: `${via} > ${config.address} ${dependency.via ?? ''}`.trimEnd(),
      })),
  );
}

interface GlueSides {
  needer: Reference[];
  needed: Reference[];
  /** Further needs of the needer side (an integration's credentials). */
  needs: Reference[];
}

interface GlueContext {
  edges: EdgeCollector;
  idOf: (instance: StateInstance) => string;
  roleOf: (instance: StateInstance) => TerraformRole;
  resolve: (instance: StateInstance) => StateInstance;
}

/** A glue resource is needed by nothing; the two resources it joins need each other instead. */
function joinGlue(instance: StateInstance, rule: TerraformTypeRule, sides: GlueSides, { edges, idOf, roleOf, resolve }: GlueContext): void {
  const joins = rule.joins!;
  const address = instance.address;
  const viaOf = (references: Reference[]) => [...new Set(references.map((reference) => formatPath(argumentOf(reference.path))))].join(', ');
  if (sides.needer.length === 0 || sides.needed.length === 0) {
    const missing = sides.needer.length === 0 ? joins.needer : joins.needed;
    const value = [...leafStrings(instance.attributes)].find((leaf) => isInArgument(missing, leaf.path))?.value;
    for (const reference of [...sides.needer, ...sides.needed, ...sides.needs]) {
      edges.ignore({
        from: idOf(instance),
        to: [idOf(reference.target)],
        address,
        via: formatPath(argumentOf(reference.path)),
        reason: `${instance.type} joins ${joins.needer} to ${joins.needed}, but ${missing} names nothing in this state${value === undefined ? '' : ` (it names ${value})`}`,
      });
    }
    return;
  }
  const via = `${viaOf(sides.needer)} -> ${viaOf(sides.needed)}`;
  for (const needer of new Set(sides.needer.map((reference) => resolve(reference.target)))) {
    for (const reference of [...sides.needed, ...sides.needs]) {
      const target = resolve(reference.target);
      const role = roleOf(target);
      const neederRole = roleOf(needer);
      if (target === needer) continue;
      if (role === 'observer' || role === 'policy' || role === 'glue' || neederRole === 'observer' || neederRole === 'policy') {
        const reason = role === 'observer' || role === 'policy' || role === 'glue' ? targetWhy(target.type, role) : `${needer.type} is ${neederRole === 'observer' ? 'an observer' : 'a policy'}: it needs nothing`;
        edges.ignore({ from: idOf(needer), to: [idOf(target)], address, via, reason: `${instance.type} joins them, but ${reason}` });
        continue;
      }
      const isJoin = sides.needed.includes(reference);
      const alternatives = isJoin && joins.alternatives === true;
      const thisVia = isJoin ? via : `${viaOf(sides.needer)} -> ${formatPath(argumentOf(reference.path))}`;
      edges.need({ from: idOf(needer), to: [idOf(target)], alternatives, address, via: thisVia, group: alternatives ? 'members' : `${address} ${thisVia}` });
    }
  }
}

function targetWhy(type: string, role: TerraformRole): string {
  if (role === 'observer') return `${type} is an observer: naming it is not needing it`;
  if (role === 'policy') return `${type} is a policy: it permits, it is not needed`;
  return `${type} is glue: it joins two resources and is needed by neither`;
}
