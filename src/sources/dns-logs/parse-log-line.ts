/**
 * One line of a Route 53 Resolver query log (JSON, one object a line), in the format
 * AWS documents: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs-format.html
 * (`version`, `account_id`, `region`, `vpc_id`, `query_timestamp`, `query_name`,
 * `query_type`, `query_class`, `rcode`, `answers`, `srcaddr`, `srcport`, `transport`,
 * `srcids` with `instance` or `resolver_endpoint`, and firewall fields). Only what an
 * observed dependency needs is read; the rest may be anything.
 */
import { normalizeName, normalizeTimestamp, type QueryRow } from './query-row.js';

export type LineReading = { ok: true; row: QueryRow } | { ok: false; problem: string };

export function parseLogLine(line: string): LineReading {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  const name = text('query_name');
  if (name === undefined) return { ok: false, problem: 'no query_name' };
  const stamp = text('query_timestamp');
  const at = stamp === undefined ? undefined : normalizeTimestamp(stamp);
  if (at === undefined) return { ok: false, problem: stamp === undefined ? 'no query_timestamp' : `query_timestamp "${stamp}" is not a time` };
  const account = text('account_id');
  const region = text('region');
  if (account === undefined || region === undefined) return { ok: false, problem: `no ${account === undefined ? 'account_id' : 'region'}` };
  const ids = typeof record.srcids === 'object' && record.srcids !== null ? (record.srcids as Record<string, unknown>) : {};
  const id = (key: string): string | undefined => (typeof ids[key] === 'string' && ids[key] !== '' ? (ids[key] as string) : undefined);
  // The finest source the line names: the instance, else the inbound endpoint, else the VPC.
  const source = id('instance') ?? id('resolver_endpoint') ?? text('vpc_id');
  if (source === undefined) return { ok: false, problem: 'no source (srcids.instance, srcids.resolver_endpoint or vpc_id)' };
  return { ok: true, row: { source, account, region, name: normalizeName(name), rcode: text('rcode') ?? 'NOERROR', count: 1, firstSeen: at, lastSeen: at } };
}
