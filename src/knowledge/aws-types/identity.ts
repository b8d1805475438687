/**
 * The AWS sign-in: IAM Identity Center, through which people sign in to AWS and
 * change it. Recognised by type so that scenarios which take sign-in down (the
 * October 2025 us-east-1 event) take such a component down too.
 */
import type { AwsResourceType } from '../schema.js';
import { docRef } from './sources.js';

export const identityTypes: readonly AwsResourceType[] = [
  {
    type: 'sso:instance',
    arnFormat: 'arn:${Partition}:sso:::instance/${InstanceId}',
    cloudFormation: ['AWS::SSO::Instance'],
    terraform: [],
    words: ['iam identity center', 'aws iam identity center', 'identity center', 'aws sso', 'aws single sign-on', 'aws sign-in', 'aws console sign-in'],
    scope: 'global',
    verified: true,
    notes: 'The ARN has no Region, but the instance lives in one home Region (manifest: aws.identityCenterRegion). Terraform manages Identity Center through aws_ssoadmin_* resources and reads the instance with a data source.',
    sources: [
      docRef('https://docs.aws.amazon.com/account-access/latest/APIReference/API_IdentityCenter.html', 'The ARN of the IAM Identity Center instance. Pattern: arn:[a-z0-9-]+:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}'),
      docRef('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sso-instance.html', 'AWS::SSO::Instance Creates an instance of IAM Identity Center'),
      docRef('https://docs.aws.amazon.com/singlesignon/latest/userguide/resiliency-regional-behavior.html', 'IAM Identity Center controls access to its permission sets and applications from its primary Region only.', '2026-11'),
    ],
  },
];
