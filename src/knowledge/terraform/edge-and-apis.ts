/** What a Terraform reference means at run time: ElastiCache, CloudFront and API Gateway (REST). Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p } from './sources.js';

export const edgeAndApiRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_elasticache_replication_group',
    role: 'resource',
    needs: [
      judged('subnet_group_name', false, 'Places the nodes; the subnet group passes on its subnets.', [p('elasticache_replication_group', 'Name of the cache subnet group to be used for the replication group.')]),
      judged('kms_key_id', false, 'Encryption at rest.', [p('elasticache_replication_group', 'The ARN of the key that you wish to use if encrypting at rest.'), AWS.kmsDataKeys]),
    ],
    notNeeds: [
      { argument: 'notification_topic_arn', why: 'Event notifications.', judgement: true, sources: [p('elasticache_replication_group', 'ARN of an SNS topic to send ElastiCache notifications to.')] },
      { argument: 'log_delivery_configuration.destination', why: 'Slow-log and engine-log delivery.', judgement: true, sources: [p('elasticache_replication_group', 'Name of either the CloudWatch Logs LogGroup or Kinesis Data Firehose resource.')] },
      { argument: 'security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('elasticache_replication_group', 'IDs of one or more Amazon VPC security groups associated with this replication group.')] },
      { argument: 'global_replication_group_id', why: 'Cross-Region replication; each Region\'s group serves its own clients.', judgement: true, sources: [p('elasticache_replication_group', 'The ID of the global replication group to which this replication group should belong.')] },
      { argument: 'parameter_group_name', why: 'Engine settings.', judgement: true, sources: [p('elasticache_replication_group', 'Name of the parameter group to associate with this replication group.')] },
    ],
    notes: 'automatic_failover_enabled and multi_az_enabled (attributes) decide whether the group survives the loss of its primary node or zone.',
    sources: [p('elasticache_replication_group', 'Specifies whether a read-only replica will be automatically promoted to read/write primary if the existing primary fails.')],
  },
  {
    terraform: 'aws_cloudfront_distribution',
    role: 'resource',
    needs: [
      judged('origin.domain_name', false, 'Each origin serves the cache behaviours that route to it, so each is needed for its share of paths on a cache miss; origins that are members of one origin group are alternatives (next entry). The value is often a load balancer\'s dns_name or a bucket\'s regional domain name.', [p('cloudfront_distribution', 'The DNS domain name of either the S3 bucket, or'), p('cloudfront_distribution', 'The value of ID for the origin that you want')]),
      { argument: 'origin_group.member.origin_id', alternatives: true, why: 'CloudFront fails over from the primary member to the secondary on the configured status codes.', sources: [p('cloudfront_distribution', 'Ordered [member](#member-arguments) configuration blocks assigned to the origin group, where the first member is the primary origin. You must specify two members.'), p('cloudfront_distribution', 'The [failover criteria](#failover-criteria-arguments) for when to failover to the secondary origin')] },
      judged('default_cache_behavior.lambda_function_association.lambda_arn|ordered_cache_behavior.lambda_function_association.lambda_arn', false, 'Lambda@Edge runs on the matching requests.', [p('cloudfront_distribution', 'ARN of the Lambda function.')]),
      judged('default_cache_behavior.function_association.function_arn|ordered_cache_behavior.function_association.function_arn', false, 'CloudFront Functions run on the matching requests.', [p('cloudfront_distribution', 'ARN of the Cloudfront function.')]),
    ],
    notNeeds: [
      { argument: 'logging_config.bucket', why: 'Access logs.', judgement: true, sources: [p('cloudfront_distribution', 'The Amazon S3 bucket to store the access logs in')] },
      { argument: 'viewer_certificate.acm_certificate_arn', why: 'Certificate material (see aws_acm_certificate).', judgement: true, sources: [p('cloudfront_distribution', 'certificate that you wish to use with this distribution.')] },
      { argument: 'origin.origin_access_control_id', why: 'Signing settings for requests to the origin; configuration, not a component.', judgement: true, sources: [p('cloudfront_distribution', 'The unique identifier of an origin access control for this origin.')] },
    ],
    sources: [p('cloudfront_distribution', 'The DNS domain name of either the S3 bucket, or')],
  },
  {
    terraform: 'aws_api_gateway_rest_api',
    role: 'resource',
    notes: 'The node for a REST API. Its resources, methods, deployments and stages fold into it (config); integrations join it to back ends (glue).',
    sources: [p('api_gateway_integration', 'The ID of the associated REST API.'), p('api_gateway_deployment', 'A deployment is a snapshot of the REST API configuration.')],
  },
  {
    terraform: 'aws_api_gateway_integration',
    role: 'glue',
    joins: {
      needer: 'rest_api_id',
      needed: 'uri|connection_id',
      why: 'The method forwards requests to the back end named by the URI (for Lambda proxy, the function\'s invoke ARN) or through the VPC link.',
      sources: [p('api_gateway_integration', 'The ID of the associated REST API.'), p('api_gateway_integration', "The input's URI."), p('api_gateway_integration', 'The id of the VpcLink used for the integration.'), p('api_gateway_integration', '`AWS_PROXY` (for Lambda proxy integration)')],
    },
    needs: [
      judged('credentials', false, 'The role API Gateway assumes to call an AWS back end.', [p('api_gateway_integration', 'The credentials required for the integration.')]),
    ],
    notes: 'Needed only by the method and path it belongs to (resource_id, http_method): a partial requirement.',
    sources: [p('api_gateway_integration', 'The ID of the associated REST API.')],
  },
  {
    terraform: 'aws_api_gateway_deployment',
    role: 'config',
    configOf: { argument: 'rest_api_id', why: 'A snapshot of the API\'s configuration.', sources: [p('api_gateway_deployment', 'A deployment is a snapshot of the REST API configuration.'), p('api_gateway_deployment', 'REST API identifier.')] },
    notes: 'Its triggers (and depends_on) reference integrations and methods only to force redeployment (universalNotNeeds).',
    sources: [p('api_gateway_deployment', 'To properly capture all REST API configuration in a deployment, this resource must have dependencies on all prior Terraform resources that manage resources/paths, methods, integrations, etc.')],
  },
  {
    terraform: 'aws_api_gateway_stage',
    role: 'config',
    configOf: { argument: 'rest_api_id', why: 'The callable endpoint of the API for one deployment.', sources: [p('api_gateway_stage', 'ID of the associated REST API'), p('api_gateway_stage', 'ID of the deployment that the stage points to')] },
    notNeeds: [
      { argument: 'access_log_settings.destination_arn', why: 'Access logs.', judgement: true, sources: [p('api_gateway_stage', 'ARN of the CloudWatch Logs log group or Kinesis Data Firehose delivery stream to receive access logs.')] },
      { argument: 'deployment_id', why: 'Folds into the same API node.', judgement: true, sources: [p('api_gateway_stage', 'ID of the deployment that the stage points to')] },
    ],
    sources: [p('api_gateway_stage', 'ID of the associated REST API')],
  },
  {
    terraform: 'aws_api_gateway_resource',
    role: 'config',
    configOf: { argument: 'rest_api_id', why: 'A path of the API.', sources: [p('api_gateway_integration', 'resource "aws_api_gateway_resource" "test" {')] },
    sources: [p('api_gateway_deployment', 'To properly capture all REST API configuration in a deployment, this resource must have dependencies on all prior Terraform resources that manage resources/paths, methods, integrations, etc.')],
  },
  {
    terraform: 'aws_api_gateway_method',
    role: 'config',
    configOf: { argument: 'rest_api_id', why: 'A method of a path of the API.', sources: [p('api_gateway_integration', 'resource "aws_api_gateway_method" "test" {')] },
    notes: 'authorizer_id (not read here) names a custom authorizer that runs on each request; treat it as a need when set.',
    sources: [p('api_gateway_deployment', 'To properly capture all REST API configuration in a deployment, this resource must have dependencies on all prior Terraform resources that manage resources/paths, methods, integrations, etc.')],
  },
];
