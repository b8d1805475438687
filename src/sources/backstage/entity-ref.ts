/**
 * Entity references as Backstage writes and compares them: `[kind:][namespace/]name`,
 * the namespace `default` when none is given, and kind, namespace and name compared
 * without regard to case (the catalog model's `parseEntityRef`, and its
 * `stringifyEntityRef`, which the catalog lower-cases to compare:
 * https://backstage.io/docs/features/software-catalog/references).
 */
import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';

export interface RefContext {
  /** The kind when the reference names none (`API` for `consumesApis`); without it a kind must be written. */
  defaultKind?: string;
  /** The referring entity's namespace. */
  defaultNamespace?: string;
}

export type RefReading = { ok: true; ref: string } | { ok: false; problem: string };

/** `Resource:Artists-DB` -> `resource:default/artists-db`: the id of an entity in faultline. */
export function normaliseRef(written: unknown, context: RefContext = {}): RefReading {
  if (typeof written !== 'string' || written.trim() === '') return { ok: false, problem: `${JSON.stringify(written)} is not an entity reference` };
  try {
    const { kind, namespace, name } = parseEntityRef(written.trim(), { ...(context.defaultKind !== undefined && { defaultKind: context.defaultKind }), defaultNamespace: context.defaultNamespace ?? DEFAULT_NAMESPACE });
    return { ok: true, ref: `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US') };
  } catch (error) {
    return { ok: false, problem: `"${written}" is not an entity reference: ${(error as Error).message}` };
  }
}

/** The ref of an entity itself, from its kind, namespace and name. */
export function refOf(entity: { kind: string; metadata: { name: string; namespace?: string | undefined } }): string {
  return `${entity.kind}:${entity.metadata.namespace ?? DEFAULT_NAMESPACE}/${entity.metadata.name}`.toLocaleLowerCase('en-US');
}
