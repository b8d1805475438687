/** What a Terraform reference means at run time: Lambda, SQS, SNS, Step Functions, Cognito user pools and EBS volume attachments. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p, registry } from './sources.js';

export const serverlessAndMessagingRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_lambda_function',
    role: 'resource',
    needs: [
      { argument: 'role', alternatives: false, why: 'Lambda assumes the execution role on every invocation and the code uses its credentials to call other services. A missing or broken role stops the function; the IAM control plane is not needed, as credentials come from the regional data plane.', sources: [p('lambda_function', "Amazon Resource Name (ARN) of the function's execution role. The role provides the function's identity and access to AWS services and resources."), AWS.lambdaRole, AWS.lambdaRoleGrants, AWS.iamDataPlane] },
      { argument: 'vpc_config.subnet_ids', alternatives: true, why: 'A function attached to a VPC reaches everything through the VPC; its subnets in several zones are alternatives.', judgement: true, sources: [p('lambda_function', 'When you connect a function to a VPC, it can only access resources and the internet through that VPC.'), p('lambda_function', 'List of subnet IDs associated with the Lambda function.'), AWS.lambdaMultiAz] },
      judged('environment.variables.*', false, 'A variable that names a table, queue, bucket or endpoint tells the code what to call during execution.', [p('lambda_function', 'Map of environment variables that are accessible from the function code during execution.')]),
      judged('kms_key_arn', false, 'Encrypts the environment variables; the function cannot read them if the key is unusable.', [p('lambda_function', 'Amazon Resource Name (ARN) of the AWS Key Management Service (KMS) key that is used to encrypt environment variables.'), AWS.kmsDisabled]),
      { argument: 'file_system_config.arn', alternatives: false, why: 'The EFS access point is mounted into the function.', sources: [p('lambda_function', 'Amazon Resource Name (ARN) of the Amazon EFS Access Point that provides access to the file system.')] },
      judged('image_uri', false, 'Not verified whether Lambda keeps its own copy of a container image; treated as needed until checked.', [p('lambda_function', "ECR image URI containing the function's deployment package.")]),
    ],
    notNeeds: [
      { argument: 'layers', why: 'Lambda keeps a copy of each layer version that a function uses, even after the version is deleted.', sources: [p('lambda_function', 'List of Lambda Layer Version ARNs (maximum of 5) to attach to your Lambda Function.'), AWS.layerCopy] },
      { argument: 'dead_letter_config.target_arn', why: 'Receives only asynchronous events that failed; normal invocations do not touch it.', judgement: true, sources: [p('lambda_function', 'Dead letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing.')] },
      { argument: 's3_bucket|s3_key|s3_object_version', why: 'The deployment package is read when the function is created or updated.', judgement: true, sources: [p('lambda_function', "S3 bucket location containing the function's deployment package.")] },
      { argument: 'vpc_config.security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('lambda_function', 'List of security group IDs associated with the Lambda function.')] },
      { argument: 'code_signing_config_arn', why: 'Checked at deployment.', judgement: true, sources: [p('lambda_function', 'To enable code signing for this function, specify the ARN of a code-signing configuration.')] },
    ],
    sources: [p('lambda_function', "Amazon Resource Name (ARN) of the function's execution role. The role provides the function's identity and access to AWS services and resources.")],
  },
  {
    terraform: 'aws_lambda_event_source_mapping',
    role: 'glue',
    joins: {
      needer: 'function_name',
      needed: 'event_source_arn',
      why: 'Lambda reads from the queue or stream and invokes the function: the function\'s work arrives only through the source. The source does not need the function (messages wait).',
      sources: [p('lambda_event_source_mapping', 'The event source ARN - this is required for Kinesis stream, DynamoDB stream, SQS queue, MQ broker, MSK cluster or DocumentDB change stream.'), p('lambda_event_source_mapping', 'The name or the ARN of the Lambda function that will be subscribing to events.'), AWS.esm],
    },
    notNeeds: [
      { argument: 'destination_config.on_failure.destination_arn', why: 'Receives failed records only.', judgement: true, sources: [p('lambda_event_source_mapping', 'Amazon S3 bucket (only available for Kafka sources) destination for failed records.')] },
    ],
    sources: [AWS.esm],
  },
  {
    terraform: 'aws_lambda_permission',
    role: 'glue',
    joins: {
      needer: 'source_arn',
      needed: 'function_name',
      why: 'A statement that lets a service resource (an API, a bucket, a rule, a target group) invoke the function is evidence that the caller calls it. The integration or target resource usually records the same edge.',
      judgement: true,
      sources: [p('lambda_permission', 'When the principal is an AWS service, the ARN of the specific resource within that service to grant permission to.'), p('lambda_permission', 'Name of the Lambda function whose resource policy you are updating')],
    },
    notes: 'Without source_arn (only principal) there is no resource to join; faultline should drop the row.',
    sources: [p('lambda_permission', 'The principal who is getting this permission')],
  },
  {
    terraform: 'aws_lambda_alias',
    role: 'config',
    configOf: { argument: 'function_name', why: 'Invoking an alias invokes a version of the function; whoever references the alias needs the function.', sources: [p('lambda_alias', 'Creates an alias that points to the specified Lambda function version.'), p('lambda_alias', 'Lambda Function name or ARN.')] },
    sources: [p('lambda_alias', 'Creates an alias that points to the specified Lambda function version.')],
  },
  {
    terraform: 'aws_lambda_layer_version',
    role: 'config',
    notes: 'Functions keep a copy of the layer versions they use, so a reference to a layer is not a run-time need.',
    sources: [AWS.layerCopy],
  },
  {
    terraform: 'aws_sqs_queue',
    role: 'resource',
    needs: [
      { argument: 'kms_master_key_id', alternatives: false, why: 'SSE-KMS queues call KMS for data keys (reused for a configurable period); an unusable key stops sends and receives once cached data keys expire.', judgement: true, sources: [p('sqs_queue', 'ID of an AWS-managed customer master key (CMK) for Amazon SQS or a custom CMK.'), p('sqs_queue', 'Length of time, in seconds, for which Amazon SQS can reuse a data key to encrypt or decrypt messages before calling AWS KMS again.'), AWS.kmsDisabled] },
    ],
    notNeeds: [
      { argument: 'redrive_policy', why: 'The dead-letter queue receives only messages that failed processing repeatedly.', judgement: true, sources: [p('sqs_queue', 'JSON policy to set up the Dead Letter Queue'), AWS.sqsDlq] },
      { argument: 'redrive_allow_policy|policy', why: 'Permission documents.', sources: [p('sqs_queue', 'JSON policy for the SQS queue.')] },
    ],
    sources: [p('sqs_queue', 'which acts as a reliable message buffer between producers and consumers')],
  },
  {
    terraform: 'aws_sqs_queue_policy',
    role: 'policy',
    sources: [p('sqs_queue_policy', 'Allows you to set a policy of an SQS Queue')],
  },
  {
    terraform: 'aws_sqs_queue_redrive_policy',
    role: 'config',
    configOf: { argument: 'queue_url', why: 'Sets the redrive policy of that queue.', sources: [p('sqs_queue_redrive_policy', 'The URL of the SQS Queue to which to attach the policy')] },
    notNeeds: [
      { argument: 'redrive_policy', why: 'Names the dead-letter queue, which only receives failed messages.', judgement: true, sources: [p('sqs_queue_redrive_policy', 'Allows you to set a redrive policy of an SQS Queue'), AWS.sqsDlq] },
    ],
    sources: [p('sqs_queue_redrive_policy', 'Allows you to set a redrive policy of an SQS Queue')],
  },
  {
    terraform: 'aws_sns_topic',
    role: 'resource',
    needs: [
      { argument: 'kms_master_key_id', alternatives: false, why: 'SNS rejects requests when the topic\'s KMS key is not enabled.', sources: [p('sns_topic', 'The ID of an AWS-managed customer master key (CMK) for Amazon SNS or a custom CMK.'), AWS.snsKms] },
    ],
    notNeeds: [
      { argument: 'policy', why: 'Permission document.', sources: [p('sns_topic', 'The fully-formed AWS policy as JSON.')] },
      { argument: '*_success_feedback_role_arn|*_failure_feedback_role_arn', why: 'Delivery-status logging.', judgement: true, sources: [p('sns_topic', 'IAM role for failure feedback')] },
    ],
    sources: [p('sns_topic', 'The fully-formed AWS policy as JSON.')],
  },
  {
    terraform: 'aws_sns_topic_subscription',
    role: 'glue',
    joins: {
      needer: 'endpoint',
      needed: 'topic_arn',
      why: 'The topic pushes messages to the endpoint (a queue, function, stream): the endpoint\'s work arrives through the topic. The topic accepts publishes whether or not an endpoint is up, so the topic does not need the endpoint.',
      judgement: true,
      sources: [p('sns_topic_subscription', 'Endpoint to send data to. The contents vary with the protocol.'), p('sns_topic_subscription', 'ARN of the SNS topic to subscribe to.'), p('sns_topic_subscription', '`endpoint` is the ARN of an Amazon SQS queue')],
    },
    notNeeds: [
      { argument: 'redrive_policy', why: 'The subscription\'s dead-letter queue receives undeliverable messages only.', judgement: true, sources: [p('sns_topic_subscription', 'JSON String with the redrive policy that will be used in the subscription')] },
    ],
    notes: 'The brief asked whether this is an observer. It is not: a subscription usually carries production messages. An e-mail or SMS endpoint is not a resource, so no edge results.',
    sources: [p('sns_topic_subscription', 'ARN of the SNS topic to subscribe to.')],
  },
  {
    terraform: 'aws_sns_topic_policy',
    role: 'policy',
    sources: [p('cloudwatch_event_rule', 'resource "aws_sns_topic_policy" "default" {')],
  },
  {
    terraform: 'aws_sfn_state_machine',
    role: 'resource',
    needs: [
      judged('role_arn', false, 'Step Functions calls each task\'s service with this role.', [p('sfn_state_machine', 'The Amazon Resource Name (ARN) of the IAM role to use for this state machine.')]),
      judged('definition', false, 'Task states call the resources named in the definition; states behind a Catch or a Choice are partial needs.', [p('sfn_state_machine', 'definition of the state machine.')]),
      judged('encryption_configuration.kms_key_id', false, 'Execution data is encrypted with the key.', [p('sfn_state_machine', 'The alias, alias ARN, key ID, or key ARN of the symmetric encryption KMS key that encrypts the data key.')]),
    ],
    notNeeds: [
      { argument: 'logging_configuration.log_destination', why: 'Execution logs.', judgement: true, sources: [p('sfn_state_machine', 'Amazon Resource Name (ARN) of a CloudWatch log group.')] },
    ],
    sources: [p('sfn_state_machine', 'The Amazon Resource Name (ARN) of the IAM role to use for this state machine.')],
  },
  {
    terraform: 'aws_cognito_user_pool',
    role: 'resource',
    needs: [
      judged('lambda_config.*', false, 'Trigger functions run inside sign-up, sign-in and token flows; each is needed by the flows that invoke it.', [registry('cognito_user_pool', 'Configuration block for the AWS Lambda triggers associated with the user pool.')]),
    ],
    sources: [registry('cognito_user_pool', 'Configuration block for the AWS Lambda triggers associated with the user pool.')],
  },
  {
    terraform: 'aws_volume_attachment',
    role: 'glue',
    joins: {
      needer: 'instance_id',
      needed: 'volume_id',
      why: 'The instance reads and writes the attached volume.',
      sources: [p('volume_attachment', 'ID of the Instance to attach to.'), p('volume_attachment', 'ID of the Volume to be attached.')],
    },
    sources: [p('volume_attachment', 'Provides an AWS EBS Volume Attachment as a top level resource, to attach and')],
  },
];
