/**
 * Direct references between instances, found by value. Terraform records, per instance,
 * every resource it depends on, directly or not (`dependencies` in the raw state,
 * `depends_on` in show-json: a closure), and no argument names. So a reference is placed by
 * comparing each string of the instance's attributes (JSON strings read too) with what the
 * resources of that list export to be named by (`id`, `arn`, `name`, `dns_name`, `endpoint`,
 * `url`, ...); where a value matches, its path is the argument behind the reference. An
 * entry of the list that no value matches is returned as unplaced: ordering only
 * (`depends_on`), a resource reached through another, or a reference by a value the
 * resource does not export (terraform-references.md, "How faultline should apply the table").
 */
import type { TerraformReferenceKnowledge } from '../../knowledge/terraform/index.js';
import { ruleFor } from '../../knowledge/terraform/index.js';
import { appendTo } from './append-to.js';
import { argumentOf, isInNamedArgument, isNamedArgument, leafStrings, type PathStep } from './argument-paths.js';
import type { StateInstance } from './state-instances.js';

export interface Reference {
  target: StateInstance;
  /** Where in the referencing instance's attributes the target's value sits. */
  path: PathStep[];
}

export interface DependencyEntry {
  /** As Terraform wrote it: `aws_subnet.private`, `data.aws_caller_identity.current`. */
  entry: string;
  /** The instances it names (several for count and for_each; none when the state has no such resource). */
  instances: StateInstance[];
  /** Whether some attribute value of the referencing instance names one of them. */
  placed: boolean;
}

export interface InstanceReferences {
  references: Reference[];
  entries: DependencyEntry[];
}

/**
 * Attributes whose value other resources name this one by. Sources: the "Attribute Reference"
 * sections of the provider's pages for the types in src/knowledge/terraform/.
 */
export const identityKeys: readonly string[] = [
  'id', 'arn', 'name', 'dashboard_arn', 'arn_suffix', 'arn_without_revision', 'dns_name', 'endpoint', 'reader_endpoint', 'url',
  'invoke_arn', 'qualified_arn', 'qualified_invoke_arn', 'function_name', 'bucket', 'bucket_domain_name', 'bucket_regional_domain_name',
  'zone_id', 'public_ip', 'private_ip', 'public_dns', 'private_dns', 'cluster_identifier', 'identifier', 'address',
  'configuration_endpoint_address', 'primary_endpoint_address', 'reader_endpoint_address', 'domain_name', 'fqdn', 'key_id',
  'repository_url', 'execution_arn', 'invoke_url', 'stream_arn',
];
/** What every instance says about itself: never a reference, even when the value equals another resource's. */
const ownKeys: ReadonlySet<string> = new Set(['id', 'arn', 'name']);

/** Values shorter than this name nothing reliably. */
const minValueLength = 3;
/** A value that begins with one of these, then `/` or `:`, names what is inside it (`<bucket arn>/*`, `<endpoint>:5432`). */
const minPrefixLength = 12;

/** A resource's attribute that names it, unless its type's rule says the attribute points elsewhere (an EventBridge target's `arn`). */
export function isIdentityAttribute(instance: StateInstance, key: string, knowledge: TerraformReferenceKnowledge): boolean {
  return identityKeys.includes(key) && !isNamedArgument(ruleFor(instance.type, knowledge), key);
}

export function findReferences(
  instances: readonly StateInstance[],
  isNode: (instance: StateInstance) => boolean,
  knowledge: TerraformReferenceKnowledge,
  /** Each node's id: an ARN that is one node's id names only that node (a topic, not the topic policy that carries its ARN too). */
  ids: ReadonlyMap<StateInstance, string>,
): Map<StateInstance, InstanceReferences> {
  const idOwners = new Map([...ids].map(([instance, id]) => [id, instance]));
  // Names are the values most often shared by chance (a task family and a security group both
  // called `shop-prod-app`), so a value that equals only a name counts where the rule names the
  // argument, or the argument's own name says the type (`cluster_name`).
  const byValue = new Map<string, StateInstance[]>();
  const byName = new Map<string, StateInstance[]>();
  const byConfigAddress = new Map<string, StateInstance[]>();
  for (const instance of instances) {
    appendTo(byConfigAddress, instance.configAddress, instance);
    if (!isNode(instance)) continue;
    for (const key of identityKeys) {
      const value = instance.attributes[key];
      if (typeof value !== 'string' || value.length < minValueLength || !isIdentityAttribute(instance, key, knowledge)) continue;
      const owner = idOwners.get(value);
      if (owner !== undefined && owner !== instance) continue;
      const index = key === 'name' ? byName : byValue;
      const named = index.get(value) ?? [];
      if (!named.includes(instance)) index.set(value, [...named, instance]);
    }
  }
  const closures = new Map<string, Set<string>>();
  const closureOf = (configAddress: string): Set<string> => {
    let closure = closures.get(configAddress);
    if (closure === undefined) {
      closure = new Set((byConfigAddress.get(configAddress) ?? []).flatMap((instance) => instance.dependencies));
      closures.set(configAddress, closure);
    }
    return closure;
  };

  const result = new Map<StateInstance, InstanceReferences>();
  for (const instance of instances) {
    if (!isNode(instance)) continue;
    const entries = instance.dependencies.map((entry) => ({ entry, instances: resolveEntry(entry, instance.module, byConfigAddress), placed: false }));
    const candidates = new Set(entries.flatMap((entry) => entry.instances).filter((target) => target !== instance && isNode(target)));
    const references: Reference[] = [];
    if (candidates.size > 0) {
      const rule = ruleFor(instance.type, knowledge);
      const skip = (key: string) => (rule === undefined ? ownKeys.has(key) : identityKeys.includes(key) && !isNamedArgument(rule, key));
      for (const key of Object.keys(instance.attributes)) {
        if (skip(key)) continue;
        for (const leaf of leafStrings(instance.attributes[key], [key])) {
          const named = namedBy(leaf.value, byValue).filter((target) => candidates.has(target));
          const byNameOnly = namedBy(leaf.value, byName).filter((target) => candidates.has(target) && !named.includes(target));
          if (byNameOnly.length > 0) named.push(...(isInNamedArgument(rule, leaf.path) ? byNameOnly : hinted(byNameOnly, leaf.path)));
          for (const target of disambiguate(named, leaf.path, closureOf)) references.push({ target, path: leaf.path });
        }
      }
    }
    const placed = new Set(references.map((reference) => reference.target));
    for (const entry of entries) entry.placed = entry.instances.some((target) => placed.has(target));
    result.set(instance, { references, entries });
  }
  return result;
}

/** Entries are absolute config addresses; an older writer may have made them relative to the instance's module. */
function resolveEntry(entry: string, module: string, byConfigAddress: Map<string, StateInstance[]>): StateInstance[] {
  return byConfigAddress.get(entry) ?? (module === '' ? undefined : byConfigAddress.get(`${module}.${entry}`)) ?? [];
}

function namedBy(value: string, byValue: Map<string, StateInstance[]>): StateInstance[] {
  if (value.length < minValueLength) return [];
  const exact = byValue.get(value) ?? [];
  const found = [...exact];
  for (let i = value.length - 1; i >= minPrefixLength; i--) {
    const char = value[i];
    if (char !== '/' && char !== ':') continue;
    const prefix = value.slice(0, i);
    if (!prefix.includes(':') && !prefix.includes('.')) continue;
    for (const target of byValue.get(prefix) ?? []) if (!found.includes(target)) found.push(target);
  }
  return found;
}

/**
 * One value can name several resources of the list (an Aurora cluster and its subnet group
 * both called `shop-prod`). Keep those whose type the argument's name names
 * (`db_subnet_group_name` names an `aws_db_subnet_group`); else drop those that another
 * candidate depends on, as they are in the list through it.
 */
/** The targets whose type the argument's name names: `db_subnet_group_name` an `aws_db_subnet_group`, `role` an `aws_iam_role`. */
function hinted(named: StateInstance[], path: readonly PathStep[]): StateInstance[] {
  const last = argumentOf(path).filter((step): step is string => typeof step === 'string').at(-1) ?? '';
  const stem = last.replace(/_(name|names|id|ids|arn|arns|identifier|url|urls)$/, '');
  return named.filter((target) => target.type === `aws_${stem}` || target.type.endsWith(`_${stem}`));
}

function disambiguate(named: StateInstance[], path: readonly PathStep[], closureOf: (configAddress: string) => Set<string>): StateInstance[] {
  if (new Set(named.map((target) => target.configAddress)).size <= 1) return named;
  const byType = hinted(named, path);
  if (byType.length > 0) return byType;
  const direct = named.filter((target) => !named.some((other) => other !== target && closureOf(other.configAddress).has(target.configAddress)));
  return direct.length > 0 ? direct : named;
}
