/**
 * The annotations on a catalog entity that say where it runs, each with where it is
 * defined. faultline's own (`faultline/...`) are documented in the README; the rest
 * are those the Backstage AWS integrations already ask teams to write, so a catalog
 * that uses them is placed without a new annotation.
 */

export interface PlacementAnnotation {
  key: string;
  /** What faultline reads from it. */
  means: 'provider' | 'region' | 'zone' | 'account' | 'saas' | 'arn' | 'arns' | 'tags' | 'ecs-service-tags' | 'lambda-names' | 'lambda-region' | 'fails-together';
  source: string;
}

export const placementAnnotations: readonly PlacementAnnotation[] = [
  { key: 'faultline/provider', means: 'provider', source: 'faultline (README, "Discovering the estate from a Backstage catalog")' },
  { key: 'faultline/region', means: 'region', source: 'faultline (README)' },
  { key: 'faultline/zone', means: 'zone', source: 'faultline (README)' },
  { key: 'faultline/account', means: 'account', source: 'faultline (README)' },
  { key: 'faultline/saas', means: 'saas', source: 'faultline (README)' },
  { key: 'faultline/arn', means: 'arns', source: 'faultline (README): one or more ARNs, separated by commas or spaces' },
  { key: 'faultline/tags', means: 'tags', source: 'faultline (README): `key=value,key=value`, the form of the AWS plugins\' tag annotations' },
  { key: 'faultline/fails-together', means: 'fails-together', source: 'faultline (README): on a System, "true" makes its members one failure domain' },
  {
    key: 'amazonaws.com/arn',
    means: 'arn',
    source: 'Backstage AWS catalog module, ANNOTATION_AWS_ARN (backstage/backstage plugins/catalog-backend-module-aws/src/constants.ts; https://backstage.io/docs/reference/plugin-catalog-backend-module-aws.annotation_aws_arn)',
  },
  {
    key: 'amazonaws.com/account-id',
    means: 'account',
    source: 'Backstage AWS catalog module, ANNOTATION_AWS_ACCOUNT_ID (backstage/backstage plugins/catalog-backend-module-aws/src/constants.ts)',
  },
  {
    key: 'aws.amazon.com/amazon-ecs-service-arn',
    means: 'arn',
    source: 'AWS plugins for Backstage, Amazon ECS plugin, "Entity annotations" (awslabs/backstage-plugins-for-aws plugins/ecs/README.md)',
  },
  {
    key: 'aws.amazon.com/amazon-ecs-service-tags',
    means: 'ecs-service-tags',
    source: 'AWS plugins for Backstage, Amazon ECS plugin, "Entity annotations": `component=myapp,environment=prod` selects the ECS services with those tags (awslabs/backstage-plugins-for-aws plugins/ecs/README.md)',
  },
  {
    key: 'aws.com/lambda-function-name',
    means: 'lambda-names',
    source: 'Roadie AWS Lambda plugin for Backstage: function names, separated by commas (@roadiehq/backstage-plugin-aws-lambda README)',
  },
  { key: 'aws.com/lambda-region', means: 'lambda-region', source: 'Roadie AWS Lambda plugin for Backstage (@roadiehq/backstage-plugin-aws-lambda README)' },
];
