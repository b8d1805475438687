/** What a Terraform reference means at run time: Relational databases, DynamoDB and S3 with its setting resources. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p, registry } from './sources.js';

export const dataStoreRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_db_instance',
    role: 'resource',
    needs: [
      judged('db_subnet_group_name', false, 'The subnet group (role config) places the instance; it passes on its subnets. A single-AZ instance sits in one of them; with multi_az the standby uses another, which is what makes them alternatives for failover.', [p('db_instance', 'Name of [DB subnet group](/docs/providers/aws/r/db_subnet_group.html). DB instance will'), p('db_instance', 'Specifies if the RDS instance is multi-AZ')]),
      judged('kms_key_id', false, 'Encrypted storage depends on the key; a disabled key stops new use of its data keys.', [p('db_instance', 'The ARN for the KMS encryption key.'), AWS.kmsDisabled, AWS.kmsDataKeys]),
    ],
    notNeeds: [
      { argument: 'replicate_source_db', why: 'A read replica keeps serving reads from its own copy if the source fails (replication stops); writers need the source, not the replica.', judgement: true, sources: [p('db_instance', 'and to use this value as the source database.')] },
      { argument: 'parameter_group_name|option_group_name', why: 'Engine settings (role config) with nothing to call.', judgement: true, sources: [p('db_instance', 'Name of the DB parameter group to associate.'), p('db_instance', 'Name of the DB option group to associate.')] },
      { argument: 'vpc_security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('db_instance', 'List of VPC security groups to')] },
      { argument: 'monitoring_role_arn', why: 'Enhanced monitoring only.', judgement: true, sources: [p('db_instance', 'The ARN for the IAM role that permits RDS')] },
      { argument: 'performance_insights_kms_key_id', why: 'Performance Insights data only.', judgement: true, sources: [p('db_instance', 'The ARN for the KMS key to encrypt Performance Insights data.')] },
      { argument: 'master_user_secret_kms_key_id', why: 'Encrypts the managed master password secret; clients that read the secret need the key, the database does not.', judgement: true, sources: [p('db_instance', 'The Amazon Web Services KMS key identifier is the key ARN, key ID, alias ARN, or alias name for the KMS key.')] },
      { argument: 's3_import.bucket_name|snapshot_identifier|restore_to_point_in_time.source_db_instance_identifier', why: 'Used only to create the instance.', sources: [p('db_instance', "It's only used to initialize the database."), p('db_instance', 'Specifies whether or not to create this')] },
      { argument: 'domain_iam_role_name', why: 'Used for Directory Service API calls when joining a domain.', judgement: true, sources: [p('db_instance', 'The name of the IAM role to be used when making API calls to the Directory Service.')] },
    ],
    notes: 'multi_az = true (an attribute, not a reference) makes the instance redundant across two zones by itself.',
    sources: [p('db_instance', 'Name of the DB parameter group to associate.')],
  },
  {
    terraform: 'aws_rds_cluster',
    role: 'resource',
    needs: [
      judged('db_subnet_group_name', false, 'Places the cluster\'s instances; the subnet group passes on its subnets.', [p('rds_cluster', 'A DB subnet group to associate with this DB instance.')]),
      judged('kms_key_id', false, 'Encrypted cluster storage depends on the key.', [p('rds_cluster', 'The ARN for the KMS encryption key.'), AWS.kmsDisabled, AWS.kmsDataKeys]),
    ],
    notNeeds: [
      { argument: 'global_cluster_identifier', why: 'Membership of a global database; a secondary cluster keeps serving reads in its Region if the primary Region fails. Write forwarding would need the primary (not modelled).', judgement: true, sources: [p('rds_cluster', 'The global cluster identifier specified on')] },
      { argument: 'replication_source_identifier', why: 'A replica cluster serves reads from its own storage.', judgement: true, sources: [p('rds_cluster', 'ARN of a source DB cluster or DB instance if this DB cluster is to be created as a Read Replica.')] },
      { argument: 'iam_roles', why: 'Roles for optional features such as S3 import and export.', judgement: true, sources: [p('rds_cluster', 'A List of ARNs for the IAM roles to associate to the RDS Cluster.')] },
      { argument: 'vpc_security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('rds_cluster', 'List of VPC security groups to associate with the Cluster')] },
      { argument: 's3_import.bucket_name|snapshot_identifier', why: 'Used only to create the cluster.', sources: [p('rds_cluster', "It's only used to initialize the database."), p('rds_cluster', 'Specifies whether or not to create this cluster from a snapshot.')] },
    ],
    notes: 'The cluster needs its aws_rds_cluster_instance members as alternatives; that edge arrives as neededBy on the instance rows. A cluster with no instance resources in the same state (for example Aurora Serverless v1) has no such edge.',
    sources: [p('rds_cluster', 'A DB subnet group to associate with this DB instance.'), AWS.auroraFailover],
  },
  {
    terraform: 'aws_rds_cluster_instance',
    role: 'resource',
    neededBy: [
      { argument: 'cluster_identifier', alternatives: true, why: 'The cluster endpoint is served by its instances, and a reader is promoted when the writer fails, so the instances are alternatives. The instance\'s own use of the shared cluster volume is inside the cluster node and is not recorded as a need, to avoid a cycle.', judgement: true, sources: [p('rds_cluster_instance', 'Instances and Aurora manages the replication.'), p('rds_cluster_instance', 'Failover Priority setting on instance level. The reader who has lower tier has higher priority to get promoted to writer.'), AWS.auroraFailover, AWS.auroraReader] },
    ],
    needs: [
      judged('db_subnet_group_name', false, 'Places the instance; must match the cluster\'s.', [p('rds_cluster_instance', 'Specifies the DB subnet group to associate with this DB instance.')]),
    ],
    notNeeds: [
      { argument: 'monitoring_role_arn', why: 'Enhanced monitoring only.', judgement: true, sources: [p('rds_cluster_instance', 'ARN for the IAM role that permits RDS to send enhanced monitoring metrics to CloudWatch Logs.')] },
      { argument: 'performance_insights_kms_key_id', why: 'Performance Insights data only.', judgement: true, sources: [p('rds_cluster_instance', 'ARN for the KMS key to encrypt Performance Insights data.')] },
      { argument: 'db_parameter_group_name', why: 'Engine settings (role config).', judgement: true, sources: [p('rds_cluster_instance', 'Name of the DB parameter group to associate with this instance.')] },
    ],
    sources: [p('rds_cluster_instance', '(Required, Forces new resource) Identifier of the')],
  },
  {
    terraform: 'aws_db_subnet_group',
    role: 'config',
    needs: [
      judged('subnet_ids', true, 'The subnets are the zones the database may be placed or failed over into; a running single-AZ instance uses one of them.', [p('db_subnet_group', 'A list of VPC subnet IDs.')]),
    ],
    notes: 'No configOf: shared by instances and clusters, which inherit the subnet need.',
    sources: [p('db_subnet_group', 'Provides an RDS DB subnet group resource.')],
  },
  {
    terraform: 'aws_db_parameter_group',
    role: 'config',
    notes: 'Engine parameters only; nothing is called. Deleting one in use is blocked or breaks upgrades, a change-time risk.',
    sources: [p('db_parameter_group', 'Provides an RDS DB parameter group resource.'), p('db_parameter_group', 'of the deposed parameter group while still in use by the database during upgrade.')],
  },
  {
    terraform: 'aws_dynamodb_table',
    role: 'resource',
    needs: [
      { argument: 'server_side_encryption.kms_key_arn', alternatives: false, why: 'Table operations may fail when the key is inaccessible, and after seven days DynamoDB archives the table. Tables without a customer key use an AWS-owned key and have no such reference.', sources: [p('dynamodb_table', 'ARN of the CMK that should be used for the AWS KMS encryption.'), p('dynamodb_table', "AWS DynamoDB tables are automatically encrypted at rest with an AWS-owned Customer Master Key if this argument isn't specified."), AWS.ddbKms, AWS.ddbArchive] },
      judged('replica.kms_key_arn', false, 'Needed by the replica in that Region in the same way.', [p('dynamodb_table', 'Region name of the replica.'), AWS.ddbKms]),
    ],
    notNeeds: [
      { argument: 'import_table.s3_bucket_source.bucket|restore_source_name', why: 'Used only to create the table.', judgement: true, sources: [p('dynamodb_table', 'The S3 bucket that is being imported from.'), p('dynamodb_table', 'Name of the table to restore.')] },
    ],
    notes: 'replica blocks (an attribute, not a reference) make the table a multi-Region global table.',
    sources: [p('dynamodb_table', 'ARN of the CMK that should be used for the AWS KMS encryption.')],
  },
  {
    terraform: 'aws_dynamodb_table_item',
    role: 'config',
    configOf: { argument: 'table_name', why: 'An item is data inside the table.', sources: [p('dynamodb_table_item', 'Name of the table to contain the item.')] },
    sources: [p('dynamodb_table_item', 'Provides a DynamoDB table item resource')],
  },
  {
    terraform: 'aws_dynamodb_table_replica',
    role: 'resource',
    needs: [
      judged('kms_key_arn', false, 'As for the table.', [p('dynamodb_table_replica', 'ARN of the CMK that should be used for the AWS KMS encryption.'), AWS.ddbKms]),
    ],
    notNeeds: [
      { argument: 'global_table_arn', why: 'Replication link between Regions. Clients call the copy in their own Region, so neither copy needs the other to serve; for an application that fails over between Regions the copies are alternatives (not expressed by this reference).', judgement: true, sources: [p('dynamodb_table_replica', 'ARN of the _main_ or global table which this resource will replicate.')] },
    ],
    sources: [p('dynamodb_table_replica', 'Provides a DynamoDB table replica resource for')],
  },
  {
    terraform: 'aws_dynamodb_global_table',
    role: 'config',
    notes: 'Legacy 2017.11.29 global tables: replication layered over same-named tables in several Regions; the tables are the run-time nodes.',
    sources: [p('dynamodb_global_table', 'These are layered on top of existing DynamoDB Tables.'), p('dynamodb_global_table', 'Manages [DynamoDB Global Tables V1 (version 2017.11.29)]')],
  },
  {
    terraform: 'aws_s3_bucket',
    role: 'resource',
    needs: [
      judged('server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id', false, 'Objects encrypted with SSE-KMS are read by decrypting their data keys with the key.', [p('s3_bucket', 'A configuration of [server-side encryption configuration]'), AWS.kmsDisabled, AWS.kmsDataKeys]),
    ],
    notNeeds: [
      { argument: 'logging.target_bucket', why: 'Access logs are delivered later.', judgement: true, sources: [p('s3_bucket', 'The name of the bucket that will receive the log objects.')] },
      { argument: 'replication_configuration.role|replication_configuration.rules.destination.bucket', why: 'Replication copies objects asynchronously; the source keeps serving if the destination fails.', judgement: true, sources: [p('s3_bucket', 'The ARN of the IAM role for Amazon S3 to assume when replicating the objects.')] },
      { argument: 'policy', why: 'Permission document.', sources: [p('s3_bucket', 'A valid [bucket policy]')] },
    ],
    notes: 'Since provider 4 most bucket settings are separate aws_s3_bucket_* resources, folded into the bucket as config (or policy).',
    sources: [p('s3_bucket', 'Provides a S3 bucket resource.')],
  },
  {
    terraform: 'aws_s3_bucket_policy',
    role: 'policy',
    sources: [p('s3_bucket_policy', 'Attaches a policy to an S3 bucket resource.'), p('s3_bucket_policy', 'The name of the bucket to which to apply the policy.')],
  },
  {
    terraform: 'aws_s3_bucket_versioning',
    role: 'config',
    configOf: { argument: 'bucket', why: 'A setting of the bucket.', sources: [p('s3_bucket_versioning', 'The name of the S3 bucket')] },
    sources: [p('s3_bucket_versioning', 'Provides a resource for controlling versioning on an [S3 bucket][1].')],
  },
  {
    terraform: 'aws_s3_bucket_server_side_encryption_configuration',
    role: 'config',
    configOf: { argument: 'bucket', why: 'A setting of the bucket; its key need becomes the bucket\'s.', sources: [p('s3_bucket_server_side_encryption_configuration', 'Provides a S3 bucket server-side encryption configuration resource.')] },
    needs: [
      judged('rule.apply_server_side_encryption_by_default.kms_master_key_id', false, 'Objects written with SSE-KMS need the key to be read.', [p('s3_bucket_server_side_encryption_configuration', 'The AWS KMS master key ID used for the SSE-KMS encryption.'), AWS.kmsDisabled, AWS.kmsDataKeys]),
    ],
    sources: [p('s3_bucket_server_side_encryption_configuration', 'Provides a S3 bucket server-side encryption configuration resource.')],
  },
  {
    terraform: 'aws_s3_bucket_public_access_block',
    role: 'policy',
    notes: 'Restricts access to the bucket; nothing to call.',
    sources: [p('s3_bucket_public_access_block', 'Manages S3 bucket-level Public Access Block configuration.'), p('s3_bucket_public_access_block', 'S3 Bucket to which this Public Access Block configuration should be applied.')],
  },
  {
    terraform: 'aws_s3_bucket_notification',
    role: 'glue',
    joins: {
      needer: 'queue.queue_arn|topic.topic_arn|lambda_function.lambda_function_arn',
      needed: 'bucket',
      why: 'The bucket sends object events to the queue, topic or function, whose work then arrives through the bucket. The bucket keeps accepting writes whether or not the destination is up.',
      judgement: true,
      sources: [p('s3_bucket_notification', 'Name of the bucket for notification configuration.'), p('s3_bucket_notification', 'SQS queue ARN.'), p('s3_bucket_notification', 'SNS topic ARN.'), p('s3_bucket_notification', 'Lambda function ARN.')],
    },
    sources: [p('s3_bucket_notification', 'Name of the bucket for notification configuration.')],
  },
  {
    terraform: 'aws_s3_bucket_lifecycle_configuration',
    role: 'config',
    configOf: { argument: 'bucket', why: 'Rules that the bucket applies to its own objects.', sources: [registry('s3_bucket_lifecycle_configuration', '(Required) The name of the source S3 bucket you want Amazon S3 to monitor.')] },
    sources: [registry('s3_bucket_lifecycle_configuration', '(Required) The name of the source S3 bucket you want Amazon S3 to monitor.')],
  },
  {
    terraform: 'aws_s3_bucket_cors_configuration',
    role: 'config',
    configOf: { argument: 'bucket', why: 'A setting of the bucket.', sources: [p('s3_bucket_cors_configuration', 'Provides an S3 bucket CORS configuration resource.')] },
    sources: [p('s3_bucket_cors_configuration', 'Provides an S3 bucket CORS configuration resource.')],
  },
  {
    terraform: 'aws_s3_bucket_website_configuration',
    role: 'config',
    configOf: { argument: 'bucket', why: 'The website endpoint is served by the bucket itself.', sources: [p('s3_bucket_website_configuration', 'Provides an S3 bucket website configuration resource.')] },
    sources: [p('s3_bucket_website_configuration', 'Provides an S3 bucket website configuration resource.')],
  },
  {
    terraform: 'aws_s3_bucket_ownership_controls',
    role: 'config',
    configOf: { argument: 'bucket', why: 'A setting of the bucket.', sources: [p('s3_bucket_ownership_controls', 'Provides a resource to manage S3 Bucket Ownership Controls.')] },
    sources: [p('s3_bucket_ownership_controls', 'Provides a resource to manage S3 Bucket Ownership Controls.')],
  },
  {
    terraform: 'aws_s3_bucket_acl',
    role: 'policy',
    sources: [p('s3_bucket_acl', 'Provides an S3 bucket ACL resource.')],
  },
];
