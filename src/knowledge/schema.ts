/**
 * The shape of the built-in knowledge. Every fact carries its source, and a test
 * validates every catalog against these schemas.
 */
import { z } from 'zod';

export const sourceSchema = z.strictObject({
  /** Where the fact comes from: a vendor page, AWS documentation, a postmortem. */
  url: z.string().min(1),
  /** When it was read or published: YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** The words the fact rests on. */
  quote: z.string().min(10),
});
export type Source = z.output<typeof sourceSchema>;

export const controlPlaneSchema = z.strictObject({
  /** Component id, e.g. `aws-control/route53`. */
  id: z.string().regex(/^aws-control\/[a-z0-9-]+$/),
  name: z.string().min(3),
  /** The region its control plane runs in, or `home` for IAM Identity Center. */
  region: z.union([z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/), z.literal('home')]),
  sources: z.array(sourceSchema).min(1),
});
export type ControlPlane = z.output<typeof controlPlaneSchema>;

export const typeNeedsSchema = z.strictObject({
  /** `service` or `service:resourceType`, as in a resource's type. */
  type: z.string().min(1),
  /** Global control planes that changing such a resource needs. */
  needs: z.array(z.string().regex(/^aws-control\/[a-z0-9-]+$/)).min(1),
  why: z.string().min(10),
  sources: z.array(sourceSchema).min(1),
});
export type TypeNeeds = z.output<typeof typeNeedsSchema>;

export const saasCategories = [
  'status-page',
  'support-chat',
  'team-chat',
  'identity',
  'dns',
  'cdn',
  'monitoring',
  'error-tracking',
  'paging',
  'email',
  'sms',
  'payments',
  'ci',
  'source-control',
  'feature-flags',
  'analytics',
  'search',
] as const;
export type SaasCategory = (typeof saasCategories)[number];

const hostingEntry = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/);

export const saasVendorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(2),
  category: z.enum(saasCategories),
  /** Other spellings people write (lower case); the id and the name match too. */
  aliases: z.array(z.string().min(2)),
  /** Host names its clients call: `api.stripe.com`, or `*.intercom.io` for every name under it. */
  domains: z.array(z.strictObject({ name: z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/), sources: z.array(sourceSchema).min(1) })),
  /**
   * Where the vendor says (or a postmortem shows) it runs: `provider` or
   * `provider/region`, the provider being the vendor's own id for its own
   * infrastructure. Empty when no source says: hosting unknown.
   */
  hosting: z.array(hostingEntry),
  /** Other places a customer can choose or be placed in (data residency, cells): not assumed. */
  residency: z.array(hostingEntry).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  sources: z.array(sourceSchema).min(1),
});
export type SaasVendor = z.output<typeof saasVendorSchema>;

export const scenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(5),
  /** What happened, in a sentence or two. */
  summary: z.string().min(20),
  /** The region affected, as provider/region. */
  region: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/).optional(),
  /** Components of these types (service or service:resourceType) in that region fail. */
  types: z.array(z.string().min(1)),
  /** These built-in control planes fail, when they are located in that region. */
  controlPlanes: z.array(z.string()),
  /** SaaS components hosted in that region fail with it. */
  vendorsInRegion: z.boolean(),
  /** The account holding most of what the capabilities depend on fails. */
  largestAccount: z.boolean(),
  sources: z.array(sourceSchema).min(1),
});
export type ScenarioDefinition = z.output<typeof scenarioSchema>;

/** One AWS resource type in the four spellings people write it in. */
export const awsResourceTypeSchema = z.strictObject({
  /** Canonical: `service:resourceType` as read off the ARN (see src/sources/aws/parse-arn.ts). */
  type: z.string().regex(/^[a-z0-9-]+:[A-Za-z0-9-]+$/),
  arnFormat: z.string().startsWith('arn:'),
  cloudFormation: z.array(z.string().regex(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/)),
  terraform: z.array(z.string().regex(/^aws_[a-z0-9_]+$/)),
  /** Plain words that name this type and nothing else (lower case). */
  words: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .-]*$/)),
  /** Words for one kind inside the type (an ALB): they point here, but do not name the whole type. */
  narrowerWords: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .-]*$/)).optional(),
  scope: z.enum(['regional', 'global']),
  /** Global types only, where a source names it. */
  controlPlaneRegion: z.string().optional(),
  verified: z.boolean(),
  notes: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});
export type AwsResourceType = z.output<typeof awsResourceTypeSchema>;

/** A CloudFormation or Terraform type with no ARN type of its own: it derives to a parent's (or has no ARN). */
export const awsSubresourceSpellingSchema = z.strictObject({
  what: z.string().min(3),
  cloudFormation: z.array(z.string().regex(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/)),
  terraform: z.array(z.string().regex(/^aws_[a-z0-9_]+$/)),
  words: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .-]*$/)),
  derivesTo: z.string().nullable(),
  verified: z.boolean(),
  notes: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});
export type AwsSubresourceSpelling = z.output<typeof awsSubresourceSpellingSchema>;

/** Plain words that could name several types: refused for AWS components, with the choices. */
export const ambiguousWordsSchema = z.strictObject({ words: z.string().min(2), couldMean: z.array(z.string()).min(2) });
export type AmbiguousWords = z.output<typeof ambiguousWordsSchema>;

/** The region names of one provider, for checking what a manifest or a flag names. */
export const regionListSchema = z.strictObject({
  provider: z.enum(['aws', 'gcp', 'azure']),
  regions: z.array(z.strictObject({ name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), partition: z.string().optional(), optIn: z.boolean().optional(), description: z.string().optional() })).min(1),
  sources: z.array(sourceSchema).min(1),
});
export type RegionList = z.output<typeof regionListSchema>;
