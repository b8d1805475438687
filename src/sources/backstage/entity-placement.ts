/**
 * Where a catalog entity runs, from its annotations (src/knowledge/backstage/annotations.ts):
 * a place of its own (provider, region, zone, account), a SaaS vendor, cloud resources
 * it is by ARN, or cloud resources picked by tags, type and name. Pure. An annotation
 * that cannot mean anything (a region without a provider, an ARN that is not one, a
 * tag selector without `=`) is a problem to report, never a guess.
 */
import { parseArn } from '../aws/parse-arn.js';

export interface Placement {
  provider?: string;
  region?: string;
  zone?: string;
  account?: string;
  vendor?: string;
  /** Resources it is tied to by ARN, with the annotation that says so. */
  arns: Array<{ arn: string; via: string }>;
  /** Resources it is tied to by what they are, resolved against the whole inventory. */
  selections: Array<{ select: { tags?: Record<string, string>; type?: string; region?: string; account?: string }; name?: string; via: string }>;
}

export type PlacementReading = { ok: true; placement: Placement } | { ok: false; annotation: string; problem: string; fix: string };

export const via = (key: string): string => `metadata.annotations["${key}"]`;

export function readPlacement(annotations: Readonly<Record<string, string>>): PlacementReading {
  const get = (key: string): string | undefined => {
    const value = Object.hasOwn(annotations, key) ? annotations[key]!.trim() : undefined;
    return value === '' ? undefined : value;
  };
  const placement: Placement = { arns: [], selections: [] };
  const account = get('faultline/account') ?? get('amazonaws.com/account-id');
  const provider = get('faultline/provider')?.toLowerCase() ?? (get('amazonaws.com/account-id') !== undefined ? 'aws' : undefined);
  for (const [key, field] of [['faultline/region', 'region'], ['faultline/zone', 'zone']] as const) {
    const value = get(key);
    if (value === undefined) continue;
    if (provider === undefined) return { ok: false, annotation: key, problem: `${key} "${value}" needs a provider`, fix: 'add the annotation faultline/provider (e.g. aws)' };
    placement[field] = value;
  }
  if (provider !== undefined) placement.provider = provider;
  if (account !== undefined) {
    if (provider === undefined) return { ok: false, annotation: 'faultline/account', problem: `faultline/account "${account}" needs a provider`, fix: 'add the annotation faultline/provider (e.g. aws)' };
    placement.account = account;
  }
  const saas = get('faultline/saas');
  if (saas !== undefined) placement.vendor = saas.toLowerCase();

  for (const key of ['amazonaws.com/arn', 'aws.amazon.com/amazon-ecs-service-arn', 'faultline/arn']) {
    const value = get(key);
    if (value === undefined) continue;
    const arns = key === 'faultline/arn' ? value.split(/[\s,]+/).filter(Boolean) : [value];
    for (const arn of arns) {
      if (parseArn(arn) === undefined) return { ok: false, annotation: key, problem: `"${arn}" is not an ARN`, fix: 'write arn:partition:service:region:account:resource' };
      placement.arns.push({ arn, via: via(key) });
    }
  }

  for (const [key, type] of [['aws.amazon.com/amazon-ecs-service-tags', 'ecs:service'], ['faultline/tags', undefined]] as const) {
    const value = get(key);
    if (value === undefined) continue;
    const tags = readTagSelector(value);
    if (tags === undefined) return { ok: false, annotation: key, problem: `"${value}" is not a tag selector`, fix: 'write key=value pairs separated by commas, e.g. component=checkout,environment=prod' };
    placement.selections.push({ select: { tags, ...(type !== undefined && { type }) }, via: via(key) });
  }

  const lambdas = get('aws.com/lambda-function-name');
  if (lambdas !== undefined) {
    const region = get('aws.com/lambda-region');
    for (const name of lambdas.split(',').map((part) => part.trim()).filter(Boolean)) {
      // With a region and an account the function's ARN is known; otherwise it is found by name.
      if (region !== undefined && account !== undefined) placement.arns.push({ arn: `arn:aws:lambda:${region}:${account}:function:${name}`, via: via('aws.com/lambda-function-name') });
      else placement.selections.push({ select: { type: 'lambda:function', ...(region !== undefined && { region }), ...(account !== undefined && { account }) }, name, via: via('aws.com/lambda-function-name') });
    }
  }
  return { ok: true, placement };
}

/** Whether the entity has a place of its own or is tied to resources that have one. */
export function isPlaced(placement: Placement): boolean {
  return placement.provider !== undefined || placement.vendor !== undefined || placement.arns.length > 0 || placement.selections.length > 0;
}

/** `component=myapp,environment=prod` -> { component: 'myapp', environment: 'prod' }. */
function readTagSelector(text: string): Record<string, string> | undefined {
  const tags: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const cut = pair.indexOf('=');
    if (cut <= 0) return undefined;
    const key = pair.slice(0, cut).trim();
    if (key === '' || key === '__proto__') return undefined;
    tags[key] = pair.slice(cut + 1).trim();
  }
  return tags;
}
