/**
 * A saved plan (`terraform show -json plan.out`, format 1.x) as the inventory it would leave:
 * the planned values become nodes as a state's do, the configuration's references (which name
 * their arguments) become dependencies read with the same knowledge, and the resource changes
 * say what the plan creates, updates or deletes. A resource the plan creates has no ARN yet, so
 * it is `terraform:<address>`; its region comes from its provider configuration, which a plan
 * records (`configuration.provider_config[key].expressions.region`).
 */
import { knowledge as builtIn } from '../../knowledge/index.js';
import { terraformReferences } from '../../knowledge/terraform/index.js';
import { isRecord, locateProblems, type Problem } from '../json-problems.js';
import { InputError } from '../source-error.js';
import { classifyReferences } from './classify-references.js';
import { planReferences, readConfiguration } from './plan-references.js';
import { isAwsProvider, otherProviders, type ReadTerraformOptions, type TerraformReading } from './read-terraform-state.js';
import { assignIds, identifyResources } from './resource-identity.js';
import { fixPlan, parseTerraformJson, readValuesModule, showJsonMajor, type StateInstance } from './state-instances.js';

export interface PlannedChange {
  address: string;
  /** As Terraform writes them: `["create"]`, `["update"]`, `["delete", "create"]`, `["no-op"]`. */
  actions: string[];
  /** The node the resource is after the plan; none for a resource the plan deletes. */
  id?: string;
}

export interface TerraformPlanReading extends Omit<TerraformReading, 'form'> {
  form: 'plan';
  changes: PlannedChange[];
  /** The region of each provider configuration, as the plan records it, with the caller's for those it does not. */
  providerRegions: Record<string, string>;
}

/** Reads `terraform show -json` of a saved plan; anything else is an InputError (exit 2). */
export function readTerraformPlan(text: string, options: ReadTerraformOptions): TerraformPlanReading {
  const { file } = options;
  const references = options.references ?? terraformReferences;
  const data = parseTerraformJson(text, file, 'plan');
  const refuse = (problems: Problem[]) => new InputError('E_INVENTORY', locateProblems(text, file, problems));
  if (!isRecord(data) || typeof data.format_version !== 'string') throw refuse([{ path: [], message: 'is not a Terraform plan: it has no "format_version"', fix: fixPlan }]);
  if (Number(data.format_version.split('.')[0]) !== showJsonMajor) {
    throw refuse([{ path: ['format_version'], message: `format ${data.format_version} is a major version faultline does not read (it reads ${showJsonMajor}.x)`, fix: 'update faultline' }]);
  }
  if (!isRecord(data.planned_values) || !isRecord(data.planned_values.root_module)) {
    throw refuse([{ path: ['format_version'], message: 'is not a saved plan: it has no "planned_values"', fix: `${fixPlan}; a state is read as a state` }]);
  }
  const problems: Problem[] = [];
  const instances: StateInstance[] = [];
  readValuesModule(data.planned_values.root_module, ['planned_values', 'root_module'], instances, problems);
  if (problems.length > 0) throw refuse(problems);

  const configured = readConfiguration(data.configuration);
  const keys = new Map(configured.flatMap((resource) => (resource.providerKey === undefined ? [] : [[resource.configAddress, resource.providerKey] as const])));
  for (const instance of instances) {
    const key = keys.get(instance.configAddress);
    if (key !== undefined) instance.providerKey = key;
  }
  const providerRegions = { ...options.providerRegions, ...plannedRegions(data) };
  const isNode = (instance: StateInstance) => instance.mode === 'managed' && isAwsProvider(instance.provider);
  const nodes = instances.filter(isNode);
  const found = planReferences(instances, configured, isNode);
  // Direct references are what a plan records, so each instance depends on what its configuration names.
  for (const [instance, { entries }] of found) instance.dependencies = entries.map((entry) => entry.entry);
  const ids = assignIds(nodes, references);
  const attachedTo = (instance: StateInstance) => found.get(instance)?.references.map((reference) => reference.target) ?? [];
  const identified = identifyResources(nodes, { file, providerRegions, typeTables: options.typeTables ?? builtIn, references, attachedTo, ids });
  const classified = classifyReferences(found, { file, references, ids });
  const byAddress = new Map(nodes.map((node) => [node.address, ids.get(node)!]));

  return {
    snapshot: {
      file,
      scannedAt: typeof data.timestamp === 'string' ? data.timestamp : options.writtenAt,
      partial: false,
      errors: [],
      resources: [...identified.resources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      dependencies: classified.dependencies,
      ignored: classified.ignored,
      source: 'terraform',
    },
    warnings: [...identified.warnings, ...classified.warnings, ...otherProviders(instances, file)],
    form: 'plan',
    ...(typeof data.terraform_version === 'string' ? { terraformVersion: data.terraform_version } : {}),
    changes: changesOf(data.resource_changes, byAddress),
    providerRegions,
  };
}

/** `provider_config[key].expressions.region`: a constant, or a root variable whose value the plan records. */
function plannedRegions(data: Record<string, unknown>): Record<string, string> {
  const configuration = isRecord(data.configuration) ? data.configuration : {};
  const configs = isRecord(configuration.provider_config) ? configuration.provider_config : {};
  const variables = isRecord(data.variables) ? data.variables : {};
  const regions: Record<string, string> = {};
  for (const [key, config] of Object.entries(configs)) {
    const region = isRecord(config) && isRecord(config.expressions) ? config.expressions.region : undefined;
    if (!isRecord(region)) continue;
    if (typeof region.constant_value === 'string') regions[key] = region.constant_value;
    const variable = Array.isArray(region.references) ? region.references.find((reference): reference is string => typeof reference === 'string' && reference.startsWith('var.')) : undefined;
    const value = variable === undefined ? undefined : variables[variable.slice('var.'.length)];
    if (isRecord(value) && typeof value.value === 'string') regions[key] = value.value;
  }
  return regions;
}

function changesOf(resourceChanges: unknown, ids: Map<string, string>): PlannedChange[] {
  if (!Array.isArray(resourceChanges)) return [];
  return resourceChanges.flatMap((change: unknown) => {
    if (!isRecord(change) || typeof change.address !== 'string' || change.mode === 'data' || !isRecord(change.change) || !Array.isArray(change.change.actions)) return [];
    const id = ids.get(change.address);
    return [{ address: change.address, actions: change.change.actions.filter((action): action is string => typeof action === 'string'), ...(id === undefined ? {} : { id }) }];
  });
}
