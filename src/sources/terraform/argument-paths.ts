/**
 * Where in an instance's attributes a value sits, and whether that place is an argument
 * a rule of the knowledge names. A state records attribute values, not the expressions
 * that made them, so the path of a matching value is the argument behind a reference.
 */
import type { TerraformTypeRule } from '../../knowledge/terraform/index.js';

/** A map key or a block's name, or a list index. */
export type PathStep = string | number;

export interface Leaf {
  path: PathStep[];
  value: string;
}

/** Strings longer than this are not parsed as JSON: a policy or a definition is far shorter. */
const maxJsonLength = 1_000_000;

/**
 * Every string in `value` with its path. A string holding a JSON object or list (a container
 * definition, a policy document, a dashboard body) is read too, its path going on inside it;
 * there, a list element that is an object with a string `name` is addressed by that name
 * (`container_definitions.app.environment.DATABASE_HOST.value`), so the path says which one.
 */
export function* leafStrings(value: unknown, path: PathStep[] = [], inJson = false): Generator<Leaf> {
  if (typeof value === 'string') {
    const json = parseJsonText(value);
    if (json === undefined) yield { path, value };
    else yield* leafStrings(json, path, true);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      const name = inJson && isObject(element) && typeof element.name === 'string' && element.name !== '' ? element.name : i;
      yield* leafStrings(element, [...path, name], inJson);
    }
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) yield* leafStrings(value[key], [...path, key], inJson);
  }
}

function parseJsonText(text: string): unknown {
  const first = text.trimStart()[0];
  if ((first !== '{' && first !== '[') || text.length > maxJsonLength) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `load_balancer.0.target_group_arn`: Terraform's flat notation, block indices kept. */
export function formatPath(path: readonly PathStep[]): string {
  return path.join('.');
}

/** The path without the index of a list's element at its end: the subnets of `vpc_config.0.subnet_ids.2` are `vpc_config.0.subnet_ids`. */
export function argumentOf(path: readonly PathStep[]): PathStep[] {
  let end = path.length;
  while (end > 1 && typeof path[end - 1] === 'number') end--;
  return path.slice(0, end);
}

/**
 * Whether `path` lies in the argument `pattern` names (see src/knowledge/terraform/schema.ts):
 * indices are skipped, `*` matches any characters of one name, `|` separates choices,
 * and a pattern names everything inside the argument too (`policy` covers the policy's JSON).
 */
export function isInArgument(pattern: string, path: readonly PathStep[]): boolean {
  const names = path.filter((step): step is string => typeof step === 'string');
  return pattern.split('|').some((choice) => {
    const segments = choice.split('.');
    // A plan's reference covers a whole argument (`environment.variables`): it lies in `environment.variables.*`.
    if (segments.length > names.length) return segments.every((segment, i) => (i < names.length ? globMatches(segment, names[i]!) : segment === '*'));
    return segments.every((segment, i) => globMatches(segment, names[i]!));
  });
}

const globs = new Map<string, RegExp>();

function globMatches(glob: string, name: string): boolean {
  if (!glob.includes('*')) return glob === name;
  let pattern = globs.get(glob);
  if (pattern === undefined) {
    pattern = new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    globs.set(glob, pattern);
  }
  return pattern.test(name);
}

const patterns = new WeakMap<TerraformTypeRule, { all: string[]; topLevel: Map<string, boolean> }>();

/** Every argument pattern a rule names: what it needs, what needs it, what it does not need, what it joins or configures. */
function patternsOf(rule: TerraformTypeRule): { all: string[]; topLevel: Map<string, boolean> } {
  let known = patterns.get(rule);
  if (known === undefined) {
    const all = [
      ...(rule.needs ?? []).map((need) => need.argument),
      ...(rule.neededBy ?? []).map((need) => need.argument),
      ...(rule.notNeeds ?? []).map((entry) => entry.argument),
      ...(rule.joins === undefined ? [] : [rule.joins.needer, rule.joins.needed]),
      ...(rule.configOf === undefined ? [] : [rule.configOf.argument]),
    ];
    known = { all, topLevel: new Map() };
    patterns.set(rule, known);
  }
  return known;
}

/** Whether a rule names the top-level attribute `key` as an argument that points at another resource. */
export function isNamedArgument(rule: TerraformTypeRule | undefined, key: string): boolean {
  if (rule === undefined) return false;
  const { all, topLevel } = patternsOf(rule);
  let named = topLevel.get(key);
  if (named === undefined) {
    named = all.some((pattern) => pattern.split('|').some((choice) => globMatches(choice.split('.')[0]!, key)));
    topLevel.set(key, named);
  }
  return named;
}

/** Whether `path` lies in an argument the rule names. */
export function isInNamedArgument(rule: TerraformTypeRule | undefined, path: readonly PathStep[]): boolean {
  return rule !== undefined && patternsOf(rule).all.some((pattern) => isInArgument(pattern, path));
}
