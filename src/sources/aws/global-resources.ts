/**
 * Resources whose data plane is global, with a control plane in one region
 * (AWS Fault Isolation Boundaries whitepaper, global-services.html). The
 * Tagging API returns them only when asked in us-east-1 (the scanner asks once,
 * there), and their ARNs carry no region. Sources: shared/research/aws-facts.md §3-4.
 */
import type { Arn } from './parse-arn.js';

const globalServices: ReadonlySet<string> = new Set([
  'cloudfront',
  'route53',
  'route53domains',
  'waf', // WAF Classic for CloudFront; 'waf-regional' is regional
  'globalaccelerator',
  'iam',
  'organizations',
  'account',
  'shield',
  'networkmanager',
  'route53-recovery-control-config',
  'route53-recovery-readiness',
  'route53-recovery-cluster',
  'sso',
]);

/** The services the us-east-1 query asks for when us-east-1 is not scanned itself. */
export const globalResourceTypeFilters: readonly string[] = ['cloudfront', 'route53', 'waf', 'wafv2', 'globalaccelerator', 'shield', 'networkmanager', 'iam', 'organizations'];

/** The region the Tagging API answers global resources from. */
export const globalQueryRegion = 'us-east-1';

export function isGlobalResource(arn: Arn): boolean {
  if (globalServices.has(arn.service)) return true;
  // WAFv2 web ACLs for CloudFront have scope "global" (and an ARN in us-east-1).
  if (arn.service === 'wafv2' && arn.resource.startsWith('global/')) return true;
  // S3 Multi-Region Access Points: arn:aws:s3::123456789012:accesspoint/alias.mrap
  if (arn.service === 's3' && arn.account !== '' && arn.region === '') return true;
  return false;
}
