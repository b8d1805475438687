/**
 * The sources and name fragments the AWS endpoint knowledge rests on: stored copies of
 * AWS documentation, the AWS SDK endpoint data (botocore 1.43.11, files dated 2026-05)
 * and a few third-party pages, marked "(third party)" in their quote or url. Dates are
 * YYYY-MM; 2026-12 means read now from a copy that carries no date of its own.
 */
export interface EndpointSource { url: string; date: string; quote: string }

export interface EndpointPattern {
  name: string;
  pattern: string /* a description with placeholders, e.g. '<service>.<region>.amazonaws.com' */;
  regex: string /* a JS regex source with named groups service, region, and where it applies bucket/id */;
  variant?: 'fips' | 'dualstack' | 'legacy' | 'vpce' | 'website' | 'access-point';
  kind: 'service' | 'resource' | 'internal';
  sources: EndpointSource[];
  // Additions to the brief's interface (optional, so the brief's shape still holds):
  /** Region the name implies when the regex has no `region` group, or when the group did not match. */
  impliedRegion?: string;
  /** SDK service code when the DNS label in `service` differs from it (e.g. 'queue' -> 'sqs'). */
  serviceCode?: string;
  /** Example names, taken from (or filled in from the placeholders of) the sources; all are tested. */
  examples?: string[];
}

export interface GlobalEndpoint {
  host: string;
  service: string;
  servedFrom: string /* region */;
  dependsOnRegion: boolean;
  since?: string;
  history?: Array<{ date: string; change: string; source: EndpointSource }>;
  sources: EndpointSource[];
  // Addition to the brief's interface:
  /** What the dependency covers (control plane only, opt-in Regions only, ...). */
  note?: string;
  /**
   * From this day (YYYY-MM-DD) on, a caller in a Region enabled by default is served in
   * its own Region; callers in opt-in Regions still reach `servedFrom` (STS since 2025-04-18).
   */
  servedInCallerRegionSince?: string;
}

/** A name that is not a call to an AWS service, and why. */
export interface InternalName { pattern: string; regex: string; why: string; sources: EndpointSource[] }

// ---------------------------------------------------------------------------
// Regex fragments
// ---------------------------------------------------------------------------

/** A Region code of any partition: us-east-1, us-gov-west-1, cn-north-1, us-isob-east-1, eu-isoe-west-1, eusc-de-east-1. */
export const REGION = String.raw`(?<region>(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-|iso[a-z]?-)?[a-z]+-\d{1,2}|eusc-[a-z]{2}-[a-z]+-\d{1,2})`;
/** The IPv4-only DNS suffixes: aws and aws-us-gov (amazonaws.com), aws-cn (amazonaws.com.cn), aws-eusc (amazonaws.eu). */
export const AWSDOM = String.raw`amazonaws\.(?:com(?:\.cn)?|eu)`;
/** The dual-stack DNS suffixes: api.aws, api.amazonwebservices.com.cn, api.amazonwebservices.eu. */
export const DUALDOM = String.raw`api\.(?:aws|amazonwebservices\.com\.cn|amazonwebservices\.eu)`;
/** One DNS label. */
export const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
/** The first label of the SDK endpoint keys that contain a dot (botocore endpoints.json 1.43.11). */
export const DOTTED_PREFIX = String.raw`(?:api|api\.tunneling|catalog|data|data-ats|data\.jobs|edge|entitlement|ingest|metering|metrics|models|participant|portal|query|runtime|streams)`;

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

const BOTO = 'https://github.com/boto/botocore/blob/1.43.11/botocore/data';
export const boto = (path: string, quote: string): EndpointSource => ({ url: `${BOTO}/${path}`, date: '2026-05', quote });
export const bepq = (quote: string): EndpointSource => boto('endpoints.json', quote);

export const S = {
  randeRegional: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/rande.html',
    date: '2026-12',
    quote: 'In general, these endpoints support IPv4 traffic and they use the following syntax. protocol://service-code.region-code.amazonaws.com',
  },
  randeDynamo: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/rande.html',
    date: '2026-12',
    quote: 'https://dynamodb.us-west-2.amazonaws.com is the endpoint for the Amazon DynamoDB service in the US West (Oregon) Region.',
  },
  botoDefaultHost: bepq('"hostname" : "{service}.{region}.{dnsSuffix}",'),
  botoFipsHost: bepq('"hostname" : "{service}-fips.{region}.{dnsSuffix}",'),
  botoDualTags: bepq('"dnsSuffix" : "api.aws", "hostname" : "{service}.{region}.{dnsSuffix}", "tags" : [ "dualstack" ]'),
  botoPartitionsDual: boto('partitions.json', '"dualStackDnsSuffix" : "api.amazonwebservices.com.cn",'),
  botoPartitionsCn: bepq('"dnsSuffix" : "amazonaws.com.cn",'),
  botoPartitionsEu: boto('partitions.json', '"dnsSuffix" : "amazonaws.eu",'),
  botoDottedKeys: bepq('"portal.sso" : { "endpoints" : { ... "hostname" : "portal.sso.us-east-1.amazonaws.com"'),
  ebsDual: {
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/rbin-service-endpoints.html',
    date: '2026-12',
    quote: 'Dual-stack endpoint names use the following naming convention: rbin.{{region}}.api.aws',
  },
  sqsEndpoints: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/sqs-service.html',
    date: '2026-12',
    quote: 'sqs.us-east-1.amazonaws.com sqs-fips.us-east-1.api.aws sqs-fips.us-east-1.amazonaws.com sqs.us-east-1.api.aws',
  },
  s3Dualstack: {
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/dual-stack-endpoints.html',
    date: '2026-12',
    quote: 'Virtual hosted-style dual-stack endpoint: bucketname.s3.dualstack.aws-region.amazonaws.com',
  },
  s3DualstackPath: {
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/dual-stack-endpoints.html',
    date: '2026-12',
    quote: 'Path-style dual-stack endpoint: s3.dualstack.aws-region.amazonaws.com/bucketname',
  },
  s3BotoDual: bepq('"hostname" : "s3-fips.dualstack.us-east-1.amazonaws.com", "tags" : [ "dualstack", "fips" ]'),
  s3BotoDualDefault: bepq('"hostname" : "{service}.dualstack.{region}.{dnsSuffix}",'),
  s3Gr: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/s3.html',
    date: '2026-12',
    quote: 's3.us-east-2.amazonaws.com s3.dualstack.us-east-2.amazonaws.com s3-fips.dualstack.us-east-2.amazonaws.com s3-fips.us-east-2.amazonaws.com',
  },
  s3GrLegacy: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/s3.html',
    date: '2026-12',
    quote: 'Some Regions support legacy endpoints. For information about Amazon S3 backward compatibility for path-style and virtual-hosted–style URL requests, see Backward compatibility.',
  },
  s3VhVirtual: {
    // Stored mirror of https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'Amazon S3 virtual-hosted–style URLs use the following format: https://bucket-name.s3.region-code.amazonaws.com/key-name',
  },
  s3VhPath: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'In Amazon S3, path-style URLs use the following format: https://s3.region-code.amazonaws.com/bucket-name/key-name',
  },
  s3VhDash: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'Some older Amazon S3 Regions support endpoints that contain a dash (-) between s3 and the Region code (for example, s3‐us-west-2), instead of a dot',
  },
  s3VhDashExample: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'https://DOC-EXAMPLE-BUCKET1.s3-us-west-2.amazonaws.com',
  },
  s3VhGlobal: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'Requests made with the legacy global endpoint go to the US East (N. Virginia) Region by default.',
  },
  s3VhGlobalOther: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'In the meantime, the default rule applies, and your virtual-hosted–style request goes to the US East (N. Virginia) Region. Amazon S3 then redirects it with an HTTP 307 Temporary Redirect to the correct Region.',
  },
  s3VhGlobalNew: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: "For S3 buckets in Regions launched after March 20, 2019, the DNS server doesn't route your request directly to the AWS Region where your bucket resides. It returns an HTTP 400 Bad Request error instead.",
  },
  s3VhGlobalPath: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'For the US East (N. Virginia) Region, you can use the legacy global endpoint for path-style requests.',
  },
  s3VhDotted: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/VirtualHosting.md',
    date: '2026-12',
    quote: 'http://DOC-EXAMPLE-BUCKET1.eu.s3.eu-west-1.amazonaws.com/homepage.html',
  },
  s3BotoGlobal: bepq('"aws-global" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "s3.amazonaws.com",'),
  s3BotoExternal: bepq('"s3-external-1" : { "credentialScope" : { "region" : "us-east-1" }, "hostname" : "s3-external-1.amazonaws.com",'),
  s3Website: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/WebsiteEndpoints.md',
    date: '2026-12',
    quote: 's3-website dash (-) Region ‐ http://bucket-name.s3-website-Region.amazonaws.com',
  },
  s3WebsiteDot: {
    url: 'https://github.com/awsdocs/amazon-s3-userguide/blob/1c3dd3b5f3937dd9962f91d90aab9073a8314cb5/doc_source/WebsiteEndpoints.md',
    date: '2026-12',
    quote: 'http://example-bucket.s3-website.us-west-2.amazonaws.com/photo.jpg',
  },
  route53S3Website: boto('route53/2013-04-01/service-2.json', 'Specify the domain name of the Amazon S3 website endpoint that you created the bucket in, for example, s3-website.us-east-2.amazonaws.com.'),
  s3AccessPointApi: boto('s3/2006-03-01/service-2.json', 'The access point hostname takes the form AccessPointName-AccountId.s3-accesspoint.Region.amazonaws.com.'),
  s3AccessPointRest: {
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/RESTAPI.html',
    date: '2026-12',
    quote: 'Amazon S3 access points endpoints and dual-stack endpoints also follow the standard structure',
  },
  s3RestCn: {
    url: 'https://docs.amazonaws.cn/AmazonS3/latest/API/RESTAPI.html',
    date: '2026-12',
    quote: 'Amazon S3 endpoints follow the structure shown below: s3.Region.amazonaws.com.cn',
  },
  s3ControlRules: boto('s3control/2018-08-20/endpoint-rule-set-1.json', 'https://{AccountId}.s3-control.{Region}.{partitionResult#dnsSuffix}'),
  s3ControlBoto: bepq('"hostname" : "s3-control.dualstack.us-east-1.amazonaws.com",'),
  apigwDefault: boto('apigateway/2015-07-09/service-2.json', 'By default, clients can invoke your API with the default https://{api_id}.execute-api.{region}.amazonaws.com endpoint.'),
  apigwMgmt: boto('apigatewaymanagementapi/2018-11-29/service-2.json', 'The endpoint will be of the form https://{api-id}.execute-api.{region}.amazonaws.com/{stage}'),
  apigwCustomDoc: {
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-regional-api-custom-domain-create.html',
    date: '2026-12',
    quote: 'After your create your Regional custom domain name, you must create a DNS record to point the custom domain name to the Regional domain.',
  },
  apigwCustomCli: {
    url: 'https://github.com/aws/aws-cli/blob/develop/awscli/examples/apigatewayv2/create-domain-name.rst',
    date: '2026-12',
    quote: '"ApiGatewayDomainName": "d-id.execute-api.us-west-2.amazonaws.com",',
  },
  apigwCustomPattern: {
    url: 'https://serverlessland.com/patterns/apigateway-rest-regional-domain-sam',
    date: '2026-12',
    quote: 'the Target Domain Name created by API Gateway (i.e. d-abcde12345.execute-api.ap-southeast-2.amazonaws.com)',
  },
  lambdaUrl: {
    // Portuguese translation of https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html; the quoted format line is language-neutral.
    url: 'https://docs.aws.amazon.com/pt_br/lambda/latest/dg/urls-invocation.md',
    date: '2026-12',
    quote: 'https://<url-id>.lambda-url.<region>.on.aws',
  },
  vpceRegional: {
    url: 'https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting-private-link-access.html',
    date: '2026-12',
    quote: 'A Regional DNS name includes a unique Amazon VPC endpoint ID, a service identifier, the AWS Region, and vpce.amazonaws.com in its name.',
  },
  vpceExample: {
    url: 'https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting-private-link-access.html',
    date: '2026-12',
    quote: 'the DNS name generated might be similar to vpce-1a2b3c4d-5e6f.neptune-graph.us-east-1.vpce.amazonaws.com.',
  },
  vpceZonal: {
    url: 'https://docs.aws.amazon.com/neptune-analytics/latest/userguide/gettingStarted-connecting-private-link-access.html',
    date: '2026-12',
    quote: 'A Zonal DNS name includes the Availability Zone - for example, vpce-1a2b3c4d-5e6f-us-east-1a.neptune-graph.us-east-1.vpce.amazonaws.com.',
  },
  vpceRoute53: boto('route53/2013-04-01/service-2.json', 'such as vpce-123456789abcdef01-example-us-east-1a.elasticloadbalancing.us-east-1.vpce.amazonaws.com.'),
  elbv2Examples: boto('elbv2/2015-12-01/examples-1.json', '"DNSName": "my-load-balancer-424835706.us-west-2.elb.amazonaws.com",'),
  elbInternal: boto('elb/2012-06-01/examples-1.json', '"DNSName": "internal-my-load-balancer-123456789.us-west-2.elb.amazonaws.com"'),
  auroraCluster: {
    // Text read from a repository copy of this page in the search index (identical wording); URL is the page it copies.
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Endpoints.Cluster.html',
    date: '2026-12',
    quote: 'The following example illustrates a cluster endpoint for an Aurora MySQL DB cluster. mydbcluster.cluster-c7tj4example.us-east-1.rds.amazonaws.com:3306',
  },
  auroraReader: {
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Endpoints.Reader.html',
    date: '2026-12',
    quote: 'The following example illustrates a reader endpoint for an Aurora MySQL DB cluster. mydbcluster.cluster-ro-c7tj4example.us-east-1.rds.amazonaws.com:3306',
  },
  elasticacheCfg: boto('elasticache/2015-02-02/examples-1.json', '"Address": "my-mem-cluster.abcdef.cfg.use1.cache.amazonaws.com",'),
  elasticacheNg: boto('elasticache/2015-02-02/examples-1.json', '"Address": "my-redis-rg.abcdef.ng.0001.use1.cache.amazonaws.com",'),
  cloudfrontDist: boto('cloudfront/2014-05-31/service-2.json', 'The domain name corresponding to the distribution. For example: d604721fxaaqy9.cloudfront.net.'),
  cloudfrontDist2: boto('cloudfront/2020-05-31/service-2.json', 'checks whether your domain name points to the correct routing endpoint of the connection group, such as d111111abcdef8.cloudfront.net.'),
  gaDns: boto('globalaccelerator/2018-08-08/service-2.json', 'A lowercase letter a, followed by a 16-bit random hex string, followed by .awsglobalaccelerator.com. For example: a1234567890abcdef.awsglobalaccelerator.com.'),
  ec2PublicUse1: boto('ec2/2016-11-15/examples-1.json', '"PublicDnsName": "ec2-203-0-113-12.compute-1.amazonaws.com",'),
  ec2PublicDms: boto('dms/2016-01-01/service-2.json', 'For example, \\"ec2-12-345-678-901.compute-1.amazonaws.com:2345\\".'),
  ec2PublicRegion: {
    url: 'https://pastebin.com/3hK4ahqe',
    date: '2026-12',
    quote: '(third party) ec2-54-187-76-134.us-west-2.compute.amazonaws.com',
  },
  ec2PublicRegion2: {
    url: 'https://pastebin.com/rfPWpH4f',
    date: '2026-12',
    quote: '(third party) ec2-13-211-17-132.ap-southeast-2.compute.amazonaws.com',
  },
  ec2NamingUse1: {
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html',
    date: '2026-12',
    quote: 'Format for an instance in us-east-1: private-ipv4-address.ec2.internal',
  },
  ec2NamingOther: {
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html',
    date: '2026-12',
    quote: 'Format for an instance in any other AWS Region: private-ipv4-address.region.compute.internal',
  },
  ec2NamingResource: {
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html',
    date: '2026-12',
    quote: 'When you launch an EC2 instance with a Hostname type of Resource name, the guest OS hostname is configured to use the EC2 instance ID.',
  },
  ec2Dhcp: boto('ec2/2016-11-15/service-2.json', "If you're using AmazonProvidedDNS in any other Region, specify region.compute.internal."),
  ec2Resolver: boto('ec2/2016-11-15/service-2.json', 'queries to the Amazon provided DNS server at the 169.254.169.253 IP address, or the reserved IP address at the base of the VPC network range \\"plus two\\" succeed.'),
  sqsLegacyBoto: bepq('"sslCommonName" : "{region}.queue.{dnsSuffix}"'),
  sqsLegacyBotoUse1: bepq('"sslCommonName" : "queue.{dnsSuffix}",'),
  sqsLegacyCli: {
    url: 'https://github.com/aws/aws-cli/issues/1715',
    date: '2026-12',
    quote: 'aws sqs get-queue-url returns deprecated SQS queue url',
  },
  sqsLegacyThirdParty: {
    url: 'https://github.com/dashbitco/broadway_sqs/pull/38',
    date: '2026-12',
    quote: '(third party) queue_url: "https://us-east-2.queue.amazonaws.com/100000000001/my_queue"',
  },
  signinEndpoints: {
    url: 'https://docs.aws.amazon.com/general/latest/gr/signin-service.html',
    date: '2026-12',
    quote: 'US East (Ohio) | us-east-2 | us-east-2.signin.aws.amazon.com | HTTPS | US East (N. Virginia) | us-east-1 | signin.aws.amazon.com | HTTPS',
  },
  iamSignInUrl: {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_how-users-sign-in.html',
    date: '2026-12',
    quote: 'To create a sign-in URL for your IAM users, use the following pattern: https://account-ID-or-alias.signin.aws.amazon.com/console',
  },
  ecrRegistry: boto('ecr/2015-09-21/service-2.json', 'The Amazon ECR registry URL format is https://aws_account_id.dkr.ecr.region.amazonaws.com. For example, https://012345678910.dkr.ecr.us-east-1.amazonaws.com.'),
  resolverLog: {
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs-example-json.html',
    date: '2026-12',
    quote: '"query_name": "15.3.4.32.in-addr.arpa.",',
  },
} satisfies Record<string, EndpointSource>;
