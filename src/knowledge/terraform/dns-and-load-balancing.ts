/** What a Terraform reference means at run time: DNS records and zones, load balancers, their listeners, rules, target groups and attachments. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { AWS, judged, p } from './sources.js';

export const dnsAndLoadBalancingRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_route53_record',
    role: 'resource',
    needs: [
      { argument: 'alias.name', alternatives: false, why: 'An alias record answers with the target\'s addresses; a single alias record needs its one target. Records that share zone, name and type and carry a set_identifier (weighted, latency, failover, geolocation, multivalue) are alternatives of one another across resources: faultline must group them.', sources: [p('route53_record', 'DNS domain name for a CloudFront distribution, S3 bucket, ELB, or another resource record set in this hosted zone.'), p('route53_record', 'Unique identifier to differentiate records with routing policies from one another.'), AWS.r53Eth] },
      judged('records', false, 'A non-alias record returns every listed value and DNS does not drop a dead one unless a health check is attached, so each referenced address (an EIP\'s public_ip, an instance\'s private_ip) is needed by the clients that receive it.', [p('route53_record', '(Required for non-alias records) A string list of records.')]),
      judged('zone_id', false, 'The record is served only as part of its hosted zone.', [p('route53_record', 'The ID of the hosted zone to contain this record.')]),
    ],
    notNeeds: [
      { argument: 'alias.zone_id', why: 'Names the hosted zone of the same alias target already counted through alias.name.', judgement: true, sources: [] },
      { argument: 'health_check_id', why: 'A health check decides which of several alternative records is served; it is not on the request path. Its own failure mode was not checked.', judgement: true, sources: [p('route53_record', 'The health check the record should be associated with.'), p('route53_record', 'A `PRIMARY` record will be served if its healthcheck is passing, otherwise the `SECONDARY` will be served.')] },
    ],
    notes: 'When alias.evaluate_target_health is true, Route 53 stops answering with an unhealthy target if an alternative record exists; without alternatives the record still needs its single target.',
    sources: [p('route53_record', 'Provides a Route53 record resource.')],
  },
  {
    terraform: 'aws_route53_zone',
    role: 'resource',
    notNeeds: [
      { argument: 'vpc.vpc_id', why: 'Associates a private zone with a VPC so the VPC\'s resolver answers from it; the zone does not call the VPC.', judgement: true, sources: [p('route53_zone', 'Configuration block(s) specifying VPC(s) to associate with a private hosted zone.'), p('route53_zone', 'Private zones require at least one VPC association at all times.')] },
    ],
    sources: [p('route53_zone', 'Manages a Route53 Hosted Zone.')],
  },
  {
    terraform: 'aws_lb',
    role: 'resource',
    needs: [
      { argument: 'subnets', alternatives: true, why: 'The load balancer runs a node in each enabled zone; losing one zone leaves the nodes in the others. An Application Load Balancer must have at least two.', sources: [p('lb', 'A list of subnet IDs to attach to the LB.'), AWS.albNodes, AWS.albTwoAz] },
      { argument: 'subnet_mapping.subnet_id', alternatives: true, why: 'Same as subnets, one subnet per zone.', sources: [p('lb', 'The id of the subnet of which to attach to the load balancer. You can specify only one subnet per Availability Zone.'), AWS.albNodes] },
      judged('subnet_mapping.allocation_id', true, 'A Network Load Balancer answers on the Elastic IP of each zone\'s node, so an address is needed together with its own subnet, and the zones remain alternatives.', [p('lb', 'The allocation ID of the Elastic IP address.')]),
    ],
    notNeeds: [
      { argument: 'security_groups', why: 'Security groups are firewall rules (role policy), not components on the request path.', judgement: true, sources: [p('lb', 'A list of security group IDs to assign to the LB. Only valid for Load Balancers of type `application`.')] },
      { argument: 'access_logs.bucket', why: 'Access logs are delivered to the bucket after the fact; serving does not wait for them.', judgement: true, sources: [p('lb', 'The S3 bucket name to store the logs in.')] },
    ],
    notes: 'The listeners and listener rules are folded into the load balancer (role config), so the load balancer inherits their needs: its target groups, and Cognito user pools used for authentication.',
    sources: [p('lb', 'Provides a Load Balancer resource.'), p('lb', '`aws_alb` is known as `aws_lb`. The functionality is identical.')],
  },
  {
    terraform: 'aws_lb_listener',
    role: 'config',
    configOf: { argument: 'load_balancer_arn', why: 'A listener is part of its load balancer; nothing calls a listener directly, so its needs become the load balancer\'s.', sources: [p('lb_listener', '(Required, Forces New Resource) ARN of the load balancer.')] },
    needs: [
      { argument: 'default_action.target_group_arn', alternatives: false, why: 'Every request that matches no rule is forwarded to this target group.', sources: [p('lb_listener', 'ARN of the Target Group to which to route traffic. Specify only if `type` is `forward` and you want to route to a single target group.')] },
      judged('default_action.forward.target_group.arn', false, 'A weighted forward sends a share of requests to each target group; a group with no healthy targets fails its share, so each is needed for part of the traffic.', [p('lb_listener', 'Configuration block for creating an action that distributes requests among one or more target groups.')]),
      judged('default_action.authenticate_cognito.user_pool_arn', false, 'Unauthenticated requests are sent to the user pool before they are forwarded.', [p('lb_listener', 'Configuration block for using Amazon Cognito to authenticate users.'), p('lb_listener', 'ARN of the Cognito user pool.')]),
    ],
    notNeeds: [
      { argument: 'certificate_arn', why: 'The certificate is material installed on the load balancer; it has no run-time failure of its own. Its expiry and renewal are a separate risk (see the report).', judgement: true, sources: [p('lb_listener', 'ARN of the default SSL server certificate. Exactly one certificate is required if the protocol is HTTPS.')] },
    ],
    sources: [p('lb_listener', 'Provides a Load Balancer Listener resource.'), p('lb_listener', '`aws_alb_listener` is known as `aws_lb_listener`. The functionality is identical.')],
  },
  {
    terraform: 'aws_lb_listener_rule',
    role: 'config',
    configOf: { argument: 'listener_arn', why: 'A rule is part of its listener, which is itself folded into the load balancer.', sources: [p('lb_listener_rule', 'The ARN of the listener to which to attach the rule.')] },
    needs: [
      judged('action.target_group_arn', false, 'Needed only by requests that match the rule\'s conditions; faultline should mark the requirement as partial (a path-specific outage).', [p('lb_listener_rule', 'The ARN of the Target Group to which to route traffic.'), p('lb_listener_rule', 'Multiple condition blocks of different types can be set and all must be satisfied for the rule to match.')]),
      judged('action.forward.target_group.arn', false, 'Weighted forward: each group serves its share of the matching requests.', [p('lb_listener_rule', 'Information for creating an action that distributes requests among one or more target groups.')]),
      judged('action.authenticate_cognito.user_pool_arn', false, 'Unauthenticated matching requests go through the user pool.', [p('lb_listener_rule', 'The ARN of the Cognito user pool.')]),
    ],
    sources: [p('lb_listener_rule', 'Provides a Load Balancer Listener Rule resource.')],
  },
  {
    terraform: 'aws_lb_target_group',
    role: 'resource',
    notNeeds: [
      { argument: 'vpc_id', why: 'Placement of the group; not called.', judgement: true, sources: [p('lb_target_group', 'Identifier of the VPC in which to create the target group.')] },
    ],
    notes: 'A target group\'s members reach it through references that point AT the group: aws_lb_target_group_attachment (glue), aws_autoscaling_group.target_group_arns and aws_ecs_service.load_balancer.target_group_arn (neededBy). All members of one target group are alternatives: faultline should group every such edge into one k-of-n requirement of the target group.',
    sources: [p('lb_target_group', 'Provides a Target Group resource for use with Load Balancer resources.'), p('lb_target_group', 'Keep in mind, that health checks produce actual requests to the backend.'), AWS.elbSpread],
  },
  {
    terraform: 'aws_lb_target_group_attachment',
    role: 'glue',
    joins: {
      needer: 'target_group_arn',
      needed: 'target_id',
      why: 'The target group forwards requests to the registered target. Several attachments to one target group are alternatives (the load balancer spreads requests over registered targets).',
      alternatives: true,
      sources: [p('lb_target_group_attachment', 'The ARN of the target group with which to register targets'), p('lb_target_group_attachment', 'The ID of the target. This is the Instance ID for an instance, or the container ID for an ECS container.'), AWS.elbSpread],
    },
    sources: [p('lb_target_group_attachment', 'Provides the ability to register instances and containers with an Application Load Balancer (ALB) or Network Load Balancer (NLB) target group.')],
  },
];
