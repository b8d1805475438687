/**
 * `__proto__` as a key of a manifest. Both YAML readers keep it as an own key, but
 * the schema library leaves it out of every map of names (components,
 * capabilities, scenarios, tag keys) on purpose, so a component of that name would
 * vanish and a select on that tag would match everything. It cannot be an id (an
 * id starts with a letter or digit), so it is refused where it stands, before the
 * schema runs.
 */
import type { KeyPath } from '../../core/errors.js';
import { manifestSchema } from '../../core/manifest/schema.js';
import { allowedKeys, type SchemaProblem } from './schema-issues.js';

const protoKey = '__proto__';

/** The paths of every own `__proto__` key in parsed YAML or JSON, in document order. */
export function findProtoKeys(data: unknown): KeyPath[] {
  const found: KeyPath[] = [];
  // One path, extended and shortened as the walk goes: a large manifest has a million values.
  const path: Array<string | number> = [];
  const visit = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const isList = Array.isArray(value);
    for (const [key, child] of Object.entries(value)) {
      path.push(isList ? Number(key) : key);
      if (!isList && key === protoKey) found.push([...path]);
      visit(child);
      path.pop();
    }
  };
  visit(data);
  return found;
}

/** Why the `__proto__` key at `path` is refused, and what to write instead. */
export function explainProtoKey(path: KeyPath): SchemaProblem {
  const parent = path.slice(0, -1);
  const refuse = (what: string, fix: string): SchemaProblem => ({ path, at: 'key', message: `"${protoKey}" cannot be ${what}`, fix });
  if (parent.length === 1 && (parent[0] === 'components' || parent[0] === 'capabilities')) return refuse('an id', 'an id starts with a letter or digit; rename it');
  if (parent.length === 1 && parent[0] === 'scenarios') return refuse('a scenario name', 'a scenario name starts with a lower-case letter or digit; rename it');
  if (parent.length === 2 && parent[0] === 'knowledge' && parent[1] === 'regions') return refuse('a provider name', 'a provider name starts with a lower-case letter or digit; rename it');
  if (parent.at(-1) === 'tags' && parent.at(-2) === 'select') return refuse('a tag key to select on', 'select on another tag, or tag the resources faultline:component=<component id>');
  const allowed = allowedKeys(manifestSchema, parent);
  return { path, at: 'key', message: `unknown key "${protoKey}"`, fix: allowed.length > 0 ? `allowed keys: ${allowed.join(', ')}` : 'remove it' };
}
