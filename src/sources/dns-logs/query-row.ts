/**
 * What DNS query logs say once aggregated: how often one source asked for one name
 * with one response code, and when first and last. Raw Route 53 Resolver logs and the
 * aggregated CSV (README, "Observed dependencies") both read into this shape.
 */
export interface QueryRow {
  /** What asked: an EC2 instance id (`i-...`), else the VPC (`vpc-...`) or the inbound Resolver endpoint (`rslvr-in-...`). */
  source: string;
  account: string;
  region: string;
  /** Lower case, without the trailing dot the logs keep. */
  name: string;
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, ... */
  rcode: string;
  count: number;
  /** ISO 8601, to the second, UTC. */
  firstSeen: string;
  lastSeen: string;
}

/** A line or row that could not be read, and where. */
export interface RowProblem {
  file: string;
  line: number;
  message: string;
}

/** A query name as compared everywhere: lower case, no trailing dot. */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

const isoSecond = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]00:?00)?$/;

/**
 * A timestamp as compared everywhere: `2025-10-20T07:18:00Z`. Resolver logs write that
 * form; Athena keeps it as a string; Logs Insights prints `2025-10-20 07:18:00.000` (UTC)
 * or, for some exports, epoch milliseconds. Undefined when it is none of these.
 */
export function normalizeTimestamp(text: string): string | undefined {
  if (isoSecond.test(text)) return text;
  const match = spaced.exec(text);
  if (match) return `${match[1]}T${match[2]}Z`;
  // Any other form only with its offset written: a time without one would be read in this machine's zone.
  const ms = /^\d{12,14}$/.test(text) ? Number(text) : /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
