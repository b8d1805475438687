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
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || !parts[1] || !parts[2]) return undefined;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  const resource = parts.slice(5).join(':');
  if (resource === '') return undefined;
  return { partition, service, region, account, resource };
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
