/**
 * What each managed instance is as a node (DESIGN section 8, rule 1): its ARN when it has
 * one, so Terraform and the scan meet on one node, else `terraform:<address>`; its type as
 * `service:resourceType`, so the knowledge of types applies; and where it runs: region,
 * zone and account, each from the best evidence the state holds.
 */
import type { Resource } from '../../core/inventory.js';
import { typeReaderFor, type TypeTables } from '../../core/resource-type.js';
import { ruleFor, type TerraformReferenceKnowledge } from '../../knowledge/terraform/index.js';
import { isGlobalResource } from '../aws/global-resources.js';
import { parseArn, resourceTypeOf, type Arn } from '../aws/parse-arn.js';
import { appendTo } from './append-to.js';
import { isIdentityAttribute } from './find-references.js';
import type { StateInstance } from './state-instances.js';

export interface IdentityOptions {
  /** How origins and messages name the state file. */
  file: string;
  /** The region of each provider configuration (`aws`, `aws.west`), which no state records. show-json records no alias: there `aws` is assumed. */
  providerRegions: Readonly<Record<string, string>>;
  typeTables: TypeTables;
  references: TerraformReferenceKnowledge;
  /** The resources a setting, a policy, an observer or a glue resource names: a resource with no region of its own is where they are. */
  attachedTo: (instance: StateInstance) => readonly StateInstance[];
  /** Each node's id, from assignIds. */
  ids: ReadonlyMap<StateInstance, string>;
}

export interface Identified {
  resources: Map<StateInstance, Resource>;
  warnings: string[];
}

/** Attributes holding an instance's own ARN, in order of preference; else its `id`, when that is an ARN. */
const arnKeys = ['arn', 'dashboard_arn'] as const;
const subnetTypes: ReadonlySet<string> = new Set(['aws_subnet', 'aws_default_subnet']);
const zoneName = /^([a-z]{2}(?:-[a-z]+)+-\d+)(?:-[a-z]+-\d+)?[a-z]$/;

export function identifyResources(nodes: readonly StateInstance[], options: IdentityOptions): Identified {
  const { ids } = options;
  const arns = new Map(nodes.map((node) => [node, parseArn(ids.get(node)!)]));
  const accounts = inferAccounts(nodes, arns);
  const zoneIds = zoneIdsByName(nodes, accounts);
  const subnets = new Map(nodes.filter((node) => subnetTypes.has(node.type) && typeof node.attributes.id === 'string').map((node) => [node.attributes.id as string, node]));
  const readType = typeReaderFor(options.typeTables);
  const typeOf = (node: StateInstance): string => {
    const reading = readType(node.type, { aws: true });
    const arn = arns.get(node);
    return reading.ok && reading.note === undefined ? reading.type : arn !== undefined ? resourceTypeOf(arn) : node.type;
  };
  const regionless = new Map<string, string[]>();
  const resources = new Map<StateInstance, Resource>();

  const placements = new Map(nodes.map((node) => [node, placeOf(node, arns.get(node), typeOf(node))]));
  const assumed: string[] = [];
  for (const node of nodes) {
    const placement = placements.get(node)!;
    if (placement.region !== undefined || placement.global) continue;
    const attached = ruleFor(node.type, options.references)?.role === 'resource' ? undefined : regionOfAttached(node, options, placements);
    // The raw state names the provider configuration: its region is certain. show-json drops the alias: the default's is assumed, and said.
    const configured = node.providerKey !== undefined ? options.providerRegions[node.providerKey] : undefined;
    const region = configured ?? attached ?? (node.providerKey === undefined ? options.providerRegions.aws : undefined);
    if (region === undefined) continue;
    placement.region = region;
    if (node.providerKey === undefined && attached === undefined && Object.keys(options.providerRegions).length > 1) assumed.push(node.address);
  }

  for (const node of nodes) {
    const resource: Resource = { id: ids.get(node)!, provider: 'aws', type: typeOf(node) };
    const account = accounts.get(node);
    const placement = placements.get(node)!;
    if (placement.region !== undefined) resource.region = placement.region;
    else if (!placement.global) {
      const key = node.providerKey ?? 'aws';
      appendTo(regionless, key, node.address);
    }
    const zone = zoneOf(node, subnets, (name) => (account === undefined ? undefined : zoneIds.get(`${account} ${name}`)));
    if (zone !== undefined) resource.zone = zone;
    if (account !== undefined) resource.account = account;
    const tags = tagsOf(node.attributes);
    if (tags !== undefined) resource.tags = tags;
    resource.origins = [{ source: 'terraform', file: options.file, address: node.address }];
    const names = dnsNamesOf(node.type, node.attributes);
    if (names.length > 0) resource.dnsNames = names;
    const vpc = vpcOf(node, subnets);
    if (vpc !== undefined) resource.vpc = vpc;
    resources.set(node, resource);
  }
  const warnings = [...regionless].map(
    ([key, addresses]) =>
      `${options.file}: ${addresses.length} resource${addresses.length === 1 ? '' : 's'} of provider configuration ${key} (${addresses.slice(0, 3).join(', ')}${addresses.length > 3 ? ', ...' : ''}) ${addresses.length === 1 ? 'has' : 'have'} no region: neither an ARN, a region argument nor a zone says it, and the region of ${key} was not given — give it with the state's provider regions`,
  );
  if (assumed.length > 0) {
    warnings.push(
      `${options.file}: \`terraform show -json\` does not record which provider configuration a resource uses, and nothing else says where ${assumed.slice(0, 3).join(', ')}${assumed.length > 3 ? ', ...' : ''} ${assumed.length === 1 ? 'is' : 'are'}: placed in the region of the default configuration (aws, ${options.providerRegions.aws}); give the raw state (\`terraform state pull\`) to be sure`,
    );
  }
  return { resources, warnings };
}

/** The one region of the resources it names that have one, if they agree. */
function regionOfAttached(node: StateInstance, options: IdentityOptions, placements: Map<StateInstance, { region?: string; global: boolean }>): string | undefined {
  const regions = new Set(options.attachedTo(node).flatMap((target) => placements.get(target)?.region ?? []));
  return regions.size === 1 ? [...regions][0] : undefined;
}

/**
 * ARN first (the scan's identity), else `terraform:<address>`. Settings and policies may carry
 * the ARN of what they configure (a topic policy's `arn` and `id` are its topic's): an ARN two
 * instances claim goes to the one that is a resource, then to the one whose `arn` it is.
 */
export function assignIds(nodes: readonly StateInstance[], references: TerraformReferenceKnowledge): Map<StateInstance, string> {
  const claims = new Map<string, Array<{ node: StateInstance; rank: number }>>();
  const own = (node: StateInstance, key: string): string | undefined => {
    const value = node.attributes[key];
    return typeof value === 'string' && parseArn(value) !== undefined && isIdentityAttribute(node, key, references) ? value : undefined;
  };
  nodes.forEach((node, order) => {
    const fromArn = arnKeys.map((key) => own(node, key)).find((value) => value !== undefined);
    // An ECS service has no `arn`, but its `id` is its ARN.
    const arn = fromArn ?? own(node, 'id');
    if (arn === undefined) return;
    const role = ruleFor(node.type, references)?.role ?? 'resource';
    const rank = (role === 'resource' ? 0 : 2) + (fromArn === undefined ? 1 : 0) + order / (nodes.length + 1);
    appendTo(claims, arn, { node, rank });
  });
  const ids = new Map<StateInstance, string>();
  for (const [arn, claimants] of claims) ids.set(claimants.reduce((best, claim) => (claim.rank < best.rank ? claim : best)).node, arn);
  for (const node of nodes) if (!ids.has(node)) ids.set(node, `terraform:${node.address}`);
  return ids;
}

/**
 * The account from the ARN. A resource whose ARN has none (an S3 bucket, a hosted zone) or
 * that has no ARN belongs to the account its provider configuration works in, when every
 * ARN of that configuration names the same one (show-json records no alias: then the state's).
 */
function inferAccounts(nodes: readonly StateInstance[], arns: Map<StateInstance, Arn | undefined>): Map<StateInstance, string> {
  const seen = new Map<string, Set<string>>();
  for (const node of nodes) {
    const account = arns.get(node)?.account;
    if (account === undefined || !/^\d{12}$/.test(account)) continue;
    const key = node.providerKey ?? '';
    seen.set(key, (seen.get(key) ?? new Set()).add(account));
  }
  const accounts = new Map<StateInstance, string>();
  for (const node of nodes) {
    const own = arns.get(node)?.account;
    const candidates = seen.get(node.providerKey ?? '');
    const account = own !== undefined && own !== '' ? own : candidates?.size === 1 ? [...candidates][0] : undefined;
    if (account !== undefined) accounts.set(node, account);
  }
  return accounts;
}

/** Zone names (`us-east-1a`) differ per account; their ids (`use1-az1`) do not. Subnets carry both, so the state says how they pair. */
function zoneIdsByName(nodes: readonly StateInstance[], accounts: Map<StateInstance, string>): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const node of nodes) {
    const { availability_zone: name, availability_zone_id: id } = node.attributes;
    const account = accounts.get(node);
    if (typeof name === 'string' && typeof id === 'string' && account !== undefined) pairs.set(`${account} ${name}`, id);
  }
  return pairs;
}

function placeOf(node: StateInstance, arn: Arn | undefined, type: string): { region?: string; global: boolean } {
  if (arn !== undefined && arn.region !== '') return { region: arn.region, global: false };
  if (arn !== undefined ? isGlobalResource(arn) : isGlobalService(type, node.type)) return { global: true };
  // AWS provider 6 gives every regional resource a `region` argument; provider 5 only aws_s3_bucket.
  const own = node.attributes.region;
  if (typeof own === 'string' && own !== '') return { region: own, global: false };
  const zone = node.attributes.availability_zone;
  const fromZone = typeof zone === 'string' ? zoneName.exec(zone)?.[1] : undefined;
  if (fromZone !== undefined) return { region: fromZone, global: false };
  return { global: false };
}

/** A resource with no ARN is global when its service is (Route 53 records, IAM attachments). */
function isGlobalService(type: string, terraformType: string): boolean {
  const service = type.includes(':') ? type.slice(0, type.indexOf(':')) : (terraformType.split('_')[1] ?? '');
  return isGlobalResource({ partition: 'aws', service, region: '', account: '', resource: '' });
}

/** The zone id when the resource says it, else its subnet's, else its zone name as an id where the state pairs them. */
function zoneOf(node: StateInstance, subnets: Map<string, StateInstance>, idOf: (name: string) => string | undefined, depth = 0): string | undefined {
  const { availability_zone_id: id, availability_zone: name, subnet_id: subnetId } = node.attributes;
  if (typeof id === 'string' && id !== '') return id;
  const subnet = typeof subnetId === 'string' ? subnets.get(subnetId) : undefined;
  if (subnet !== undefined && subnet !== node && depth === 0) {
    const zone = zoneOf(subnet, subnets, idOf, 1);
    if (zone !== undefined) return zone;
  }
  if (typeof name === 'string' && name !== '') return idOf(name) ?? name;
  return undefined;
}

const vpcId = /^vpc-[0-9a-z]+$/i;

/**
 * The VPC an instance runs in: its own `vpc_id` (a subnet, a security group, a load
 * balancer), one in a block (a Lambda function's `vpc_config`, an EKS cluster's), else
 * the VPC of a subnet it names under a `subnet` argument (an instance's `subnet_id`, an
 * ECS service's `network_configuration.subnets`). DNS query logs name only the VPC of a
 * query no instance made; this is how such a query finds the workloads that could have made it.
 */
function vpcOf(node: StateInstance, subnets: ReadonlyMap<string, StateInstance>): string | undefined {
  if (node.type === 'aws_vpc' || node.type === 'aws_default_vpc') return undefined;
  let viaSubnet: string | undefined;
  const visit = (value: unknown, key: string, depth: number): string | undefined => {
    if (typeof value === 'string') {
      if (key === 'vpc_id' && vpcId.test(value)) return value;
      if (viaSubnet === undefined && key.includes('subnet')) {
        const subnet = subnets.get(value);
        const owner = subnet?.attributes.vpc_id;
        if (subnet !== node && typeof owner === 'string' && vpcId.test(owner)) viaSubnet = owner;
      }
      return undefined;
    }
    if (depth > 3 || typeof value !== 'object' || value === null) return undefined;
    for (const [inner, child] of Array.isArray(value) ? value.map((item) => [key, item] as const) : Object.entries(value)) {
      const found = visit(child, inner, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(node.attributes, '', 0) ?? viaSubnet;
}

/**
 * `tags_all` when the state has it: the provider's default tags with the resource's own,
 * which is what AWS holds and what a scan sees; else `tags`; else an Auto Scaling group's `tag` blocks.
 */
function tagsOf(attributes: Record<string, unknown>): Record<string, string> | undefined {
  for (const key of ['tags_all', 'tags']) {
    const tags = attributes[key];
    if (typeof tags === 'object' && tags !== null && !Array.isArray(tags)) {
      const entries = Object.entries(tags).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
      if (entries.length > 0) return Object.fromEntries(entries);
    }
  }
  if (Array.isArray(attributes.tag)) {
    const entries = (attributes.tag as unknown[]).flatMap((tag) => {
      const { key, value } = (tag ?? {}) as { key?: unknown; value?: unknown };
      return typeof key === 'string' && typeof value === 'string' ? [[key, value] as [string, string]] : [];
    });
    if (entries.length > 0) return Object.fromEntries(entries);
  }
  return undefined;
}

/**
 * The attributes that hold a host name the resource answers to, across the AWS
 * provider's types: a Route 53 record's `fqdn`, a load balancer's `dns_name`, a
 * database's, cache's or search domain's endpoints, a distribution's or custom
 * domain's `domain_name` (not a certificate's, which names what it is for). Only values that are host names (an RDS `endpoint` of
 * `host:port` gives the host) are kept, lower case, sorted.
 */
const nameAttributes = ['fqdn', 'dns_name', 'endpoint', 'reader_endpoint', 'address', 'domain_name', 'configuration_endpoint_address', 'primary_endpoint_address', 'reader_endpoint_address'];
const hostName = /^(?=.{4,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;

function dnsNamesOf(type: string, attributes: Record<string, unknown>): string[] {
  // A certificate (or a domain identity) names what it is for; it answers to nothing.
  if (/^aws_(acm|acmpca|ses|sesv2)_/.test(type)) return [];
  const names = new Set<string>();
  for (const key of nameAttributes) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    const host = value.toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
    if (hostName.test(host)) names.add(host);
  }
  return [...names].sort();
}
