/** What a Terraform reference means at run time: CloudWatch alarms, logs and dashboards, and EventBridge rules and targets. Sources: see ./sources.ts. */
import type { TerraformTypeRule } from './schema.js';
import { judged, p } from './sources.js';

export const observabilityAndEventRules: readonly TerraformTypeRule[] = [
  {
    terraform: 'aws_cloudwatch_metric_alarm',
    role: 'observer',
    notNeeds: [
      { argument: 'alarm_actions|ok_actions|insufficient_data_actions', why: 'Actions run when the alarm changes state. An action that is an Auto Scaling policy makes the alarm part of a scaling loop, not of serving.', judgement: true, sources: [p('cloudwatch_metric_alarm', 'The list of actions to execute when this alarm transitions into an ALARM state from any other state.'), p('cloudwatch_metric_alarm', 'The list of actions to execute when this alarm transitions into an OK state from any other state.')] },
      { argument: 'dimensions|metric_query.metric.dimensions', why: 'Names what is watched.', sources: [p('cloudwatch_metric_alarm', "The dimensions for the alarm's associated metric.")] },
    ],
    sources: [p('cloudwatch_metric_alarm', 'The list of actions to execute when this alarm transitions into an ALARM state from any other state.')],
  },
  {
    terraform: 'aws_cloudwatch_log_group',
    role: 'observer',
    notNeeds: [
      { argument: 'kms_key_id', why: 'Encrypts stored log data.', judgement: true, sources: [p('cloudwatch_log_group', 'The ARN of the KMS Key to use when encrypting log data.')] },
    ],
    notes: 'Judgement: a sink for logs, so references to it (from functions, tasks, stages, state machines) are not serving needs. Whether a container log driver blocks when CloudWatch Logs is unavailable was not checked.',
    sources: [p('cloudwatch_log_group', 'Provides a CloudWatch Log Group resource.')],
  },
  {
    terraform: 'aws_cloudwatch_dashboard',
    role: 'observer',
    notNeeds: [
      { argument: 'dashboard_body', why: 'Widgets that show metrics.', sources: [p('cloudwatch_dashboard', 'The detailed information about the dashboard, including what widgets are included and their location on the dashboard.')] },
    ],
    sources: [p('cloudwatch_dashboard', 'Provides a CloudWatch Dashboard resource.')],
  },
  {
    terraform: 'aws_cloudwatch_log_subscription_filter',
    role: 'observer',
    notNeeds: [
      { argument: 'destination_arn|log_group_name|role_arn', why: 'Forwards log events to a stream or function. The destination depends on the log group for its input, but log pipelines are not on the serving path.', judgement: true, sources: [p('cloudwatch_log_subscription_filter', 'ARN of the destination to deliver matching log events to. Kinesis stream or Lambda function ARN.'), p('cloudwatch_log_subscription_filter', 'Name of the log group to associate the subscription filter with.')] },
    ],
    sources: [p('cloudwatch_log_subscription_filter', 'Provides a CloudWatch Logs subscription filter resource.')],
  },
  {
    terraform: 'aws_cloudwatch_event_rule',
    role: 'resource',
    needs: [
      judged('event_bus_name', false, 'The rule matches events on that bus.', [p('cloudwatch_event_rule', 'The name or ARN of the event bus to associate with this rule.')]),
      judged('role_arn', false, 'Used to invoke the targets.', [p('cloudwatch_event_rule', 'The Amazon Resource Name (ARN) associated with the role that is used for target invocation.')]),
    ],
    sources: [p('cloudwatch_event_rule', 'Provides an EventBridge Rule resource.')],
  },
  {
    terraform: 'aws_cloudwatch_event_target',
    role: 'glue',
    joins: {
      needer: 'arn',
      needed: 'rule',
      why: 'The rule delivers matching events (or a schedule) to the target, whose work arrives through the rule; the rule does not need the target to keep matching.',
      judgement: true,
      sources: [p('cloudwatch_event_target', 'The name of the rule you want to add targets to.'), p('cloudwatch_event_target', 'The Amazon Resource Name (ARN) associated of the target.')],
    },
    needs: [
      judged('role_arn', false, 'The role used to invoke the target.', [p('cloudwatch_event_target', 'The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is triggered.')]),
      judged('ecs_target.task_definition_arn', false, 'Config of the task that is run; its needs are inherited.', [p('cloudwatch_event_target', 'The ARN of the task definition to use if the event target is an Amazon ECS cluster.')]),
    ],
    sources: [p('cloudwatch_event_target', 'Provides a CloudWatch Event Target resource.')],
  },
];
