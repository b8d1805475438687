/**
 * Where the knowledge of Terraform references was read (2026-12, from stored copies of
 * public sources): the Terraform AWS provider's documentation
 * (hashicorp/terraform-provider-aws, website/docs/r/<name>.html.markdown, at the commit
 * named in each URL; the stored versions differ in age, but the argument names used here
 * were stable across them) and AWS documentation on run-time behaviour. Every quote is
 * copied from what was read; Markdown escapes are kept as they appear.
 */
import type { Source } from '../schema.js';
import type { ArgumentNeed } from './schema.js';

export const READ = '2026-12';
export const tf = (name: string, commit: string, quote: string): Source => ({
  url: `https://github.com/hashicorp/terraform-provider-aws/blob/${commit}/website/docs/r/${name}.html.markdown`,
  date: READ,
  quote,
});
/** A provider page read from a stored copy whose repository the index did not name: cited by its registry address. */
export const registry = (name: string, quote: string): Source => ({
  url: `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/${name}`,
  date: READ,
  quote,
});
export const doc = (url: string, quote: string, date = READ): Source => ({ url, date, quote });

// Commits of the stored provider pages that were read.
export const C = {
  lb: '03cff0e9799779c60d10c7fb1b24229d61df8c2b',
  lb_listener: '0028ca39f8a42c2c8069c2c3553ffbe9945ba259',
  lb_listener_rule: '0028ca39f8a42c2c8069c2c3553ffbe9945ba259',
  lb_target_group: '00c7d114c4d2f5dd9710f7560d2caaa7c742c5c2',
  lb_target_group_attachment: '03ffdb07e03f1e9902679ed76304852e8543b24f',
  route53_record: '0350fdabc6c9aa53ba6aaa30bd8354746b0767bd',
  route53_zone: '25612875d737d15bd1f48e1ce10682dac9b0886f',
  ecs_service: '0205d166d6f7741d755c24749afc73339d18c005',
  ecs_task_definition: '0342928207a8995b1eca97b7635273da8959b8ab',
  ecs_cluster: '013e17ba5afb98413c7817f48e70ac147bfeb9b7',
  autoscaling_group: '000522f0ec591bef022bf6f750e8460484f8a0ad',
  launch_template: '00a35305dc1b297a6fcdecdfbba33f1e63c3da39',
  instance: '00d98e75afb601c41dad4ff0bdc8398e9910f5b7',
  db_instance: '0130d51a023089f30aa9082530b4bfe08980278a',
  rds_cluster: '000a04085419aa3e7d1ba8f014dc4a5ab66e916f',
  rds_cluster_instance: '01606926a0c0ab9174aec440f976a48b0baee722',
  db_subnet_group: '03ffdb07e03f1e9902679ed76304852e8543b24f',
  db_parameter_group: '044fb3171c305dd92f19e116512acb37a28a9f85',
  lambda_function: '034814bf4b9fa64e635df4546c5fa49657d3029e',
  lambda_event_source_mapping: '01ec6055d5a7493331e9350bd3f16cfa34df65f4',
  lambda_permission: '00302d3b5c6f0f0da48664bb0fd4c8f5c578a1df',
  lambda_alias: '0c66413e26e71691b99012b9b244631f63b12cd7',
  sqs_queue: '01f431114674c27cf790fafb67ac274bf8f765e1',
  sqs_queue_policy: '03ffdb07e03f1e9902679ed76304852e8543b24f',
  sqs_queue_redrive_policy: '05f07d6a36a4912eb10f77517bde87df3ce116e8',
  sns_topic: '0288e048a97028af862c14e73c619afa2f8901ff',
  sns_topic_subscription: '01711791a55d946a4f1f0e701e0a96f631473375',
  dynamodb_table: '014ed70ef926d19dd400b23f513e99668f00edb8',
  dynamodb_table_item: '0c13352b9dda23e8267eabdddc6f57fe2a81fccd',
  dynamodb_table_replica: '1f4eb300e69c417b072829101ffce5f137b4ad72',
  dynamodb_global_table: '190549d4d6f814e7edf83ee0c4fdab015769a4bf',
  s3_bucket: '0015017ad4056c21b70ab87f24a39c720202878f',
  s3_bucket_policy: '0c68aa1cd8712a7b610b6f696ff92892f3c69dbc',
  s3_bucket_versioning: '014c543dc214a87c4aeddc491c2a239736d65df6',
  s3_bucket_server_side_encryption_configuration: '0aa0d338dafe65943bca03c295f5e248b74f29b7',
  s3_bucket_public_access_block: '07e0d0b940f57c782f8fcc9ccfd8b19f59383b51',
  s3_bucket_notification: '034c00ae128129a2f8b3f9c0f2defae06158aeac',
  s3_bucket_ownership_controls: '0047cfed038223ff290ff0bfc7b024bc1e6163ca',
  s3_bucket_cors_configuration: '0413c661ec1b94f3033c98f3fbd1e8c1b2725589',
  s3_bucket_website_configuration: '060eaa8e6afa744448925f4b4b9e329ab103e8c8',
  s3_bucket_acl: '07993b1bf8376d8f9574d02c764e6bfa0939c4d6',
  iam_role: '02910eecbfa1411d578bf5491f9c7b448a93d237',
  iam_policy: '1b95a29b5b1ed4b913ab954798b0bcf409ba7ad0',
  iam_role_policy: '0434f2c85c6d948bf68b046090e88d3d7905a21a',
  iam_role_policy_attachment: '25612875d737d15bd1f48e1ce10682dac9b0886f',
  iam_instance_profile: '0dcb01e283b8fb7754bae95e81dc3eb9795dea0a',
  iam_user: '1e334cd6b428fe1976dc31132647eb6511e7e1ad',
  kms_key: '0413c661ec1b94f3033c98f3fbd1e8c1b2725589',
  kms_alias: '0b7aab212c92131b54b9948efeb29c85b974862a',
  vpc: '0148137dc6fb802b97b74036846777ab15c0f9ad',
  subnet: '03e1f42732ce5cab074a88529dbc26874583e8c6',
  route_table: '0692bf71a3d55b078c47d710e64df27dedfdc540',
  route: '25bd22d40747683c97a4d7e9271463639d6f1624',
  route_table_association: '0191a3ecd82406099cbf52e084ad7871b7d62e59',
  internet_gateway: '0aa0d338dafe65943bca03c295f5e248b74f29b7',
  nat_gateway: '00eefa993b4810d837286c9711144180f5eaa648',
  eip: '0148137dc6fb802b97b74036846777ab15c0f9ad',
  security_group: '0148137dc6fb802b97b74036846777ab15c0f9ad',
  security_group_rule: '0261618d30c774161d1e88ebc953e373793fa4a7',
  vpc_endpoint: '088e0878080a74fcf1e35d901992372e4c041214',
  network_acl: '05389d465b6e1e0668493790eae67abd82d1195a',
  eks_cluster: '0148137dc6fb802b97b74036846777ab15c0f9ad',
  eks_node_group: '05389d465b6e1e0668493790eae67abd82d1195a',
  ecr_repository: '03ffdb07e03f1e9902679ed76304852e8543b24f',
  elasticache_replication_group: '00a35305dc1b297a6fcdecdfbba33f1e63c3da39',
  cloudfront_distribution: '01d86f2a198c8aca804f3e09ec6798162c3f1e3d',
  api_gateway_integration: '0015017ad4056c21b70ab87f24a39c720202878f',
  api_gateway_stage: '0714b227471895b2da4eb26825f896c9dad37740',
  api_gateway_deployment: '12753f8d359fd4572f5bb3600effaa2e0080aa13',
  acm_certificate: '012f5b96ec2c4ef956095ddb26936effcd1e43aa',
  acm_certificate_validation: '0714b227471895b2da4eb26825f896c9dad37740',
  secretsmanager_secret: '06c2a7d48fbeec8d91cd81f6d6dbd6da76da0dee',
  secretsmanager_secret_version: '03cbde2a5e9d570f55fc2f8ba79c9474b30e2263',
  ssm_parameter: '0b31a2ccf9caf1f0b9e949f41bdc83c6335ba23b',
  cloudwatch_metric_alarm: '0248d0de9efd1a721e144465008c0dd7fd0c1a8b',
  cloudwatch_log_group: '05389d465b6e1e0668493790eae67abd82d1195a',
  cloudwatch_dashboard: '108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff',
  cloudwatch_log_subscription_filter: '108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff',
  cloudwatch_event_rule: '044fb3171c305dd92f19e116512acb37a28a9f85',
  cloudwatch_event_target: '0326b29919811809c664c9d3317a9e96974bd5b1',
  sfn_state_machine: '019067d8d7eb848506ec8221fc0ec8de43c31938',
  volume_attachment: '05f7b4090f03672a7014bf7e4a15b1058b18a7d8',
} as const;
export const p = (name: keyof typeof C, quote: string): Source => tf(name, C[name], quote);

// ---- AWS and Terraform documentation on run-time behaviour (read 2026-12 unless dated) ----------
export const AWS = {
  lambdaRole: doc('https://docs.aws.amazon.com/lambda/latest/dg/policy-templates.html', 'Lambda automatically assumes your execution role when you invoke your function.'),
  lambdaRoleGrants: doc('https://docs.aws.amazon.com/lambda/latest/dg/policy-templates.html', "A Lambda function's execution role is an AWS Identity and Access Management (IAM) role that grants the function permission to access AWS services and resources."),
  iamDataPlane: doc('https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html', "In the aws partition, the IAM service's control plane is in the us-east-1 Region, with isolated data planes in each Region.", '2026-11'),
  lambdaMultiAz: doc('https://docs.aws.amazon.com/config/latest/developerguide/lambda-vpc-multi-az-check.html', 'Checks if Lambda has more than 1 availability zone associated.'),
  layerCopy: doc('https://docs.aws.amazon.com/lambda/latest/dg/API_DeleteLayerVersion.html', 'To avoid breaking functions, a copy of the version remains in Lambda until no functions refer to it.'),
  esm: doc('https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda_event_sources-readme.md', 'An event source mapping is an AWS Lambda resource that reads from an event source and invokes a Lambda function.'),
  ddbKms: doc('https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/dynamodb/table/table_status.html', 'The KMS key used to encrypt the table in inaccessible. Table operations may fail due to failure to use the KMS key.'),
  ddbArchive: doc('https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ArchivalSummary.html', "The table was archived due to the table's AWS KMS key being inaccessible for more than seven days."),
  kmsDisabled: doc('https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys', 'If you disable a KMS key, it cannot be used in any cryptographic operation until you re-enable it.'),
  kmsDataKeys: doc('https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys', 'resources encrypted with data keys protected by the KMS key are not affected until the the KMS key is used again'),
  snsKms: doc('https://docs.aws.amazon.com/sdk-for-python/v1/reference/clients/sns/errors/KMSDisabledException/', "The request was rejected because the specified Amazon Web Services KMS key isn't enabled."),
  natAz: doc('https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html', 'Each NAT gateway is created in a specific Availability Zone and implemented with redundancy in that zone.'),
  natShared: doc('https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html', 'If you have resources in multiple Availability Zones and they share one NAT gateway, and if the NAT gateway’s Availability Zone is down, resources in the other Availability Zones lose internet access.'),
  natRegional: doc('https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AvailabilityZoneAddress.html', 'A regional NAT gateway is a single NAT Gateway that works across multiple availability zones (AZs) in your VPC'),
  albTwoAz: doc('https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/elasticloadbalancingv2/aws.sdk.kotlin.services.elasticloadbalancingv2.model/-create-load-balancer-request/subnets.html', '[Application Load Balancers] You must specify subnets from at least two Availability Zones.'),
  albNodes: doc('https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html', 'ELB creates a load balancer node in each zone that you specify.'),
  asgAz: doc('https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-availability-zone.html', 'When one Availability Zone becomes unhealthy or unavailable, Amazon EC2 Auto Scaling launches new instances in an unaffected Availability Zone.'),
  elbSpread: doc('https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-availability-zone.html', 'each load balancer node distributes traffic evenly across the registered instances in all enabled Availability Zones'),
  ecsExecRole: doc('https://docs.aws.amazon.com/AmazonECS/latest/userguide/task_execution_IAM_role.html', 'The task execution role grants the Amazon ECS container and Fargate agents permission to make AWS API calls on your behalf.'),
  ecsExecEcr: doc('https://docs.aws.amazon.com/AmazonECS/latest/userguide/task_execution_IAM_role.html', 'pulls a container image from an Amazon ECR private repository.'),
  ecsTaskRole: doc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html', 'This role allows your application code (on the container) to use other AWS services.'),
  auroraFailover: doc('https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Endpoints.Cluster.html', 'If the current primary DB instance of a DB cluster fails, Aurora automatically fails over to a new primary DB instance.'),
  auroraReader: doc('https://docs.aws.amazon.com/he_il/AmazonRDS/latest/AuroraUserGuide/aurora-failover.html', 'If the DB cluster has one or more reader instances, then a reader is promoted to the primary instance during a failure event.'),
  r53Eth: doc('https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/route53/aws.sdk.kotlin.services.route53.model/-alias-target/-builder/evaluate-target-health.html', 'When EvaluateTargetHealth is true, an alias resource record set inherits the health of the referenced Amazon Web Services resource, such as an ELB load balancer or another resource record set in the hosted zone.'),
  sqsDlq: doc('https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues', 'Amazon SQS supports dead-letter queues (DLQs), which source queues can target for messages that are not processed successfully.'),
  ec2Creds: doc('https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.md', 'An application on the instance retrieves the security credentials provided by the role from the instance metadata item'),
  ec2CredsRotate: doc('https://docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.md', 'These security credentials are temporary and we rotate them automatically.'),
  dependsOn: doc('https://developer.hashicorp.com/terraform/language/meta-arguments/depends_on', 'Use the depends_on meta-argument to handle hidden resource or module dependencies that Terraform cannot automatically infer.'),
  dependsOnBehaviour: doc('https://developer.hashicorp.com/terraform/language/meta-arguments/depends_on', "relies on another resource's behavior but does not access any of that resource's data in its arguments"),
} as const;


/** A need that is a reasoned choice rather than a documented fact: `why` says why. */
export const judged = (argument: string, alternatives: boolean, why: string, sources: Source[] = []): ArgumentNeed => ({ argument, alternatives, judgement: true, why, sources });
