/**
 * The pure half of the scanner: raw GetResources records, as they came back per
 * account and region, become snapshot resources. No I/O, so recorded responses
 * carry most of the tests.
 */
import type { Resource } from '../../core/inventory.js';
import { isGlobalResource } from './global-resources.js';
import { parseArn, resourceTypeOf } from './parse-arn.js';

/** One ResourceTagMapping as the SDK returns it. */
export interface RawTagMapping {
  ResourceARN?: string | undefined;
  Tags?: Array<{ Key?: string | undefined; Value?: string | undefined }> | undefined;
}

/** Everything one account and region answered, or one page of it. */
export interface RegionRecords {
  account: string;
  /** The region that was queried. */
  region: string;
  mappings: readonly RawTagMapping[];
}

export interface Conversion {
  /** Sorted by id when it comes from `toResources` or `ResourceCollector.result`: snapshots are diff-friendly and selections are stable. */
  resources: Resource[];
  /** Records that could not be read as resources, with why. */
  skipped: Array<{ account: string; region: string; arn: string; reason: string }>;
}

export function toResources(records: Iterable<RegionRecords>): Conversion {
  const collector = new ResourceCollector();
  for (const record of records) collector.add(record);
  return collector.result();
}

/**
 * Records as resources, appended to `into` in the order they were listed, a
 * repeat as often as it came (a collector keeps the first). A scan converts each
 * page as it arrives, so the SDK's objects for a page die young, before the next
 * page is read, and only resources are held while a region is read.
 */
export function convertRecords({ account, region, mappings }: RegionRecords, into: Conversion): void {
  for (const mapping of mappings) {
    const resource = toResource(mapping, account, region);
    if (resource !== undefined) into.resources.push(resource);
    else into.skipped.push({ account, region, arn: mapping.ResourceARN ?? '', reason: 'not an ARN' });
  }
}

/**
 * The same conversion, fed page by page or region by region, one resource per
 * id: a global resource seen from several regions, or a resource listed twice,
 * is one resource; all copies describe the same thing, so the first is kept.
 * Repeats are dropped when the result is sorted (a stable sort keeps the first
 * copy first), not looked up as each resource comes: a map of every id cost
 * more than the sort the snapshot needs anyway.
 */
export class ResourceCollector {
  private readonly collected: Conversion = { resources: [], skipped: [] };

  add(records: RegionRecords): void {
    convertRecords(records, this.collected);
  }

  /** Adds records converted apart (a region as it was read, maybe on a worker thread). */
  merge(conversion: Conversion): void {
    for (const resource of conversion.resources) this.collected.resources.push(resource);
    for (const item of conversion.skipped) this.collected.skipped.push(item);
  }

  result(): Conversion {
    const sorted = [...this.collected.resources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const resources: Resource[] = [];
    for (const resource of sorted) if (resources.length === 0 || resources[resources.length - 1]!.id !== resource.id) resources.push(resource);
    const skipped = [...this.collected.skipped].sort((a, b) => (a.account + a.region + a.arn < b.account + b.region + b.arn ? -1 : 1));
    return { resources, skipped };
  }
}

/** One record as a resource, or undefined when its ARN cannot be read. */
function toResource(mapping: RawTagMapping, account: string, region: string): Resource | undefined {
  const id = mapping.ResourceARN;
  const arn = id === undefined ? undefined : parseArn(id);
  if (id === undefined || arn === undefined) return undefined;
  const resource: Resource = { id, provider: 'aws', type: resourceTypeOf(arn), tags: tagsOf(mapping) };
  // A bare S3 bucket ARN has no region; the bucket is listed in the region it lives in.
  // The queried region's and account's strings are kept when the ARN repeats them:
  // one string for all of a region's resources instead of one each.
  if (!isGlobalResource(arn)) {
    const resourceRegion = arn.region === '' || arn.region === region ? region : arn.region;
    if (resourceRegion) resource.region = resourceRegion;
  }
  // Route 53 zones, S3 buckets and API Gateway APIs carry no account: they belong to the one scanned.
  const owner = arn.account === '' || arn.account === account ? account : arn.account;
  if (owner) resource.account = owner;
  return resource;
}

/** Tags as an object. A tag named __proto__ (AWS allows it) is defined as an own key, so it stays a tag rather than setting the prototype. */
function tagsOf(mapping: RawTagMapping): Record<string, string> {
  const tags: Record<string, string> = {};
  const list = mapping.Tags;
  if (list === undefined) return tags;
  for (const { Key: key, Value: value } of list) {
    if (key === undefined) continue;
    if (key === '__proto__') Object.defineProperty(tags, key, { value: value ?? '', enumerable: true, writable: true, configurable: true });
    else tags[key] = value ?? '';
  }
  return tags;
}
