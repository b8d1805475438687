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
  const cuts = [3];
  for (let i = 0; i < 4; i++) {
    const next = text.indexOf(':', cuts[i]! + 1);
    if (next < 0) return undefined;
    cuts.push(next);
  }
  const [p, s, r, a, x] = cuts as [number, number, number, number, number];
  const partition = text.slice(p + 1, s);
  const service = text.slice(s + 1, r);
  const resource = text.slice(x + 1);
  if (partition === '' || service === '' || resource === '') return undefined;
  return { partition, service, region: text.slice(r + 1, a), account: text.slice(a + 1, x), resource };
}

/** Services whose resources have no type in the ARN: `arn:aws:sqs:us-east-1:1:my-queue`. */
const untypedResources: Readonly<Record<string, string>> = { sqs: 'queue', sns: 'topic', s3: 'bucket' };

/**
 * The resource type as `service:resourceType`: the part of the resource before
 * the first `/` or `:`. WAFv2 puts the scope first (`global/webacl/...`,
 * `regional/webacl/...`), which is skipped; an S3 ARN with a key is an object.
 */
export function resourceTypeOf(arn: Arn): string {
  const { service, resource } = arn;
  if (service === 's3' && arn.account === '') return resource.includes('/') ? 's3:object' : 's3:bucket';
  const segments = resource.split(/[/:]/);
  if (service === 'wafv2' && (segments[0] === 'global' || segments[0] === 'regional') && segments[1]) return `wafv2:${segments[1]}`;
  if (segments.length === 1) return `${service}:${untypedResources[service] ?? segments[0]}`;
  // API Gateway resources start with a slash: /restapis/abc.
  return `${service}:${segments[0] === '' ? segments[1] : segments[0]}`;
}
