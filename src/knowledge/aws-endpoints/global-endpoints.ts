/**
 * Host names served from one Region whatever Region the caller is in, with what
 * depends on that Region (`note`) and, for STS, how that changed over time.
 */
import { S, bepq, boto, type GlobalEndpoint } from './sources.js';

const WP_GLOBAL = {
  url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html',
  date: '2026-12',
  quote: 'The significant difference for most global services is that their control plane is hosted in a single AWS Region, while their data plane is globally distributed.',
};
const WP_PARTITIONAL = {
  // The list items below were read in the ja_jp and zh_cn copies of this page, where they are left in English.
  url: 'https://docs.aws.amazon.com/ja_jp/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html',
  date: '2026-12',
  quote: 'AWS IAM (us-east-1) … AWS Organizations (us-east-1)',
};
const WP_ROUTE53 = {
  // Machine translation; the English page was not retrievable past its opening in the stored copy.
  url: 'https://docs.aws.amazon.com/zh_cn/whitepapers/latest/aws-fault-isolation-boundaries/global-services.html',
  date: '2026-12',
  quote: '例如,Route 53 us-east-1 在该地区运营其控制平面,但其数据平面分布 PoPs 在全球数百个以及每个区域 AWS 区域',
};
const WP_IAM_APPENDIX = {
  url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/appendix-a---partitional-service-guidance.html',
  date: '2026-12',
  quote: 'During a control plane impairment, CRUDL type operations for IAM may not work, but authentication and authorization for existing principals will continue to work.',
};
const WP_STS_DATAPLANE = {
  url: 'https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/appendix-a---partitional-service-guidance.html',
  date: '2026-12',
  quote: 'STS is a data plane-only service that is separate from IAM, and does not depend on the IAM control plane.',
};

const STS_BLOG = 'https://aws.amazon.com/blogs/security/announcing-upcoming-changes-to-the-aws-security-token-service-global-endpoint';
const SDK_BLOG = 'https://aws.amazon.com/blogs/developer/updating-aws-sdk-defaults-aws-sts-service-endpoint-and-retry-strategy';

export const globalEndpoints: readonly GlobalEndpoint[] = [
  {
    host: 'sts.amazonaws.com',
    service: 'sts',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note:
      'Since 2025 (AWS changed it by 2025-04-18), requests to sts.amazonaws.com that come from a Region enabled by default are served in that Region; ' +
      'requests from opt-in Regions are still served by us-east-1. So the us-east-1 dependency holds for callers in opt-in Regions (and, before the change, for all callers). ' +
      'Use the `region` field of the Resolver log line to decide. Regional endpoints sts.<region>.amazonaws.com never depend on us-east-1.',
    since: '2011-08',
    servedInCallerRegionSince: '2025-04-18',
    history: [
      {
        date: '2011-08',
        change: 'STS launched with one global endpoint, sts.amazonaws.com, hosted in us-east-1.',
        source: { url: STS_BLOG, date: '2026-12', quote: 'AWS launched AWS Security Token Service (AWS STS) in August 2011 with a single global endpoint (https://sts.amazonaws.com), hosted in the US East (N. Virginia) AWS Region.' },
      },
      {
        date: '2015-02',
        change: 'Regional STS endpoints sts.<region>.amazonaws.com launched.',
        source: { url: STS_BLOG, date: '2026-12', quote: 'To reduce dependency on a single Region, STS launched AWS STS Regional endpoints (https://sts.{Region_identifier}.{partition_domain}) in February 2015.' },
      },
      {
        date: '2022-07',
        change: 'AWS stated that new SDK major versions released after July 2022 default to Regional STS endpoints (the JS SDK v3, used by faultline, resolves Regional by default).',
        source: { url: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-sts-regionalized-endpoints.html', date: '2026-12', quote: 'All new SDK major versions releasing after July 2022 will default to regional.' },
      },
      {
        date: '2024-08',
        change: 'An STS disruption on 2024-08-29 affected requests to the global endpoint but not the Regional endpoints (third-party report; AWS Health event linked from a botocore issue).',
        source: { url: 'https://github.com/rundeck-plugins/rundeck-ec2-nodes-plugin/pull/131', date: '2024-09', quote: '(third party) On August 29, 2024, an AWS STS failure occurred and requests using the STS global endpoints failed. This failure did not affect requests using STS Regionalized endpoints.' },
      },
      {
        date: '2025-01',
        change: 'AWS announced that, from early 2025, requests to the global endpoint from Regions enabled by default would be served in the caller\'s Region (blog post; its own date is not in the stored copy; a third-party issue cited it on 2025-01-29).',
        source: { url: STS_BLOG, date: '2026-12', quote: 'Starting in early 2025, requests to the STS global endpoint will be automatically served in the same Region as your AWS deployed workloads.' },
      },
      {
        date: '2025-04',
        change: 'Change in effect: the blog post was updated on 2025-04-18 to say AWS had made the change in Regions enabled by default and would not deploy it to opt-in Regions.',
        source: { url: 'https://github.com/apache/iceberg/pull/17158', date: '2026-07', quote: '(third party, quoting the AWS blog) April 18, 2025: AWS has made changes to the AWS Security Token Service (AWS STS) global endpoint (sts.amazonaws.com) in Regions enabled by default' },
      },
      {
        date: '2025-07',
        change: 'On 2025-07-31 the SDKs that still defaulted to the global endpoint (Python, PHP, C++, .NET, PowerShell tools, CLI v1) switched their default to Regional (boto3 1.40.0, AWS CLI v1 1.42.0).',
        source: { url: 'https://github.com/boto/boto3/issues/4583', date: '2025-07', quote: 'In Boto3 v1.40.0, we updated the default AWS STS endpoints resolution from legacy (global endpoint) to regional.' },
      },
    ],
    sources: [
      { url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_region-endpoints.html', date: '2026-12', quote: 'AWS STS requests to the global endpoint are automatically served in the same AWS Region as your workloads. These changes will not be deployed to opt-in Regions.' },
      { url: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-sts-regionalized-endpoints.html', date: '2026-12', quote: 'In opt-in Regions, requests to the AWS STS global endpoint are served by a single AWS Region, US East (N. Virginia).' },
      { url: STS_BLOG, date: '2026-12', quote: 'requests to the STS global endpoint will be served locally if your request originated from AWS Regions that are enabled by default.' },
      { url: SDK_BLOG, date: '2026-12', quote: 'On July 31st, 2025, the SDKs and tools listed previously will release an update with their default STS service endpoint changed to the Regional endpoint (regional setting value).' },
      bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "sts.amazonaws.com" }'),
      WP_STS_DATAPLANE,
    ],
  },
  {
    host: 'iam.amazonaws.com',
    service: 'iam',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Control plane (create/update/delete/list) is in us-east-1. Authentication and authorization are served in each Region and keep working during a control plane impairment. Same for iam-fips.amazonaws.com and iam.global.api.aws.',
    sources: [
      bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "iam.amazonaws.com",'),
      bepq('"hostname" : "iam.global.api.aws",'),
      WP_PARTITIONAL,
      WP_IAM_APPENDIX,
      WP_GLOBAL,
    ],
  },
  {
    host: 's3.amazonaws.com',
    service: 's3',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note:
      'Legacy global endpoint (also <bucket>.s3.amazonaws.com). Requests go to us-east-1 by default; for buckets in Regions launched before 2019-03-20 DNS is later updated and us-east-1 answers 307 redirects meanwhile; ' +
      'for Regions launched after 2019-03-20 the request fails with 400. Path-style use of the global endpoint works only for us-east-1 buckets. A workload elsewhere using this name depends on us-east-1 at least for the first request.',
    sources: [S.s3VhGlobal, S.s3VhGlobalOther, S.s3VhGlobalNew, S.s3VhGlobalPath, S.s3BotoGlobal],
  },
  {
    host: 's3-external-1.amazonaws.com',
    service: 's3',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Legacy us-east-1 S3 host name.',
    sources: [S.s3BotoExternal],
  },
  {
    host: 'route53.amazonaws.com',
    service: 'route53',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Control plane only (hosted zone and record changes, health check configuration). DNS answers are served from edge locations and every Region and do not depend on us-east-1. Also route53-fips.amazonaws.com and route53.global.api.aws.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "route53.amazonaws.com",'), WP_ROUTE53, WP_GLOBAL],
  },
  {
    host: 'cloudfront.amazonaws.com',
    service: 'cloudfront',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Control plane only (distribution configuration). Content delivery from <id>.cloudfront.net is served at edge locations. Also cloudfront.global.api.aws.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "cloudfront.amazonaws.com",'), boto('cloudfront/2020-05-31/endpoint-rule-set-1.json', 'https://cloudfront.global.api.aws'), WP_GLOBAL],
  },
  {
    host: 'organizations.us-east-1.amazonaws.com',
    service: 'organizations',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Commercial partition; China uses organizations.cn-northwest-1.amazonaws.com.cn.',
    sources: [
      boto('organizations/2016-11-28/service-2.json', 'For the current release of Organizations, specify the us-east-1 region for all Amazon Web Services API and CLI calls made from the commercial Amazon Web Services Regions outside of China.'),
      bepq('"hostname" : "organizations.us-east-1.amazonaws.com",'),
      WP_PARTITIONAL,
    ],
  },
  {
    host: 'account.us-east-1.amazonaws.com',
    service: 'account',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'AWS Account Management API.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "account.us-east-1.amazonaws.com"'), WP_PARTITIONAL],
  },
  {
    host: 'globalaccelerator.us-west-2.amazonaws.com',
    service: 'globalaccelerator',
    servedFrom: 'us-west-2',
    dependsOnRegion: true,
    note:
      'Control plane only; traffic through <id>.awsglobalaccelerator.com is served at edge locations. The host name globalaccelerator.amazonaws.com (no Region) was not found in any source read; the SDK data names globalaccelerator.<region>.amazonaws.com and globalaccelerator-fips.us-west-2.amazonaws.com.',
    sources: [
      boto('globalaccelerator/2018-08-08/service-2.json', 'you must specify the US West (Oregon) Region to create, update, or otherwise work with accelerators. That is, for example, specify --region us-west-2 on Amazon Web Services CLI commands.'),
      bepq('"fips-us-west-2" : { "credentialScope" : { "region" : "us-west-2" }, "hostname" : "globalaccelerator-fips.us-west-2.amazonaws.com"'),
    ],
  },
  {
    host: 'waf.amazonaws.com',
    service: 'waf',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'AWS WAF Classic for CloudFront (global). Also waf-fips.amazonaws.com. Control plane only.',
    sources: [
      bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "waf.amazonaws.com",'),
      boto('waf/2015-08-24/service-2.json', 'This is the AWS WAF Classic API Reference for using AWS WAF Classic with Amazon CloudFront.'),
    ],
  },
  {
    host: 'wafv2.us-east-1.amazonaws.com',
    service: 'wafv2',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Only for web ACLs with CLOUDFRONT scope (and Amplify); Regional-scope WAF uses wafv2.<region>.amazonaws.com in the resource\'s Region.',
    sources: [boto('wafv2/2019-07-29/service-2.json', 'For Amazon CloudFront and Amplify, you must use the API endpoint listed for US East (N. Virginia): us-east-1.')],
  },
  {
    host: 'shield.us-east-1.amazonaws.com',
    service: 'shield',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'AWS Shield Advanced API. Control plane only.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "shield.us-east-1.amazonaws.com",')],
  },
  {
    host: 'global.health.amazonaws.com',
    service: 'health',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note:
      'AWS Health API has two Regional endpoints in an active-passive pair (health.us-east-1.amazonaws.com and health.us-east-2.amazonaws.com); the global name resolves to the active one. ' +
      'So the dependency is on us-east-1 or, after failover, us-east-2. health.us-east-1.amazonaws.com alone depends on us-east-1.',
    sources: [
      boto('health/2016-08-04/service-2.json', 'Health supports a multi-Region application architecture and has two regional endpoints in an active-passive configuration.'),
      { url: 'https://docs.aws.amazon.com/general/latest/gr/awshealth.html', date: '2026-12', quote: 'US East (Ohio) us-east-2 health.us-east-2.amazonaws.com global.health.amazonaws.com health-fips.us-east-2.amazonaws.com' },
      bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "global.health.amazonaws.com"'),
    ],
  },
  {
    host: 'health.us-east-1.amazonaws.com',
    service: 'health',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    sources: [boto('health/2016-08-04/service-2.json', 'You can use the Health endpoint health.us-east-1.amazonaws.com (HTTPS) to call the Health API operations.')],
  },
  {
    host: 'ce.us-east-1.amazonaws.com',
    service: 'ce',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Cost Explorer API.',
    sources: [boto('ce/2017-10-25/service-2.json', 'The Cost Explorer API provides the following endpoint: https://ce.us-east-1.amazonaws.com')],
  },
  {
    host: 'budgets.amazonaws.com',
    service: 'budgets',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    sources: [boto('budgets/2016-10-20/service-2.json', 'The Amazon Web Services Budgets API provides the following endpoint: https://budgets.amazonaws.com'), bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "budgets.amazonaws.com"')],
  },
  {
    host: 'savingsplans.amazonaws.com',
    service: 'savingsplans',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "savingsplans.amazonaws.com"')],
  },
  {
    host: 'support.us-east-1.amazonaws.com',
    service: 'support',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'AWS Support API (commercial partition).',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "support.us-east-1.amazonaws.com"')],
  },
  {
    host: 'networkmanager.us-west-2.amazonaws.com',
    service: 'networkmanager',
    servedFrom: 'us-west-2',
    dependsOnRegion: true,
    note: 'AWS Network Manager control plane.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-west-2" }, "hostname" : "networkmanager.us-west-2.amazonaws.com",'), WP_PARTITIONAL],
  },
  {
    host: 'route53-recovery-control-config.us-west-2.amazonaws.com',
    service: 'route53-recovery-control-config',
    servedFrom: 'us-west-2',
    dependsOnRegion: true,
    note: 'Application Recovery Controller configuration API (control plane). The routing-control data plane uses separate cluster endpoints in several Regions.',
    sources: [bepq('"aws-global" : { "credentialScope" : { "region" : "us-west-2" }, "hostname" : "route53-recovery-control-config.us-west-2.amazonaws.com"'), WP_PARTITIONAL],
  },
  {
    host: 'signin.aws.amazon.com',
    service: 'signin',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Console and SAML sign-in. Regional sign-in endpoints <region>.signin.aws.amazon.com exist for the other Regions; using them (for SAML, signin.aws.amazon.com/saml vs <region>.signin.aws.amazon.com/saml) removes the us-east-1 dependency.',
    sources: [
      S.signinEndpoints,
      { url: 'https://aws.amazon.com/blogs/security/how-to-use-regional-saml-endpoints-for-failover/', date: '2022-08', quote: 'Although this endpoint is highly available, it is hosted in a single AWS Region, us-east-1.' },
      { url: 'https://aws.amazon.com/blogs/security/how-to-use-regional-saml-endpoints-for-failover/', date: '2022-08', quote: 'All regional endpoints have a region-code value in the DNS name, except for us-east-1.' },
    ],
  },
  {
    host: 'portal.sso.<region>.amazonaws.com',
    service: 'sso',
    servedFrom: '<IAM Identity Center primary Region>',
    dependsOnRegion: true,
    note:
      'IAM Identity Center portal (portal.sso.<region>) and OIDC (oidc.<region>) are Regional: the dependency is on the Region of the Identity Center instance, which is often not the workload\'s Region. ' +
      'Instances can now be replicated to additional Regions, where the portal and OIDC APIs are supported, so the dependency can be removed. Match by pattern, not by exact host.',
    sources: [
      bepq('"hostname" : "portal.sso.us-east-1.amazonaws.com"'),
      bepq('"hostname" : "oidc.us-east-1.amazonaws.com"'),
      { url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/api-support-in-additional-regions.html', date: '2026-12', quote: 'OIDC API All operations are supported Access Portal API All operations are supported SCIM API No operation is supported' },
      { url: 'https://docs.aws.amazon.com/singlesignon/latest/APIReference/API_AddRegion.html', date: '2026-12', quote: 'Adds a Region to an IAM Identity Center instance. This operation initiates an asynchronous workflow to replicate the IAM Identity Center instance to the target Region.' },
    ],
  },
  {
    host: 'api.ecr-public.us-east-1.amazonaws.com',
    service: 'ecr-public',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'Amazon ECR Public management API. The SDK data also lists api.ecr-public.us-west-2.amazonaws.com. Image pulls go to public.ecr.aws, whose serving Region was not found in any source read.',
    sources: [
      bepq('"hostname" : "api.ecr-public.us-east-1.amazonaws.com",'),
      boto('ecr/2015-09-21/service-2.json', 'Amazon ECR Public (ecr-public) – public.ecr.aws'),
    ],
  },
  {
    host: 'catalog.marketplace.us-east-1.amazonaws.com',
    service: 'marketplace-catalog',
    servedFrom: 'us-east-1',
    dependsOnRegion: true,
    note: 'AWS Marketplace Catalog API; the SDK data lists only us-east-1. entitlement.marketplace.us-east-1.amazonaws.com (Entitlement Service) is also us-east-1 only; metering.marketplace.<region> is Regional.',
    sources: [bepq('"catalog.marketplace" : { "endpoints" : { "us-east-1" : { } } }'), bepq('"entitlement.marketplace" : { ... "endpoints" : { "us-east-1" : { ...')],
  },
];

