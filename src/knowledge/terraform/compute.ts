/** What a Terraform reference means at run time: Auto Scaling groups, launch templates, instances, ECS, EKS and ECR. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p } from './sources.js';

export const computeRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_autoscaling_group',
    role: 'resource',
    needs: [
      { argument: 'vpc_zone_identifier', alternatives: true, why: 'Instances are spread over the listed subnets; when a zone fails the group launches in another.', sources: [p('autoscaling_group', 'List of subnet IDs to launch resources in. Subnets automatically determine which availability zones the group will reside.'), AWS.asgAz] },
      { argument: 'availability_zones', alternatives: true, why: 'Same as vpc_zone_identifier for the default VPC.', sources: [p('autoscaling_group', 'A list of Availability Zones where instances in the Auto Scaling group can be created.'), AWS.asgAz] },
      judged('launch_template.id|launch_template.name', false, 'Running instances do not call the template, but the group needs it to replace or add instances; the template is role config, so the group also inherits the template\'s needs (instance profile, network interfaces, volume keys).', [p('autoscaling_group', 'Nested argument with Launch template specification to use to launch instances.'), p('autoscaling_group', 'ID of the launch template. Conflicts with `name`.')]),
      judged('mixed_instances_policy.launch_template.launch_template_specification.launch_template_id', false, 'As launch_template.id.', [p('autoscaling_group', 'ID of the launch template. Conflicts with `launch_template_name`.')]),
      judged('launch_configuration', false, 'As launch_template.id, for the older launch configuration.', [p('autoscaling_group', 'Name of the launch configuration to use.')]),
    ],
    neededBy: [
      { argument: 'target_group_arns', alternatives: true, why: 'The group names the target group, but it is the target group that needs the group\'s instances; the instances are alternatives.', sources: [p('autoscaling_group', 'Set of `aws_alb_target_group` ARNs, for use with Application or Network Load Balancing.'), AWS.elbSpread] },
      { argument: 'load_balancers', alternatives: true, why: 'As target_group_arns, for Classic Load Balancers.', sources: [p('autoscaling_group', 'List of elastic load balancer names to add to the autoscaling')] },
    ],
    notNeeds: [
      { argument: 'initial_lifecycle_hook.notification_target_arn', why: 'Lifecycle notifications during launch and termination, not serving.', judgement: true, sources: [p('autoscaling_group', 'Please note that this will only work when creating')] },
      { argument: 'initial_lifecycle_hook.role_arn', why: 'Used to publish lifecycle notifications.', judgement: true, sources: [] },
      { argument: 'service_linked_role_arn', why: 'Used by the service for scaling actions, not by running instances.', judgement: true, sources: [p('autoscaling_group', 'ARN of the service-linked role that the ASG will use to call other AWS services')] },
    ],
    sources: [p('autoscaling_group', 'Provides an Auto Scaling Group resource.')],
  },
  {
    terraform: 'aws_launch_template',
    role: 'config',
    needs: [
      { argument: 'iam_instance_profile.name|iam_instance_profile.arn', alternatives: false, why: 'Instances launched from the template get their AWS credentials from the profile\'s role (inherited by the group or instance that uses the template).', sources: [p('launch_template', 'The IAM Instance Profile to launch the instance with.'), AWS.ec2Creds] },
      judged('network_interfaces.subnet_id', false, 'An interface pinned to one subnet pins the instance to that zone.', [p('launch_template', 'Customize network interfaces to be attached at instance boot time.')]),
      judged('block_device_mappings.ebs.kms_key_id', false, 'Encrypted volumes need their key to be attached and read; a disabled key breaks new data-key use.', [p('launch_template', 'Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption.'), AWS.kmsDisabled]),
      judged('user_data', false, 'Start-up scripts that name a resource (an endpoint, a bucket) usually mean the instance calls it.', [p('launch_template', 'The base64-encoded user data to provide when launching the instance.')]),
    ],
    notNeeds: [
      { argument: 'image_id', why: 'The AMI is read only at launch; a running instance does not need it.', judgement: true, sources: [p('launch_template', 'The AMI from which to launch the instance')] },
      { argument: 'vpc_security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('launch_template', 'A list of security group IDs to associate with.')] },
    ],
    notes: 'No configOf: a template can be shared; every aws_autoscaling_group, aws_instance or aws_eks_node_group that references it inherits these needs.',
    sources: [p('launch_template', 'Customize network interfaces to be attached at instance boot time.')],
  },
  {
    terraform: 'aws_instance',
    role: 'resource',
    needs: [
      judged('subnet_id', false, 'An instance lives in one subnet and so one zone.', [p('instance', 'VPC Subnet ID to launch in.')]),
      { argument: 'iam_instance_profile', alternatives: false, why: 'Applications on the instance take their credentials from the profile\'s role; credentials are temporary and rotated, so the role is needed for as long as the instance calls AWS.', judgement: true, sources: [p('instance', 'IAM Instance Profile to launch the instance with. Specified as the name of the Instance Profile.'), AWS.ec2Creds, AWS.ec2CredsRotate] },
      judged('root_block_device.kms_key_id|ebs_block_device.kms_key_id', false, 'Encrypted volumes use the key when data keys are decrypted.', [p('instance', 'ARN of the KMS Key to use when encrypting the volume.'), AWS.kmsDataKeys]),
      judged('user_data', false, 'A start-up script that names a resource usually means the instance calls it.', [p('instance', 'User data to provide when launching the instance.')]),
    ],
    notNeeds: [
      { argument: 'ami', why: 'Read at launch only.', judgement: true, sources: [] },
      { argument: 'launch_template.id', why: 'The template is applied at launch; its needs (profile, interfaces) are inherited, but the template itself is not called.', judgement: true, sources: [p('instance', 'Specifies a Launch Template to configure the instance.')] },
      { argument: 'vpc_security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('instance', 'List of security group IDs to associate with.')] },
      { argument: 'key_name', why: 'SSH key pair for administrators.', judgement: true, sources: [p('instance', 'Key name of the Key Pair to use for the instance')] },
      { argument: 'placement_group', why: 'Placement at launch.', judgement: true, sources: [p('instance', 'Placement Group to start the instance in.')] },
    ],
    sources: [p('instance', 'VPC Subnet ID to launch in.')],
  },
  {
    terraform: 'aws_ecs_service',
    role: 'resource',
    needs: [
      { argument: 'network_configuration.subnets', alternatives: true, why: 'Tasks are spread over the listed subnets (awsvpc mode).', judgement: true, sources: [p('ecs_service', 'Subnets associated with the task or service.')] },
      judged('cluster', false, 'Tasks run on the cluster\'s capacity (container instances or Fargate); the cluster row itself has no failure mode of its own beyond its capacity providers.', [p('ecs_service', '(Optional) ARN of an ECS cluster.')]),
      judged('task_definition', false, 'The task definition is role config: the service inherits its needs (execution role, task role, images, secrets, file systems).', [p('ecs_service', 'Family and revision (`family:revision`) or full ARN of the task definition that you want to run in your service.')]),
    ],
    neededBy: [
      { argument: 'load_balancer.target_group_arn', alternatives: true, why: 'The service registers its tasks in the target group; the target group needs the tasks, which are alternatives.', sources: [p('ecs_service', 'ARN of the Load Balancer target group to associate with the service.'), p('ecs_service', 'Number of instances of the task definition to place and keep running.')] },
      judged('service_registries.registry_arn', true, 'Clients that find the service through Cloud Map need the service\'s tasks; the service does not need the registry to run.', [p('ecs_service', 'ARN of the Service Registry.')]),
    ],
    notNeeds: [
      { argument: 'iam_role', why: 'Lets ECS register tasks with the load balancer; needed for changes, not to serve.', judgement: true, sources: [p('ecs_service', 'ARN of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf.')] },
      { argument: 'alarms.alarm_names', why: 'Deployment alarms for rollback decisions (observers).', judgement: true, sources: [p('ecs_service', 'Information about the CloudWatch alarms.')] },
      { argument: 'network_configuration.security_groups', why: 'Firewall rules (role policy).', judgement: true, sources: [p('ecs_service', 'Security groups associated with the task or service.')] },
    ],
    sources: [p('ecs_service', 'Provides an ECS service - effectively a task that is expected to run until an error occurs or a user terminates it'), p('ecs_service', 'To prevent a race condition during service deletion, make sure to set `depends_on` to the related `aws_iam_role_policy`')],
  },
  {
    terraform: 'aws_ecs_task_definition',
    role: 'config',
    needs: [
      { argument: 'execution_role_arn', alternatives: false, why: 'The ECS agent uses it to pull images and fetch secrets when a task starts; a service cannot start or replace tasks without it.', sources: [p('ecs_task_definition', 'The Amazon Resource Name (ARN) of the task execution role that the Amazon ECS container agent and the Docker daemon can assume.'), AWS.ecsExecRole, AWS.ecsExecEcr] },
      { argument: 'task_role_arn', alternatives: false, why: 'The application code in the containers uses it to call AWS.', sources: [p('ecs_task_definition', 'The ARN of IAM role that allows your Amazon ECS container task to make calls to other AWS services.'), AWS.ecsTaskRole] },
      judged('container_definitions', false, 'One JSON argument: a referenced ECR repository (image), secret or parameter (secrets) is needed at task start, and environment values name what the code calls. References inside it to observer types (log groups) are dropped by the target\'s role.', [p('ecs_task_definition', 'A list of valid [container definitions]'), AWS.ecsExecEcr]),
      { argument: 'volume.efs_volume_configuration.file_system_id', alternatives: false, why: 'The file system is mounted into the task.', sources: [p('ecs_task_definition', 'The ID of the EFS File System.')] },
    ],
    notes: 'No configOf: one task definition can be used by several services and event targets; each inherits these needs.',
    sources: [p('ecs_task_definition', 'A list of valid [container definitions]')],
  },
  {
    terraform: 'aws_ecs_cluster',
    role: 'resource',
    notNeeds: [
      { argument: 'configuration.execute_command_configuration.kms_key_id', why: 'Encrypts interactive ECS Exec sessions only.', judgement: true, sources: [p('ecs_cluster', 'The AWS Key Management Service key ID to encrypt the data between the local client and the container.')] },
      { argument: 'configuration.execute_command_configuration.log_configuration.cloud_watch_log_group_name|configuration.execute_command_configuration.log_configuration.s3_bucket_name', why: 'Logs of ECS Exec sessions.', judgement: true, sources: [p('ecs_cluster', 'The name of the CloudWatch log group to send logs to.')] },
    ],
    sources: [p('ecs_cluster', 'Provides an ECS cluster.')],
  },
  {
    terraform: 'aws_eks_cluster',
    role: 'resource',
    needs: [
      { argument: 'vpc_config.subnet_ids', alternatives: true, why: 'The control plane\'s interfaces are placed in these subnets, which must span two zones.', judgement: true, sources: [p('eks_cluster', 'List of subnet IDs. Must be in at least two different availability zones.')] },
      judged('role_arn', false, 'The control plane calls AWS APIs with this role.', [p('eks_cluster', 'ARN of the IAM role that provides permissions for the Kubernetes control plane to make calls to AWS API operations on your behalf.')]),
      judged('encryption_config.provider.key_arn', false, 'Kubernetes secrets are envelope-encrypted with the key.', [p('eks_cluster', 'ARN of the Key Management Service (KMS) customer master key (CMK).'), p('eks_cluster', 'List of strings with resources to be encrypted. Valid values: `secrets`.')]),
    ],
    notNeeds: [
      { argument: 'vpc_config.security_group_ids', why: 'Firewall rules (role policy).', judgement: true, sources: [p('eks_cluster', 'List of security group IDs for the cross-account elastic network interfaces')] },
    ],
    sources: [p('eks_cluster', 'List of subnet IDs. Must be in at least two different availability zones.')],
  },
  {
    terraform: 'aws_eks_node_group',
    role: 'resource',
    needs: [
      judged('cluster_name', false, 'Nodes run pods scheduled by the cluster\'s control plane.', [p('eks_node_group', 'Name of the EKS Cluster.')]),
      judged('node_role_arn', false, 'Nodes call AWS (image pulls, networking) with this role.', [p('eks_node_group', 'Amazon Resource Name (ARN) of the IAM Role that provides permissions for the EKS Node Group.')]),
      { argument: 'subnet_ids', alternatives: true, why: 'Nodes are spread over the subnets (the node group is an Auto Scaling group).', judgement: true, sources: [p('eks_node_group', 'Identifiers of EC2 Subnets to associate with the EKS Node Group.'), AWS.asgAz] },
      judged('launch_template.id|launch_template.name', false, 'Template for new nodes (config; its needs are inherited).', [p('eks_node_group', 'Identifier of the EC2 Launch Template.')]),
    ],
    notNeeds: [
      { argument: 'remote_access.source_security_group_ids', why: 'SSH access rules.', judgement: true, sources: [p('eks_node_group', 'Set of EC2 Security Group IDs to allow SSH access (port 22) from on the worker nodes.')] },
    ],
    sources: [p('eks_node_group', 'Name of the EKS Cluster.')],
  },
  {
    terraform: 'aws_ecr_repository',
    role: 'resource',
    needs: [
      judged('encryption_configuration.kms_key', false, 'Images encrypted with the key are read with it when pulled.', [p('ecr_repository', 'The ARN of the KMS key to use when `encryption_type` is `KMS`.')]),
    ],
    notes: 'Needed when a task or node pulls an image (start and replacement), not by running containers.',
    sources: [p('ecr_repository', 'Provides an Elastic Container Registry Repository.')],
  },
];
