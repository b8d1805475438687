/**
 * ARNs: `arn:partition:service:region:account-id:resource`, where the resource
 * part may itself hold colons and slashes, and region and account may be empty
 * ("ARNs for some resources omit the Region, the account ID, or both", IAM User
 * Guide, reference-arns).
 */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  // Five colons delimit the fixed fields; the resource keeps any further colons.
  // Plain indexOf calls: a scan parses one ARN per resource, hundreds of thousands.
  const s = text.indexOf(':', 4);
  const r = s < 0 ? -1 : text.indexOf(':', s + 1);
  const a = r < 0 ? -1 : text.indexOf(':', r + 1);
  const x = a < 0 ? -1 : text.indexOf(':', a + 1);
  if (x < 0 || s === 4 || r === s + 1 || x === text.length - 1) return undefined;
  return { partition: text.slice(4, s), service: text.slice(s + 1, r), region: text.slice(r + 1, a), account: text.slice(a + 1, x), resource: text.slice(x + 1) };
}

/** Services whose resources have no type in the ARN: `arn:aws:sqs:us-east-1:1:my-queue`. */
const untypedResources: Readonly<Record<string, string>> = { sqs: 'queue', sns: 'topic', s3: 'bucket' };

/** One string per type (`ec2:instance`), whatever the number of resources of that type. */
const typeNames = new Map<string, Map<string, string>>();

function typeName(service: string, type: string): string {
  let byType = typeNames.get(service);
  if (byType === undefined) typeNames.set(service, (byType = new Map()));
  let name = byType.get(type);
  if (name === undefined) byType.set(type, (name = `${service}:${type}`));
  return name;
}

/** The end of the resource part's first segment: the first `/` or `:`, else its length. */
function segmentEnd(resource: string, from: number): number {
  for (let i = from; i < resource.length; i++) {
    const c = resource.charCodeAt(i);
    if (c === 47 /* / */ || c === 58 /* : */) return i;
  }
  return resource.length;
}

/**
 * The resource type as `service:resourceType`: the part of the resource before
 * the first `/` or `:`. WAFv2 puts the scope first (`global/webacl/...`,
 * `regional/webacl/...`), which is skipped; an S3 ARN with a key is an object.
 */
export function resourceTypeOf(arn: Arn): string {
  const { service, resource } = arn;
  if (service === 's3' && arn.account === '') return resource.includes('/') ? 's3:object' : 's3:bucket';
  const end = segmentEnd(resource, 0);
  if (end === resource.length) return typeName(service, Object.hasOwn(untypedResources, service) ? untypedResources[service]! : resource);
  const first = resource.slice(0, end);
  if (service === 'wafv2' && (first === 'global' || first === 'regional')) {
    const second = resource.slice(end + 1, segmentEnd(resource, end + 1));
    if (second) return typeName(service, second);
  }
  // API Gateway resources start with a slash: /restapis/abc.
  return typeName(service, end === 0 ? resource.slice(1, segmentEnd(resource, 1)) : first);
}
