/**
 * An entity checked as the catalog checks it, with `@backstage/catalog-model`: the
 * envelope and metadata (names, namespaces, annotation and label keys, with the
 * catalog's own field policies), then the schema of its kind for the kinds
 * faultline reads. It does not check that a referenced entity exists
 * (https://backstage.io/docs/features/software-catalog/descriptor-format); faultline
 * says that itself, where it reads the relations.
 */
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  EntityPolicies,
  FieldFormatEntityPolicy,
  locationEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
  type Entity,
  type KindValidator,
} from '@backstage/catalog-model';

export type EntityCheck = { ok: true; entity: Entity } | { ok: false; problem: string };

const policy = EntityPolicies.allOf([new SchemaValidEntityPolicy(), new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy()]);

/** The kinds faultline reads, each with the catalog's validator for it. */
const kindValidators: Readonly<Record<string, KindValidator>> = {
  component: componentEntityV1alpha1Validator,
  resource: resourceEntityV1alpha1Validator,
  api: apiEntityV1alpha1Validator,
  system: systemEntityV1alpha1Validator,
  domain: domainEntityV1alpha1Validator,
  location: locationEntityV1alpha1Validator,
};

export async function validateEntity(data: unknown): Promise<EntityCheck> {
  let entity: Entity | undefined;
  try {
    entity = await policy.enforce(data as Entity);
  } catch (error) {
    return { ok: false, problem: describe(error) };
  }
  if (entity === undefined) return { ok: false, problem: 'the catalog policies refuse it' };
  const validator = kindValidators[entity.kind.toLocaleLowerCase('en-US')];
  if (validator !== undefined) {
    try {
      if ((await validator.check(entity)) === false) return { ok: false, problem: `apiVersion ${entity.apiVersion} of kind ${entity.kind} is not one the catalog knows` };
    } catch (error) {
      return { ok: false, problem: describe(error) };
    }
  }
  return { ok: true, entity };
}

/** The catalog's message, on one line and without its link to the file format. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\.? To learn more about catalog file format, visit: \S+$/, '').replace(/^\//, '');
}
