/**
 * The two forms a Terraform state comes in, read into one list of resource instances:
 * the raw state a backend stores (`"version": 4`, `resources[].instances[]`,
 * internal/states/statefile/version4.go) and `terraform show -json` output
 * (`format_version` 1.x, `values.root_module` with `child_modules`,
 * internal/command/jsonstate). The form is told by content, not by the file's name.
 * Anything that is not one of them, or a newer major format, is refused with where and why.
 */
import type { KeyPath } from '../../core/errors.js';
import { isRecord, jsonFailure, locateProblems, type Problem } from '../json-problems.js';
import { InputError } from '../source-error.js';

/** One instance of a resource or data source (count and for_each make several of one block). */
export interface StateInstance {
  /** `module.checkout.aws_sqs_queue.checkout`, `aws_subnet.private["a"]`, `data.aws_caller_identity.current`. */
  address: string;
  /** The address without instance keys, as `dependencies` name it: `aws_subnet.private`. */
  configAddress: string;
  /** The module path, `` for the root: `module.checkout`. */
  module: string;
  mode: 'managed' | 'data';
  type: string;
  /** The provider's source address: `registry.terraform.io/hashicorp/aws`. */
  provider: string;
  /**
   * The provider configuration, as plans key it (`aws`, `aws.west`, `module.net:aws`).
   * Only the raw state records it: show-json drops the alias (its `provider_name` is the same for all).
   */
  providerKey?: string;
  attributes: Record<string, unknown>;
  /** What Terraform recorded this instance depends on: every resource, directly or not (a closure). */
  dependencies: string[];
}

export interface StateInstances {
  form: 'state' | 'show-json';
  terraformVersion?: string;
  instances: StateInstance[];
}

/** The highest major version of each form this reader knows. */
const stateVersion = 4;
export const showJsonMajor = 1;
const maxProblems = 10;
export const fixForm = 'give a raw state (`terraform state pull`) or the output of `terraform show -json`';
export const fixPlan = 'give the output of `terraform show -json plan.out` for a plan saved with `terraform plan -out plan.out`';

/** `text` is the file's content; `file` is how messages name it. */
export function readStateInstances(text: string, file: string): StateInstances {
  const data = parseTerraformJson(text, file, 'state');
  const refuse = (problems: Problem[]) => new InputError('E_INVENTORY', locateProblems(text, file, problems));
  if (isRecord(data) && 'version' in data && Array.isArray(data.resources)) {
    const version = data.version;
    if (version !== stateVersion) {
      const newer = typeof version === 'number' && version > stateVersion;
      throw refuse([
        {
          path: ['version'],
          message: `state format ${JSON.stringify(version)} is ${newer ? 'newer than' : 'not'} the one faultline reads (${stateVersion})`,
          fix: newer ? `a newer Terraform${typeof data.terraform_version === 'string' ? ` (${data.terraform_version})` : ''} wrote it: update faultline to read it` : 'let Terraform 0.12 or later rewrite the state (`terraform state pull`)',
        },
      ]);
    }
    const problems: Problem[] = [];
    const instances = readRawState(data.resources, problems);
    if (problems.length > 0) throw refuse(problems);
    return { form: 'state', ...version4(data), instances };
  }
  if (isRecord(data) && typeof data.format_version === 'string') {
    const major = Number(data.format_version.split('.')[0]);
    if (major !== showJsonMajor) {
      throw refuse([{ path: ['format_version'], message: `format ${data.format_version} is a major version faultline does not read (it reads ${showJsonMajor}.x)`, fix: 'give the raw state (`terraform state pull`) if it is format 4, or update faultline' }]);
    }
    if (data.planned_values !== undefined || data.resource_changes !== undefined) {
      throw refuse([{ path: ['format_version'], message: 'is a saved plan (`terraform show -json plan.out`), not a state', fix: 'read it as a plan, or give the state: `terraform show -json` without a plan file, or `terraform state pull`' }]);
    }
    const problems: Problem[] = [];
    const instances: StateInstance[] = [];
    if (data.values !== undefined) {
      if (!isRecord(data.values) || !isRecord(data.values.root_module)) problems.push({ path: ['values'], message: 'has no root_module', fix: fixForm });
      else readValuesModule(data.values.root_module, ['values', 'root_module'], instances, problems);
    }
    if (problems.length > 0) throw refuse(problems);
    return { form: 'show-json', ...version4(data), instances };
  }
  throw refuse([{ path: [], message: 'is not a Terraform state: it has neither "version" and "resources" nor "format_version" and "values"', fix: fixForm }]);
}

/** JSON.parse, or one line saying where the text stops being JSON. */
export function parseTerraformJson(text: string, file: string, what: 'state' | 'plan'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // HCL saved under a state's name fails at its first character: said as not JSON, with how it begins.
    const { isJson, message, ...place } = jsonFailure(text, error, `Terraform ${what}`);
    throw new InputError('E_INVENTORY', [{ file, ...place, message: isJson ? `${message}, so not a Terraform ${what}` : message, fix: what === 'state' ? fixForm : fixPlan }], { cause: error });
  }
}

function version4(data: Record<string, unknown>): { terraformVersion?: string } {
  return typeof data.terraform_version === 'string' ? { terraformVersion: data.terraform_version } : {};
}

function readRawState(resources: unknown[], problems: Problem[]): StateInstance[] {
  const instances: StateInstance[] = [];
  resources.forEach((resource, i) => {
    if (problems.length >= maxProblems) return;
    const at: KeyPath = ['resources', i];
    if (!isRecord(resource)) return void problems.push({ path: at, message: 'must be an object', fix: fixForm });
    const head = readHead(resource, at, problems);
    const module = resource.module ?? '';
    if (typeof module !== 'string') return void problems.push({ path: [...at, 'module'], message: 'must be a module address such as "module.checkout"', fix: fixForm });
    if (typeof resource.provider !== 'string') return void problems.push({ path: [...at, 'provider'], message: resource.provider === undefined ? 'is missing' : 'must be a string', fix: fixForm });
    const provider = parseProviderString(resource.provider);
    if (provider === undefined) return void problems.push({ path: [...at, 'provider'], message: `${JSON.stringify(resource.provider)} is not a provider configuration address`, fix: 'expected provider["registry.terraform.io/hashicorp/aws"], with .alias after it for an alias' });
    if (!Array.isArray(resource.instances)) return void problems.push({ path: [...at, 'instances'], message: 'must be a list', fix: fixForm });
    if (head === undefined) return;
    const prefix = `${module === '' ? '' : `${module}.`}${head.mode === 'data' ? 'data.' : ''}${head.type}.${head.name}`;
    (resource.instances as unknown[]).forEach((instance, j) => {
      const where: KeyPath = [...at, 'instances', j];
      if (!isRecord(instance) || !isRecord(instance.attributes)) return void problems.push({ path: isRecord(instance) ? [...where, 'attributes'] : where, message: 'must hold an object of attributes', fix: fixForm });
      const key = instance.index_key;
      if (key !== undefined && typeof key !== 'string' && typeof key !== 'number') return void problems.push({ path: [...where, 'index_key'], message: 'must be a string or a number', fix: fixForm });
      instances.push({
        address: `${prefix}${indexSuffix(key)}`,
        configAddress: stripInstanceKeys(prefix),
        module,
        mode: head.mode,
        type: head.type,
        provider: provider.source,
        providerKey: `${provider.module === '' ? '' : `${provider.module}:`}${provider.name}${provider.alias === undefined ? '' : `.${provider.alias}`}`,
        attributes: instance.attributes,
        dependencies: stringList(instance.dependencies),
      });
    });
  });
  return instances;
}

/** A module of show-json values (a state's, or a plan's planned values), its child modules included. */
export function readValuesModule(module: Record<string, unknown>, at: KeyPath, instances: StateInstance[], problems: Problem[]): void {
  const resources = module.resources ?? [];
  if (!Array.isArray(resources)) return void problems.push({ path: [...at, 'resources'], message: 'must be a list', fix: fixForm });
  resources.forEach((resource, i) => {
    if (problems.length >= maxProblems) return;
    const where: KeyPath = [...at, 'resources', i];
    if (!isRecord(resource)) return void problems.push({ path: where, message: 'must be an object', fix: fixForm });
    const head = readHead(resource, where, problems);
    if (typeof resource.address !== 'string' || resource.address === '') return void problems.push({ path: [...where, 'address'], message: 'is missing', fix: fixForm });
    if (typeof resource.provider_name !== 'string') return void problems.push({ path: [...where, 'provider_name'], message: 'is missing', fix: fixForm });
    if (resource.values !== undefined && !isRecord(resource.values)) return void problems.push({ path: [...where, 'values'], message: 'must be an object', fix: fixForm });
    if (head === undefined) return;
    const moduleAddress = typeof module.address === 'string' ? module.address : '';
    instances.push({
      address: resource.address,
      configAddress: stripInstanceKeys(resource.address),
      module: moduleAddress,
      mode: head.mode,
      type: head.type,
      provider: resource.provider_name,
      attributes: (resource.values as Record<string, unknown> | undefined) ?? {},
      dependencies: stringList(resource.depends_on),
    });
  });
  const children = module.child_modules ?? [];
  if (!Array.isArray(children)) return void problems.push({ path: [...at, 'child_modules'], message: 'must be a list', fix: fixForm });
  children.forEach((child, i) => {
    if (isRecord(child)) readValuesModule(child, [...at, 'child_modules', i], instances, problems);
    else problems.push({ path: [...at, 'child_modules', i], message: 'must be an object', fix: fixForm });
  });
}

/** Mode, type and name, which both forms carry alike; a resource without them is refused, never guessed. */
function readHead(resource: Record<string, unknown>, at: KeyPath, problems: Problem[]): { mode: 'managed' | 'data'; type: string; name: string } | undefined {
  const before = problems.length;
  if (resource.mode !== 'managed' && resource.mode !== 'data') {
    problems.push({ path: [...at, 'mode'], message: resource.mode === undefined ? 'is missing' : `must be "managed" or "data", got ${JSON.stringify(resource.mode)}`, fix: fixForm });
  }
  for (const key of ['type', 'name'] as const) {
    const value = resource[key];
    if (typeof value !== 'string' || value === '') {
      problems.push({ path: [...at, key], message: value === undefined ? `is missing: a resource without a ${key} cannot be read` : 'must be a non-empty string', fix: 'this is not a state Terraform wrote; give the file `terraform state pull` prints' });
    }
  }
  if (problems.length > before) return undefined;
  return { mode: resource.mode as 'managed' | 'data', type: resource.type as string, name: resource.name as string };
}

/** `provider["registry.terraform.io/hashicorp/aws"].west`, or `module.net.provider[...]` for a provider a module declares. */
export function parseProviderString(text: string): { module: string; source: string; name: string; alias?: string } | undefined {
  const match = /^(?:(module\..+)\.)?provider\["([^"]+)"\](?:\.([A-Za-z0-9_-]+))?$/.exec(text);
  if (!match) return undefined;
  const source = match[2]!;
  return { module: match[1] ?? '', source, name: source.slice(source.lastIndexOf('/') + 1), ...(match[3] === undefined ? {} : { alias: match[3] }) };
}

/** `["a"]` for a for_each key, `[0]` for a count index, nothing for a single instance. */
function indexSuffix(key: string | number | undefined): string {
  return key === undefined ? '' : `[${JSON.stringify(key)}]`;
}

/** `module.a["x"].aws_subnet.private["b"]` -> `module.a.aws_subnet.private`: the form `dependencies` uses. */
export function stripInstanceKeys(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}
