import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'control-plane-in-region',
  severity: 'high',
  title: 'A control-plane capability stops when one region fails',
  why: 'Deploying a fix, failing over or scaling is what an outage calls for. If that capability needs a region (often us-east-1, where IAM, Route 53, CloudFront and many sign-ins live) it stops exactly when it is needed.',
  fix: 'Give the capability paths that avoid the region: CI and artifacts in another region, IAM Identity Center with a second region or break-glass IAM users, DNS failover prepared in advance (data-plane health checks rather than control-plane edits).',
};
