/**
 * Workloads whose DNS queries a Resolver query log can tie only to their VPC. The log
 * names "the instance ID of the resource that the query originated from" when an EC2
 * instance asked; these resources ask from network interfaces of their own in the VPC,
 * with no instance of the account behind them, so their queries carry the VPC alone.
 * Such a query is handed to the workloads of these types that an inventory places in
 * that VPC. Types not listed (CodeBuild, Batch, SageMaker, ...) were not checked and
 * are not handed anything: their calls stay with the VPC.
 */
import type { EndpointSource } from './sources.js';

export interface VpcWorkload {
  /** `service:resourceType`, as a scan or Terraform types it. */
  type: string;
  why: string;
  sources: EndpointSource[];
}

const resolverLog: EndpointSource = {
  url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs.html',
  date: '2026-12',
  quote: 'The ID of the VPC that the query originated from ... The instance ID of the resource that the query originated from',
};

const ecsAwsvpc: EndpointSource = {
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
  date: '2026-12',
  quote: 'awsvpc ... The task is allocated its own elastic network interface (ENI) and a primary private IPv4 address.',
};

const fargate: EndpointSource = {
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  date: '2026-12',
  quote: 'By default, every Amazon ECS task on Fargate is provided an elastic network interface (ENI) with a primary private IP address.',
};

export const vpcWorkloads: readonly VpcWorkload[] = [
  {
    type: 'lambda:function',
    why: 'A function connected to a VPC reaches everything through network interfaces Lambda creates in its subnets, not through an instance of the account.',
    sources: [
      {
        url: 'https://docs.amazonaws.cn/cdk/api/v1/docs/@aws-cdk_aws-lambda.CfnFunction.VpcConfigProperty.html',
        date: '2026-12',
        quote: "When you connect a function to a VPC, Lambda creates an elastic network interface for each combination of security group and subnet in the function's VPC configuration. The function can only access resources and the internet through that VPC.",
      },
      resolverLog,
    ],
  },
  {
    type: 'ecs:service',
    why: 'The tasks of a service in awsvpc mode (always on Fargate) each ask from an interface of their own; on Fargate no instance of the account hosts them.',
    sources: [fargate, ecsAwsvpc, resolverLog],
  },
  {
    type: 'ecs:task',
    why: 'As for a service: a task in awsvpc mode has its own interface.',
    sources: [fargate, ecsAwsvpc, resolverLog],
  },
];
