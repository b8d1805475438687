/**
 * Plain words that could name more than one AWS resource type (read with the
 * type tables, 2026-12): an AWS component typed with one of these is asked which.
 */
import type { AmbiguousWords } from '../schema.js';

export const ambiguousWords: readonly AmbiguousWords[] = [
  { words: 'dynamodb global table', couldMean: ['dynamodb:table', 'dynamodb:global-table'] },
  { words: 'rds database', couldMean: ['rds:db', 'rds:cluster'] },
  { words: 'aurora', couldMean: ['rds:cluster', 'rds:db', 'rds:global-cluster'] },
  { words: 'elasticache cluster', couldMean: ['elasticache:cluster', 'elasticache:replicationgroup'] },
  { words: 'redis cluster', couldMean: ['elasticache:cluster', 'elasticache:replicationgroup', 'memorydb:cluster'] },
  { words: 'security group', couldMean: ['ec2:security-group', 'rds:secgrp', 'elasticache:securitygroup', 'redshift:securitygroup'] },
  { words: 'subnet group', couldMean: ['rds:subgrp', 'elasticache:subnetgroup', 'memorydb:subnetgroup', 'redshift:subnetgroup'] },
  { words: 'parameter group', couldMean: ['rds:pg', 'rds:cluster-pg', 'elasticache:parametergroup', 'redshift:parametergroup'] },
  { words: 'target group', couldMean: ['elasticloadbalancing:targetgroup', 'rds:target-group'] },
  { words: 'iam policy', couldMean: ['iam:policy', 'inline policy (no ARN type)'] },
  { words: 'waf web acl', couldMean: ['wafv2:webacl', 'waf:webacl', 'waf-regional:webacl'] },
  { words: 'web acl', couldMean: ['wafv2:webacl', 'waf:webacl', 'waf-regional:webacl'] },
  { words: 'kinesis stream', couldMean: ['kinesis:stream', 'kinesisvideo:stream', 'firehose:deliverystream'] },
  { words: 'kafka cluster', couldMean: ['kafka:cluster', 'self-managed Kafka on ec2:instance'] },
  { words: 'rest api', couldMean: ['apigateway:restapis', 'any HTTP service behind elasticloadbalancing:loadbalancer'] },
  { words: 'stage', couldMean: ['apigateway:restapis', 'apigateway:apis'] },
  { words: 'api', couldMean: ['apigateway:restapis', 'apigateway:apis', 'appsync:apis'] },
  { words: 'cluster', couldMean: ['ecs:cluster', 'eks:cluster', 'rds:cluster', 'redshift:cluster', 'kafka:cluster', 'memorydb:cluster', 'elasticache:cluster'] },
  { words: 'table', couldMean: ['dynamodb:table', 'glue:table'] },
  { words: 'queue', couldMean: ['sqs:queue', 'batch:job-queue'] },
  { words: 'rule', couldMean: ['events:rule', 'elasticloadbalancing:listener-rule', 'wafv2:rulegroup'] },
  { words: 'health check', couldMean: ['route53:healthcheck', 'a target group health check setting (no ARN)'] },
  { words: 'lambda', couldMean: ['lambda:function', 'lambda:layer', 'lambda:event-source-mapping'] },
  { words: 'cloudfront', couldMean: ['cloudfront:distribution', 'cloudfront:origin-access-identity'] },
  { words: 'vpn connection', couldMean: ['ec2:vpn-connection', 'ec2:client-vpn-endpoint'] },
  { words: 'eventbridge schedule', couldMean: ['events:rule (scheduled rule)', 'scheduler:schedule'] },
  { words: 'ssl certificate', couldMean: ['acm:certificate', 'iam:server-certificate'] },
  { words: 'accelerator', couldMean: ['globalaccelerator:accelerator', 'elastic-inference accelerators'] },
];
