/**
 * The one schema of `faultline.yaml` (DESIGN section 3). The loader validates with
 * it and `faultline schema` prints the JSON Schema generated from it, so editors
 * and the loader can never disagree.
 */
import { z } from 'zod';
import { saasCategories } from '../../knowledge/schema.js';

/** A requirement term: a component id, or a nested group. */
export type Term = string | { anyOf: Term[] } | { allOf: Term[] } | { atLeast: number; of: Term[] };

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/;

const componentId = z
  .string()
  .min(1)
  .regex(idPattern, 'an id starts with a letter or digit and uses letters, digits and . _ : / @ + -')
  .meta({ description: 'A component or capability id, or the ARN of a scanned resource' });

export const termSchema: z.ZodType<Term> = z.lazy(() =>
  z.union([
    componentId,
    z.strictObject({ anyOf: z.array(termSchema).min(1).meta({ description: 'One of these suffices (OR)' }) }),
    z.strictObject({ allOf: z.array(termSchema).min(1).meta({ description: 'All of these are needed (AND)' }) }),
    z.strictObject({
      atLeast: z.number().int().min(1).meta({ description: 'How many of `of` must be up' }),
      of: z.array(termSchema).min(1),
    }),
  ]),
);

const requires = z
  .array(termSchema)
  .meta({ description: 'Everything listed is needed (AND). Terms nest with anyOf, allOf and atLeast/of.' });

/** YAML reads an unquoted 111122223333 as a number; an account id is a string. */
const accountId = z
  .union([z.string().min(1), z.number().int().nonnegative()])
  .transform((value) => (typeof value === 'number' ? String(value).padStart(12, '0') : value))
  .meta({ description: 'Cloud account id (quote it to keep leading zeros)' });

const stringOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const selectSchema = z
  .strictObject({
    tags: z
      .record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]))
      .optional()
      .meta({ description: 'Every key must match; a list of values means any of them' }),
    type: stringOrList.optional().meta({ description: '`service:resourceType` (e.g. ecs:service) or a service prefix (e.g. dynamodb)' }),
    region: stringOrList.optional(),
    account: z.union([accountId, z.array(accountId).min(1)]).optional(),
    address: stringOrList.optional().meta({ description: 'Terraform addresses, `*` matching any characters: `module.checkout.*`, `aws_lambda_function.worker`' }),
  })
  .meta({ description: 'Picks scanned resources from the inventory' });

export const redundancySchema = z
  .enum(['all', 'any', 'any-region', 'any-zone'])
  .meta({ description: 'How selected resources become requirements: all needed, any one, all of any one region, all of any one zone' });

export const componentSchema = z
  .strictObject({
    description: z.string().optional(),
    type: z.string().min(1).optional().meta({ description: 'Free-form kind, e.g. dynamodb:table or status-page' }),
    provider: z.string().min(1).optional().meta({ description: 'Where it runs: aws, gcp, azure, cloudflare, on-prem, ...' }),
    region: z.string().min(1).optional().meta({ description: 'Provider region (needs provider)' }),
    zone: z.string().min(1).optional().meta({ description: 'Availability zone id (needs provider)' }),
    account: accountId.optional(),
    saas: z.string().min(1).optional().meta({ description: 'Vendor id: puts the component in vendor:<id>; known vendors get their hosting from the built-in catalog' }),
    category: z.enum(saasCategories).optional().meta({ description: 'What kind of service it is (status-page, support-chat, identity, ...); known vendors have one' }),
    hosting: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Where the vendor runs, as provider or provider/region; the component needs every entry' }),
    domains: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Extra failure domains: a bare name means custom:<name>; full domains like region:aws/us-east-1 are accepted' }),
    requires: requires.optional(),
    select: selectSchema.optional(),
    redundancy: redundancySchema.optional(),
  })
  .meta({ description: 'Anything that can fail' });

export const capabilitySchema = z
  .strictObject({
    description: z.string().optional(),
    requires: requires.min(1),
    independentOf: z
      .array(componentId)
      .optional()
      .meta({ description: 'Capabilities that must not fail together with this one' }),
    plane: z
      .enum(['data', 'control'])
      .optional()
      .meta({ description: 'data (default): serving, which keeps working without control planes; control: changing things (deploy, fail over, scale)' }),
    operates: z
      .array(componentId)
      .optional()
      .meta({ description: 'plane: control only. The components this capability changes; it then needs their control planes' }),
    domains: z.array(z.string().min(1)).optional(),
  })
  .meta({ description: 'What the organisation must keep doing; the roots of the analysis' });

/** A host name as DNS query logs show it, or `*.` and a suffix. */
const dnsName = z.string().regex(/^(\*\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$/, 'a host name (links.example.com) or *. and a suffix (*.example.internal)');

const regionList = z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]);

export const inventoryEntrySchema = z.union([
  z.strictObject({ file: z.string().min(1).meta({ description: 'A snapshot written by `faultline scan`, relative to the manifest' }) }),
  z.strictObject({
    terraform: z.strictObject({
      state: z.string().min(1).meta({ description: 'A Terraform state: a file (raw state or `terraform show -json` output), relative to the manifest, or s3://bucket/key' }),
      providers: z
        .record(z.string().min(1), z.string().min(1))
        .optional()
        .meta({ description: 'The region of each provider configuration the state cannot tell: { aws: us-east-1, aws.west: us-west-2 }' }),
    }),
  }),
  z.strictObject({
    backstage: z
      .strictObject({
        files: z.string().min(1).optional().meta({ description: 'Catalog descriptor files: a glob relative to the manifest (catalog/**/*.yaml); Location entities in them are followed' }),
        allowUrls: z.boolean().optional().meta({ description: 'With files: read Location targets that are URLs (default false: they make the inventory partial)' }),
        url: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'A running catalog: the Backstage backend (https://backstage.example.com), read through /api/catalog/entities/by-query' }),
        token: z
          .string()
          .regex(/^env:[A-Za-z_][A-Za-z0-9_]*$/, 'write env:NAME: the token is read from that environment variable, never from the manifest')
          .optional()
          .meta({ description: 'With url: env:NAME, the environment variable holding the bearer token' }),
        failsTogether: z
          .array(z.string().min(1))
          .optional()
          .meta({ description: 'Systems whose members fail as one (payments, system:default/payments): they share the failure domain custom:<system>, as the faultline/fails-together annotation says' }),
      })
      .superRefine((entry, context) => {
        if ((entry.files === undefined) === (entry.url === undefined)) context.addIssue({ code: 'custom', message: 'give either files (descriptor files) or url (a running catalog)' });
        if (entry.token !== undefined && entry.url === undefined) context.addIssue({ code: 'custom', path: ['token'], message: 'token goes with url: it is sent to a running catalog' });
        if (entry.allowUrls !== undefined && entry.files === undefined) context.addIssue({ code: 'custom', path: ['allowUrls'], message: 'allowUrls goes with files: it lets Location targets be URLs' });
      })
      .meta({ description: 'A Backstage catalog: Component, Resource and API entities become components (id: their entity ref), their relations dependencies' }),
  }),
  z.strictObject({
    dnsLogs: z
      .strictObject({
        files: z.string().min(1).optional().meta({ description: 'Route 53 Resolver query log files (JSON lines, gzip or plain), a glob relative to the manifest: logs/resolver/**/*.log.gz' }),
        file: z.string().min(1).optional().meta({ description: 'The same, aggregated: a CSV with the header source,account,region,query_name,rcode,count,first_seen,last_seen (README gives the Athena and Logs Insights queries)' }),
        names: z
          .record(dnsName, componentId)
          .optional()
          .meta({ description: 'The estate\'s own names (or *.zone) -> the component or resource ARN they reach: { "links.shortio.internal": links-db }' }),
        soft: z.record(dnsName, z.string().min(3)).optional().meta({ description: 'Names (or *.suffix) whose loss only degrades the caller -> why: shown, not required' }),
        ignore: z.record(dnsName, z.string().min(3)).optional().meta({ description: 'Names (or *.suffix) that are not run-time needs -> why' }),
        minCount: z.number().int().min(1).optional().meta({ description: 'Fewer queries than this from one source to one target are noise (kept as ignored, with why)' }),
        since: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2025-10-01')
          .optional()
          .meta({ description: 'YYYY-MM-DD: a dependency last seen before this day is kept as ignored, not required' }),
      })
      .refine((entry) => (entry.files === undefined) !== (entry.file === undefined), { message: 'give one of files (query logs, a glob) and file (an aggregated CSV): exactly one' })
      .meta({ description: 'DNS query logs: what the estate was seen calling becomes observed dependencies' }),
  }),
  z.strictObject({
    aws: z.strictObject({
      profile: z.string().min(1).optional(),
      regions: regionList.optional(),
      accounts: z.union([z.literal('organization'), z.array(z.string().min(1)).min(1)]).optional(),
      roleName: z.string().min(1).optional(),
      out: z.string().min(1).optional(),
    }),
  }),
]);

const share = z.number().min(0).max(1);

export const policySchema = z.strictObject({
  failOn: z
    .array(
      z.union([
        z.strictObject({ newSingleRegion: z.string().min(1) }),
        z.strictObject({ newSpofDomain: z.array(z.enum(['region', 'provider', 'account', 'vendor', 'zone', 'custom'])).min(1) }),
        z.strictObject({ newSpofComponent: z.boolean() }),
        z.strictObject({ maxShare: z.boolean().meta({ description: 'fail while a policy.maxShare limit is exceeded' }) }),
      ]),
    )
    .optional()
    .meta({ description: 'What `faultline check` fails on' }),
  maxShare: z
    .strictObject({
      region: share.optional(),
      provider: share.optional(),
      account: share.optional(),
      vendor: share.optional(),
      zone: share.optional(),
    })
    .optional()
    .meta({ description: 'Largest share of depended-on components one domain may hold' }),
});

export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    name: z.string().min(1),
    description: z.string().optional(),
    inventory: z.array(inventoryEntrySchema).optional(),
    components: z.record(componentId, componentSchema).default({}),
    capabilities: z.record(componentId, capabilitySchema),
    policy: policySchema.optional(),
    aws: z
      .strictObject({
        identityCenterRegion: z.string().min(1).optional().meta({ description: 'The home (primary) region of IAM Identity Center: where aws-control/identity-center runs' }),
      })
      .optional()
      .meta({ description: 'Facts about your AWS organization that no scan shows' }),
    knowledge: z
      .strictObject({
        regions: z
          .record(
            z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a provider is written in lower case letters, digits and . _ -, e.g. aws'),
            z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a region is written in lower case letters, digits and -, e.g. ap-southeast-8')).min(1),
          )
          .optional()
          .meta({ description: 'Region names to accept beyond faultline\'s lists, per provider (a region newer than this release), e.g. { aws: [ap-southeast-8] }' }),
      })
      .optional()
      .meta({ description: 'Additions to faultline\'s built-in knowledge' }),
    dependencies: z
      .array(
        z.union([
          z.strictObject({ from: componentId, to: componentId, ignore: z.string().min(3).meta({ description: 'Why this discovered reference is not a run-time need' }) }),
          z.strictObject({ from: componentId, to: componentId, soft: z.string().min(3).meta({ description: 'Why losing it only degrades `from`: shown, not required' }) }),
          z.strictObject({
            from: componentId,
            alternatives: z.array(componentId).min(2).meta({ description: 'Targets of `from` of which any one suffices' }),
            reason: z.string().optional(),
          }),
        ]),
      )
      .optional()
      .meta({ description: 'Corrections to dependencies a source discovered, naming resources by id (an ARN, terraform:<address>, or a catalog entity ref such as component:default/checkout) or by Terraform address' }),
    suppress: z
      .array(
        z.strictObject({
          capability: componentId,
          component: componentId,
          reason: z.string().min(3).meta({ description: 'Why this is accepted for now' }),
          until: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'write the date as YYYY-MM-DD, e.g. 2027-03-31', abort: true })
            .refine(isCalendarDate, 'there is no such day — write a real date as YYYY-MM-DD')
            .meta({ description: 'YYYY-MM-DD; after it, `check` fails on this pair again' }),
        }),
      )
      .optional()
      .meta({ description: 'Single-region dependencies `check` accepts until a date' }),
    scenarios: z
      .record(
        z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a scenario name is written in lower case letters, digits and -, e.g. region-loss'),
        z.strictObject({
          description: z.string().optional(),
          fail: z.array(z.string().min(1)).min(1).meta({ description: 'Failure domains and component ids that fail together' }),
        }),
      )
      .optional()
      .meta({ description: 'Your own outage scenarios for `simulate --scenario NAME`' }),
  })
  .meta({ title: 'faultline manifest', description: 'faultline.yaml: components, capabilities, inventory and policy' });

export type Manifest = z.output<typeof manifestSchema>;

/** 2026-02-30 has the form of a date but is none. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
export type ComponentSpec = z.output<typeof componentSchema>;
export type CapabilitySpec = z.output<typeof capabilitySchema>;
export type SelectSpec = z.output<typeof selectSchema>;
export type Redundancy = z.output<typeof redundancySchema>;
export type InventoryEntry = z.output<typeof inventoryEntrySchema>;
export type Policy = z.output<typeof policySchema>;

export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
