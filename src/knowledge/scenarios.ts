/**
 * Outage scenarios drawn from real incidents, for `simulate --scenario`. Besides
 * these, `region:<provider>/<region>`, `provider:<name>` and `vendor:<name>`
 * work as scenarios, and a manifest can define its own under `scenarios:`.
 */
import type { ScenarioDefinition } from './schema.js';

export const scenarioLibrary: readonly ScenarioDefinition[] = [
  {
    id: 'aws-us-east-1-2025-10',
    title: 'AWS us-east-1, 19-20 October 2025: DynamoDB DNS',
    summary:
      'A race condition in DynamoDB’s DNS management emptied the DNS record of its us-east-1 endpoint. DynamoDB in us-east-1 became unreachable, signing in and refreshing tokens failed, serverless and autoscaling services failed in a second wave, and SaaS products hosted in us-east-1 failed with them. Running EC2 instances kept running.',
    region: 'aws/us-east-1',
    types: ['dynamodb', 'lambda'],
    controlPlanes: ['aws-control/iam', 'aws-control/identity-center'],
    vendorsInRegion: true,
    largestAccount: false,
    sources: [
      { url: 'https://aws.amazon.com/message/101925/', date: '2025-10', quote: 'a latent race condition in the DynamoDB DNS management system that resulted in an incorrect empty DNS record for the service’s regional endpoint (dynamodb.us-east-1.amazonaws.com)' },
      { url: 'a customer postmortem of the 2025-10-20 us-east-1 outage (project seeds, 000)', date: '2025-10-21', quote: 'We couldn’t access or modify our infrastructure because we couldn’t sign in or refresh tokens. … a second wave of issues began, affecting AWS serverless and autoscaling services.' },
    ],
  },
  {
    id: 'aws-account-lockout',
    title: 'An AWS account becomes unusable',
    summary:
      'One AWS account is suspended, compromised or locked out (lost root credentials, a billing hold, an organization policy gone wrong): everything in it stops together. The scenario takes the account holding most of what the capabilities depend on; name another as aws-account-lockout:<account-id>.',
    types: [],
    controlPlanes: [],
    vendorsInRegion: false,
    largestAccount: true,
    sources: [{ url: 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_Account.html', date: '2026-11', quote: 'Status: ACTIVE | SUSPENDED | PENDING_CLOSURE; a suspended account cannot be used' }],
  },
];
