import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'cross-region-endpoint',
  severity: 'high',
  title: 'A workload calls an endpoint served from another region',
  why: 'A workload spread over regions for resilience still stops with the region its endpoint lives in: short links served from Frankfurt and Sydney stopped with DynamoDB in us-east-1. A global AWS endpoint (the legacy S3 and STS endpoints, IAM, sign-in) is served from one region too.',
  fix: 'Call the endpoint of the caller\'s own region (a regional STS or S3 endpoint, a replica of the table such as a DynamoDB global table), or declare the dependency and the failover that covers it.',
};
