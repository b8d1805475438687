/** AWS region names, each list with its sources (read 2026-12). */
import type { RegionList, Source } from '../schema.js';

// ---------------------------------------------------------------------------
// AWS
// ---------------------------------------------------------------------------
// optIn: true  = launched after 2019-03-20, disabled until enabled in the account.
// optIn: false = enabled by default (or, for aws-cn / aws-us-gov, available by
//                default to an account of that partition).
// optIn left out = the opt-in rule does not apply (separate sovereign or
//                  air-gapped partition).

const AWS_SOURCES: Source[] = [
  {
    url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
    date: '2026-12',
    quote: 'Your account determines the Regions that are available to you.',
  },
  {
    url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html',
    date: '2026-12',
    quote: 'Opt-in Regions – Regions launched after March 20, 2019 are disabled by default and referred to as opt-in Regions.',
  },
  {
    // Published package @aws-sdk/core 3.981.0, file
    // dist-es/submodules/client/util-endpoints/lib/aws/partitions.js (installed copy).
    url: 'https://github.com/aws/aws-sdk-js-v3/tree/main/packages/core',
    date: '2026-12',
    quote: '"me-west-1": { "description": "Middle East (Saudi Arabia)" }',
  },
  {
    // botocore 1.43.11 (installed copy, file dated 2026-05).
    url: 'https://github.com/boto/botocore/blob/1.43.11/botocore/data/endpoints.json',
    date: '2026-05',
    quote: '"ap-southeast-6" : { "description" : "Asia Pacific (New Zealand)" }',
  },
  {
    // Older stored copy of the JS SDK partition table (no ap-east-2, no ap-southeast-6).
    url: 'https://github.com/aws/aws-sdk-js-v3/blob/685ff5d03588f81121c6fa9466771cd444492209/packages/util-endpoints/src/lib/aws/partitions.json',
    date: '2026-12',
    quote: '"regionRegex": "^(us|eu|ap|sa|ca|me|af|il|mx)\\\\-\\\\w+\\\\-\\\\d+$"',
  },
  {
    // Third-party corroboration of the two 2025 regions.
    url: 'https://documentation.commvault.com/fujitsu/11.44/software/supported_regions_for_air_gap_protect_storage.html',
    date: '2026-12',
    quote: '| Asia Pacific (Taipei) | ap-east-2 |',
  },
];

export const awsRegions: RegionList = {
  provider: 'aws',
  regions: [
    // --- aws (commercial) partition ---
    { name: 'us-east-1', partition: 'aws', optIn: false, description: 'US East (N. Virginia)' },
    { name: 'us-east-2', partition: 'aws', optIn: false, description: 'US East (Ohio)' },
    { name: 'us-west-1', partition: 'aws', optIn: false, description: 'US West (N. California)' },
    { name: 'us-west-2', partition: 'aws', optIn: false, description: 'US West (Oregon)' },
    { name: 'af-south-1', partition: 'aws', optIn: true, description: 'Africa (Cape Town)' },
    { name: 'ap-east-1', partition: 'aws', optIn: true, description: 'Asia Pacific (Hong Kong)' },
    { name: 'ap-east-2', partition: 'aws', optIn: true, description: 'Asia Pacific (Taipei)' },
    { name: 'ap-northeast-1', partition: 'aws', optIn: false, description: 'Asia Pacific (Tokyo)' },
    { name: 'ap-northeast-2', partition: 'aws', optIn: false, description: 'Asia Pacific (Seoul)' },
    { name: 'ap-northeast-3', partition: 'aws', optIn: false, description: 'Asia Pacific (Osaka)' },
    { name: 'ap-south-1', partition: 'aws', optIn: false, description: 'Asia Pacific (Mumbai)' },
    { name: 'ap-south-2', partition: 'aws', optIn: true, description: 'Asia Pacific (Hyderabad)' },
    { name: 'ap-southeast-1', partition: 'aws', optIn: false, description: 'Asia Pacific (Singapore)' },
    { name: 'ap-southeast-2', partition: 'aws', optIn: false, description: 'Asia Pacific (Sydney)' },
    { name: 'ap-southeast-3', partition: 'aws', optIn: true, description: 'Asia Pacific (Jakarta)' },
    { name: 'ap-southeast-4', partition: 'aws', optIn: true, description: 'Asia Pacific (Melbourne)' },
    { name: 'ap-southeast-5', partition: 'aws', optIn: true, description: 'Asia Pacific (Malaysia)' },
    { name: 'ap-southeast-6', partition: 'aws', optIn: true, description: 'Asia Pacific (New Zealand)' },
    { name: 'ap-southeast-7', partition: 'aws', optIn: true, description: 'Asia Pacific (Thailand)' },
    { name: 'ca-central-1', partition: 'aws', optIn: false, description: 'Canada (Central)' },
    { name: 'ca-west-1', partition: 'aws', optIn: true, description: 'Canada West (Calgary)' },
    { name: 'eu-central-1', partition: 'aws', optIn: false, description: 'Europe (Frankfurt)' },
    { name: 'eu-central-2', partition: 'aws', optIn: true, description: 'Europe (Zurich)' },
    { name: 'eu-north-1', partition: 'aws', optIn: false, description: 'Europe (Stockholm)' },
    { name: 'eu-south-1', partition: 'aws', optIn: true, description: 'Europe (Milan)' },
    { name: 'eu-south-2', partition: 'aws', optIn: true, description: 'Europe (Spain)' },
    { name: 'eu-west-1', partition: 'aws', optIn: false, description: 'Europe (Ireland)' },
    { name: 'eu-west-2', partition: 'aws', optIn: false, description: 'Europe (London)' },
    { name: 'eu-west-3', partition: 'aws', optIn: false, description: 'Europe (Paris)' },
    { name: 'il-central-1', partition: 'aws', optIn: true, description: 'Israel (Tel Aviv)' },
    { name: 'me-central-1', partition: 'aws', optIn: true, description: 'Middle East (UAE)' },
    { name: 'me-south-1', partition: 'aws', optIn: true, description: 'Middle East (Bahrain)' },
    { name: 'me-west-1', partition: 'aws', optIn: true, description: 'Middle East (Saudi Arabia); only in @aws-sdk/core 3.981.0, not in botocore 1.43.11 nor any docs page read' },
    { name: 'mx-central-1', partition: 'aws', optIn: true, description: 'Mexico (Central)' },
    { name: 'sa-east-1', partition: 'aws', optIn: false, description: 'South America (Sao Paulo)' },
    { name: 'sa-west-1', partition: 'aws', optIn: true, description: 'South America (Chile); only in @aws-sdk/core 3.981.0, not in botocore 1.43.11 nor any docs page read' },
    // --- aws-cn partition (separate China account) ---
    { name: 'cn-north-1', partition: 'aws-cn', optIn: false, description: 'China (Beijing)' },
    { name: 'cn-northwest-1', partition: 'aws-cn', optIn: false, description: 'China (Ningxia)' },
    // --- aws-us-gov partition (separate GovCloud account) ---
    { name: 'us-gov-east-1', partition: 'aws-us-gov', description: 'AWS GovCloud (US-East)', optIn: false },
    { name: 'us-gov-west-1', partition: 'aws-us-gov', description: 'AWS GovCloud (US-West)', optIn: false },
    // --- aws-eusc partition (AWS European Sovereign Cloud) ---
    { name: 'eusc-de-east-1', partition: 'aws-eusc', description: 'AWS European Sovereign Cloud (Germany)' },
    // --- air-gapped US/UK government partitions (listed in the SDK data; not commercially reachable) ---
    { name: 'us-iso-east-1', partition: 'aws-iso', description: 'US ISO East' },
    { name: 'us-iso-west-1', partition: 'aws-iso', description: 'US ISO West' },
    { name: 'us-isob-east-1', partition: 'aws-iso-b', description: 'US ISOB East (Ohio)' },
    { name: 'us-isob-west-1', partition: 'aws-iso-b', description: 'US ISOB West' },
    { name: 'eu-isoe-west-1', partition: 'aws-iso-e', description: 'EU ISOE West' },
    { name: 'us-isof-east-1', partition: 'aws-iso-f', description: 'US ISOF East' },
    { name: 'us-isof-south-1', partition: 'aws-iso-f', description: 'US ISOF South' },
  ],
  sources: AWS_SOURCES,
};

// Names that look like regions in SDK endpoint data, ARNs, consoles or
// tagging output but are not regions. A validator should neither suggest
// them nor report them as typos.
export const awsPseudoRegions: { names: string[]; sources: Source[] } = {
  names: [
    'aws-global',          // partition-wide endpoint of global services (IAM, CloudFront, Route 53, ...)
    'aws-cn-global',
    'aws-us-gov-global',
    'aws-iso-global',
    'aws-iso-b-global',
    'aws-iso-e-global',
    'aws-iso-f-global',
    'aws-fips',            // FIPS endpoint keys; the wider family is "<region>-fips" and "fips-<region>"
    'aws-global-fips',
    's3-external-1',       // legacy S3 endpoint alias of us-east-1
    'global',              // console label for global services such as IAM; never a valid API region
  ],
  sources: [
    {
      url: 'https://github.com/aws/aws-sdk-js-v3/blob/685ff5d03588f81121c6fa9466771cd444492209/packages/util-endpoints/src/lib/aws/partitions.json',
      date: '2026-12',
      quote: '"aws-global": { "description": "AWS Standard global region" }',
    },
    {
      url: 'https://github.com/boto/botocore/blob/1.43.11/botocore/data/endpoints.json',
      date: '2026-05',
      quote: '"aws-global" : { "credentialScope" : { "region" : "us-east-1" }',
    },
    {
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
      date: '2026-12',
      quote: 'Be aware that the ARNs for some resources omit the Region, the account ID, or both the Region and the account ID.',
    },
    {
      url: 'https://github.com/cloudyr/aws.iam/issues/20',
      date: '2026-12',
      quote: 'the region at the top right corner should show "global"',
    },
  ],
};
