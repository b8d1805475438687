/**
 * Where a resource is written in a Terraform state or plan, as a key path into its JSON:
 * in a plan, the resource's block in the plan's configuration (module calls followed), so
 * a pull request's annotation points at what the change configures; in a state, the
 * resource's entry (the raw state's `resources`, or show-json's `values` modules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyPath } from '../../core/errors.js';
import { isRecord } from '../json-problems.js';

interface ParsedAddress {
  /** Module call names, outermost first: `module.a["x"].module.b` -> a, b. */
  modules: string[];
  /** Module path as a state writes it, instance keys kept: `module.a["x"].module.b`. */
  module: string;
  /** `aws_sqs_queue.audit`, without an instance key. */
  resource: string;
  /** The address without the last instance key: `module.a["x"].aws_sqs_queue.audit`. */
  withoutKey: string;
}

export function terraformAddressPath(data: unknown, address: string): KeyPath | undefined {
  const parsed = parseAddress(address);
  if (parsed === undefined || !isRecord(data)) return undefined;
  if (isRecord(data.configuration)) return inConfiguration(data.configuration, parsed) ?? inValues(data.planned_values, parsed, ['planned_values']);
  if (Array.isArray(data.resources)) return inRawState(data.resources, parsed);
  return inValues(data.values, parsed, ['values']);
}

function parseAddress(address: string): ParsedAddress | undefined {
  const parts = address.match(/(?:[^.[\]]+|\[(?:"(?:[^"\\]|\\.)*"|\d+)\])/g) ?? [];
  const modules: string[] = [];
  const modulePath: string[] = [];
  let i = 0;
  while (parts[i] === 'module' && parts[i + 1] !== undefined) {
    modules.push(parts[i + 1]!);
    let step = `module.${parts[i + 1]!}`;
    i += 2;
    if (parts[i]?.startsWith('[')) step += parts[i++]!;
    modulePath.push(step);
  }
  const [type, name] = [parts[i], parts[i + 1]];
  if (type === undefined || name === undefined || type === 'data' || type.startsWith('[') || name.startsWith('[')) return undefined;
  const resource = `${type}.${name}`;
  const module = modulePath.join('.');
  return { modules, module, resource, withoutKey: module === '' ? resource : `${module}.${resource}` };
}

function inConfiguration(configuration: Record<string, unknown>, address: ParsedAddress): KeyPath | undefined {
  let module: unknown = configuration.root_module;
  const path: Array<string | number> = ['configuration', 'root_module'];
  for (const name of address.modules) {
    const call = isRecord(module) && isRecord(module.module_calls) ? module.module_calls[name] : undefined;
    if (!isRecord(call) || !isRecord(call.module)) return undefined;
    module = call.module;
    path.push('module_calls', name, 'module');
  }
  const resources = isRecord(module) && Array.isArray(module.resources) ? module.resources : [];
  const at = resources.findIndex((entry: unknown) => isRecord(entry) && entry.address === address.resource);
  return at < 0 ? undefined : [...path, 'resources', at];
}

function inRawState(resources: unknown[], address: ParsedAddress): KeyPath | undefined {
  const at = resources.findIndex(
    (entry) => isRecord(entry) && entry.mode === 'managed' && `${entry.type}.${entry.name}` === address.resource && (typeof entry.module === 'string' ? entry.module : '') === address.module,
  );
  return at < 0 ? undefined : ['resources', at];
}

/** show-json `values` (a state) or `planned_values` (a plan): modules nest by `child_modules`, each with its `address`. */
function inValues(values: unknown, address: ParsedAddress, path: Array<string | number>): KeyPath | undefined {
  const search = (module: unknown, at: Array<string | number>): KeyPath | undefined => {
    if (!isRecord(module)) return undefined;
    const resources = Array.isArray(module.resources) ? module.resources : [];
    const found = resources.findIndex((entry: unknown) => isRecord(entry) && typeof entry.address === 'string' && entry.address.replace(/\[[^\]]*\]$/, '') === address.withoutKey);
    if (found >= 0) return [...at, 'resources', found];
    const children = Array.isArray(module.child_modules) ? module.child_modules : [];
    for (const [i, child] of children.entries()) {
      const inChild = search(child, [...at, 'child_modules', i]);
      if (inChild !== undefined) return inChild;
    }
    return undefined;
  };
  return isRecord(values) ? search(values.root_module, [...path, 'root_module']) : undefined;
}

/**
 * The `resource "type" "name"` block of a plan's resource in its configuration files,
 * where the plan sits beside them (`terraform show -json` in the root module's folder, as
 * CI runs it): a plan records no source positions, so the block is found by its header.
 * Module resources are followed through local module sources (`./modules/queue`).
 */
export function terraformSourceLine(planFile: string, data: unknown, address: string): { file: string; line: number } | undefined {
  const parsed = parseAddress(address);
  if (parsed === undefined || !isRecord(data) || !isRecord(data.configuration)) return undefined;
  let folder = path.dirname(planFile);
  let module: unknown = data.configuration.root_module;
  for (const name of parsed.modules) {
    const call = isRecord(module) && isRecord(module.module_calls) ? module.module_calls[name] : undefined;
    if (!isRecord(call) || typeof call.source !== 'string' || !/^\.\.?\//.test(call.source)) return undefined;
    folder = path.join(folder, call.source);
    module = call.module;
  }
  const [type, name] = parsed.resource.split('.') as [string, string];
  const header = new RegExp(`^\\s*resource\\s+"${escapeRegExp(type)}"\\s+"${escapeRegExp(name)}"\\s*\\{`);
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.tf')).sort();
  } catch {
    return undefined;
  }
  for (const file of files) {
    let lines: string[];
    try {
      lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
    } catch {
      continue;
    }
    const at = lines.findIndex((line) => header.test(line));
    if (at >= 0) return { file: path.join(folder, file), line: at + 1 };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
