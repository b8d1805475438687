/**
 * References in a saved plan's `configuration` (internal/command/jsonconfig): each argument's
 * expression lists what it references (`{"references": ["aws_sqs_queue.audit.url",
 * "aws_sqs_queue.audit"]}`), so a plan names the argument behind a reference directly, where a
 * state needs its values matched. A module's variable is followed to what its call passes in,
 * and a module's output to what it references. Locals are not in the configuration Terraform
 * writes, so a reference made through a local is not seen here.
 */
import { isRecord } from '../json-problems.js';
import { appendTo } from './append-to.js';
import type { PathStep } from './argument-paths.js';
import type { DependencyEntry, InstanceReferences, Reference } from './find-references.js';
import { stripInstanceKeys, type StateInstance } from './state-instances.js';

/** One configured resource: its provider configuration, the addresses each of its arguments references, its `depends_on`. */
export interface ConfiguredResource {
  /** Absolute, without instance keys: `module.checkout.aws_lambda_function.checkout`. */
  configAddress: string;
  providerKey?: string;
  arguments: Array<{ path: PathStep[]; targets: string[] }>;
  dependsOn: string[];
}

interface ModuleNode {
  config: Record<string, unknown>;
  /** The calling module's path and the call's expressions, for following `var.` references. */
  parent?: { path: string; expressions: Record<string, unknown> };
}

/** Every resource of a plan's configuration, its modules' included. */
export function readConfiguration(configuration: unknown): ConfiguredResource[] {
  if (!isRecord(configuration) || !isRecord(configuration.root_module)) return [];
  const modules = new Map<string, ModuleNode>();
  const collect = (path: string, config: Record<string, unknown>, parent?: ModuleNode['parent']) => {
    modules.set(path, parent === undefined ? { config } : { config, parent });
    for (const [name, call] of Object.entries(isRecord(config.module_calls) ? config.module_calls : {})) {
      if (!isRecord(call) || !isRecord(call.module)) continue;
      collect(`${path === '' ? '' : `${path}.`}module.${name}`, call.module, { path, expressions: isRecord(call.expressions) ? call.expressions : {} });
    }
  };
  collect('', configuration.root_module);

  const resources: ConfiguredResource[] = [];
  for (const [path, { config }] of modules) {
    for (const resource of Array.isArray(config.resources) ? (config.resources as unknown[]) : []) {
      if (!isRecord(resource) || typeof resource.address !== 'string') continue;
      const args: ConfiguredResource['arguments'] = [];
      for (const { path: at, references } of expressionsOf(resource.expressions, [])) {
        const targets = [...new Set(references.flatMap((reference) => resolveReference(reference, path, modules, 0)))];
        if (targets.length > 0) args.push({ path: at, targets });
      }
      const dependsOn = (Array.isArray(resource.depends_on) ? resource.depends_on : []).filter((entry): entry is string => typeof entry === 'string').flatMap((entry) => resolveReference(entry, path, modules, 0));
      resources.push({
        configAddress: `${path === '' ? '' : `${path}.`}${stripInstanceKeys(resource.address)}`,
        ...(typeof resource.provider_config_key === 'string' ? { providerKey: resource.provider_config_key } : {}),
        arguments: args,
        dependsOn,
      });
    }
  }
  return resources;
}

/** Expressions are `{constant_value}`, `{references}` or `{}`; nested blocks are lists (or, for a single block, objects) of them. */
function* expressionsOf(value: unknown, path: PathStep[]): Generator<{ path: PathStep[]; references: string[] }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* expressionsOf(value[i], [...path, i]);
    return;
  }
  if (!isRecord(value)) return;
  const isExpression = 'references' in value || 'constant_value' in value || Object.keys(value).length === 0;
  if (isExpression) {
    if (Array.isArray(value.references) && path.length > 0) yield { path, references: value.references.filter((reference): reference is string => typeof reference === 'string') };
    return;
  }
  for (const [key, inner] of Object.entries(value)) yield* expressionsOf(inner, [...path, key]);
}

const ignoredPrefixes = ['local.', 'each.', 'count.', 'path.', 'terraform.', 'self.'];

/** The resource (or data source) addresses a reference made in `module` stands for. */
function resolveReference(reference: string, module: string, modules: Map<string, ModuleNode>, depth: number): string[] {
  if (depth > 20 || ignoredPrefixes.some((prefix) => reference.startsWith(prefix))) return [];
  const prefix = module === '' ? '' : `${module}.`;
  const parts = splitReference(reference);
  if (parts[0] === 'var') {
    const parent = modules.get(module)?.parent;
    const passed = parent?.expressions[parts[1] ?? ''];
    if (parent === undefined || !isRecord(passed) || !Array.isArray(passed.references)) return [];
    return passed.references.flatMap((inner) => (typeof inner === 'string' ? resolveReference(inner, parent.path, modules, depth + 1) : []));
  }
  if (parts[0] === 'module') {
    const child = `${prefix}module.${stripInstanceKeys(parts[1] ?? '')}`;
    const outputs = modules.get(child)?.config.outputs;
    const output = isRecord(outputs) ? outputs[parts[2] ?? ''] : undefined;
    const expression = isRecord(output) ? output.expression : undefined;
    if (!isRecord(expression) || !Array.isArray(expression.references)) return [];
    return expression.references.flatMap((inner) => (typeof inner === 'string' ? resolveReference(inner, child, modules, depth + 1) : []));
  }
  if (parts[0] === 'data' && parts.length >= 3) return [`${prefix}data.${parts[1]}.${parts[2]}`];
  if (parts.length >= 2 && /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(parts[0]!)) return [`${prefix}${parts[0]}.${parts[1]}`];
  return [];
}

/** `aws_subnet.private["a"].id` -> `aws_subnet`, `private["a"]`, `id`: dots inside an instance key do not split. */
function splitReference(reference: string): string[] {
  return reference.match(/(?:[^.[]+|\[(?:"(?:[^"\\]|\\.)*"|\d+)\])+/g) ?? [];
}

/** What each planned instance references, in the shape the classification reads (targets placed, other entries unplaced). */
export function planReferences(instances: readonly StateInstance[], configured: readonly ConfiguredResource[], isNode: (instance: StateInstance) => boolean): Map<StateInstance, InstanceReferences> {
  const byAddress = new Map(instances.map((instance) => [instance.address, instance]));
  const byConfigAddress = new Map<string, StateInstance[]>();
  for (const instance of instances) appendTo(byConfigAddress, instance.configAddress, instance);
  const lookup = (address: string) => (byAddress.has(address) ? [byAddress.get(address)!] : (byConfigAddress.get(stripInstanceKeys(address)) ?? []));
  const byConfig = new Map(configured.map((resource) => [resource.configAddress, resource]));

  const result = new Map<StateInstance, InstanceReferences>();
  for (const instance of instances) {
    if (!isNode(instance)) continue;
    const config = byConfig.get(instance.configAddress);
    const references: Reference[] = [];
    const entries = new Map<string, DependencyEntry>();
    for (const { path, targets } of config?.arguments ?? []) {
      for (const address of targets) {
        const found = lookup(address).filter((target) => target !== instance);
        const nodes = found.filter(isNode);
        for (const target of nodes) references.push({ target, path });
        const entry = entries.get(address) ?? { entry: address, instances: found, placed: false };
        entry.placed ||= nodes.length > 0;
        entries.set(address, entry);
      }
    }
    for (const address of config?.dependsOn ?? []) if (!entries.has(address)) entries.set(address, { entry: address, instances: lookup(address), placed: false });
    result.set(instance, { references, entries: [...entries.values()] });
  }
  return result;
}
