/**
 * Turns the schema library's issues into one readable problem each: which key,
 * what is wrong, what to write instead.
 */
import type { z } from 'zod';
import type { KeyPath } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';

export interface SchemaProblem {
  path: KeyPath;
  message: string;
  fix?: string;
  /** Point at the key itself (unknown and missing keys) rather than its value. */
  at: 'key' | 'value';
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const termHelp = 'write a component id, {anyOf: [...]}, {allOf: [...]} or {atLeast: k, of: [...]}';

export function explainIssues(schema: AnySchema, input: unknown, issues: readonly Issue[]): SchemaProblem[] {
  return issues.flatMap((issue) => explainIssue(schema, input, issue, []));
}

function explainIssue(schema: AnySchema, input: unknown, issue: Issue, prefix: KeyPath): SchemaProblem[] {
  const path = [...prefix, ...(issue.path as KeyPath)];
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(schema, path);
        return {
          path: [...path, key],
          message: `unknown key "${key}"`,
          fix: didYouMean(key, allowed) ?? (allowed.length > 0 ? `allowed keys: ${allowed.join(', ')}` : 'remove it'),
          at: 'key',
        };
      });
    case 'invalid_union':
      return explainUnion(schema, input, issue, path, value);
    case 'invalid_type': {
      if (value === undefined) {
        return [{ path, message: `missing key "${String(path[path.length - 1])}"`, fix: `add ${String(path[path.length - 1])}: <${issue.expected}>`, at: 'key' }];
      }
      return [{ path, message: `expected ${typeWords[issue.expected] ?? issue.expected}, got ${describeType(value)}`, fix: fixForType(path, issue.expected), at: 'value' }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      const near = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return [{ path, message: `${JSON.stringify(value)} is not allowed`, fix: near ?? `use ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`, at: 'value' }];
    }
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: 'must not be empty', fix: isTermList(path) ? termHelp : 'list at least one entry', at: 'value' }];
      if (issue.origin === 'string') return [{ path, message: 'must not be empty', fix: 'write a value', at: 'value' }];
      return [{ path, message: `must be at least ${String(issue.minimum)}`, fix: `use ${String(issue.minimum)} or more`, at: 'value' }];
    case 'too_big':
      return [{ path, message: `must be at most ${String(issue.maximum)}`, fix: `use ${String(issue.maximum)} or less`, at: 'value' }];
    case 'invalid_format':
      return [{ path, message: `${JSON.stringify(value)} is not written as it must be`, fix: issue.message, at: 'value' }];
    case 'invalid_key':
      return [{ path, message: `${JSON.stringify(path[path.length - 1])} cannot be a key here`, fix: issue.issues[0]?.message ?? 'rename it', at: 'key' }];
    default:
      return [{ path, message: issue.message, at: 'value' }];
  }
}

/**
 * A union failed. For a map value, an unknown key that no alternative accepts is
 * the likeliest typo; otherwise report the alternative that came closest.
 */
function explainUnion(schema: AnySchema, input: unknown, issue: Extract<Issue, { code: 'invalid_union' }>, path: KeyPath, value: unknown): SchemaProblem[] {
  const branches = issue.errors;
  if (isPlainObject(value)) {
    const accepted = new Set(allowedKeys(schema, path));
    const unknown = Object.keys(value).filter((key) => !accepted.has(key));
    if (unknown.length > 0) {
      return unknown.map((key) => ({
        path: [...path, key],
        message: `unknown key "${key}"`,
        fix: didYouMean(key, accepted) ?? (isTermPath(path) ? termHelp : `allowed keys: ${[...accepted].join(', ')}`),
        at: 'key' as const,
      }));
    }
    const objectBranches = branches.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    const closest = [...objectBranches].sort((a, b) => a.length - b.length)[0];
    if (closest && closest.length > 0) return closest.flatMap((inner) => explainIssue(schema, input, inner, path));
  }
  if (isTermPath(path)) return [{ path, message: `${describeType(value)} is not a requirement term`, fix: termHelp, at: 'value' }];
  if (path[0] === 'inventory') return [{ path, message: 'not an inventory entry', fix: 'write {file: <snapshot.json>} or {aws: {regions: all}}', at: 'value' }];
  const expected = [...new Set(branches.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type').map((inner) => (inner as { expected: string }).expected)))];
  return [{ path, message: `expected ${expected.join(' or ') || 'another value'}, got ${describeType(value)}`, at: 'value' }];
}

function isTermPath(path: KeyPath): boolean {
  return path.some((step) => step === 'requires') && typeof path[path.length - 1] === 'number';
}

function isTermList(path: KeyPath): boolean {
  const last = path[path.length - 1];
  return last === 'requires' || last === 'anyOf' || last === 'allOf' || last === 'of';
}

function fixForType(path: KeyPath, expected: string): string {
  if (isTermPath(path)) return termHelp;
  if (expected === 'array') return 'write a list: [a, b] or one "- item" per line';
  if (expected === 'object') return 'write a map of key: value';
  return `write ${typeWords[expected] ?? `a ${expected}`}`;
}

/** The schema's type names as a reader says them. */
const typeWords: Readonly<Record<string, string>> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a map' };

/** What was written, as the reader wrote it: text quoted and cut short, printable characters only (a binary file read as YAML is no message). */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') {
    const printable = value.replace(/[^\x20-\x7e]/g, '?');
    // YAML keeps a number too large for a double (1e400) as text.
    if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(value)) return `${value}, a number too large to read`;
    return printable === value && value.length <= 60 ? `"${value}"` : `"${printable.slice(0, 40)}${printable.length > 40 ? '…' : ''}" (${value.length} characters${printable === value ? '' : ', not all printable'})`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to read';
  return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(input: unknown, path: KeyPath): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** Keys the schema accepts for a map at `path`, walking the schema itself. */
export function allowedKeys(schema: AnySchema, path: KeyPath): string[] {
  let current: AnySchema[] = [schema];
  for (const step of path) current = current.flatMap((s) => stepInto(s, step));
  const keys = new Set<string>();
  for (const s of current.flatMap(unwrap)) {
    const def = s._zod.def as { type: string; shape?: Record<string, unknown> };
    if (def.type === 'object' && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys].sort();
}

function stepInto(schema: AnySchema, step: string | number): AnySchema[] {
  return unwrap(schema).flatMap((s) => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') {
      const child = (def.shape as Record<string, AnySchema>)[String(step)];
      return child ? [child] : [];
    }
    if (def.type === 'record') return [def.valueType as AnySchema];
    if (def.type === 'array' && typeof step === 'number') return [def.element as AnySchema];
    return [];
  });
}

/** Looks through optional, default, lazy, pipe and union wrappers. */
function unwrap(schema: AnySchema, depth = 0): AnySchema[] {
  if (depth > 20) return [];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return unwrap(def.innerType as AnySchema, depth + 1);
    case 'lazy':
      return unwrap((def.getter as () => AnySchema)(), depth + 1);
    case 'pipe':
      return unwrap(def.in as AnySchema, depth + 1);
    case 'union':
      return (def.options as AnySchema[]).flatMap((option) => unwrap(option, depth + 1));
    default:
      return [schema];
  }
}
