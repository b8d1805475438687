/**
 * A `dnsLogs` inventory entry read from disk: Route 53 Resolver query log files named
 * by a glob (streamed), or the aggregated CSV the README's queries produce. Lines that
 * cannot be read are counted and named by file and line, and never stop the run unless
 * nothing at all could be read (exit 2); files that cannot be read, or a glob that
 * names none, make the inventory partial (exit 3 unless --allow-partial), each error
 * with a code the command's advice follows: `NoFiles`, `CutShort` (a truncated gzip),
 * `Unreadable`.
 */
import path from 'node:path';
import type { Snapshot, SnapshotError } from '../../core/inventory.js';
import type { Knowledge } from '../../knowledge/index.js';
import { expandGlob } from '../glob.js';
import { readText } from '../read-text.js';
import { InputError } from '../source-error.js';
import type { QueryRow, RowProblem } from './query-row.js';
import { readQueryLogs } from './read-query-logs.js';
import { readSummaryCsv } from './read-summary-csv.js';
import { toDnsInventory, type DnsInventoryOptions } from './to-inventory.js';

export interface DnsLogsEntry extends Omit<DnsInventoryOptions, 'file' | 'knowledge'> {
  /** A glob of query log files (JSON lines, gzip or plain), relative to `base`. */
  files?: string | undefined;
  /** An aggregated CSV, relative to `base`. */
  file?: string | undefined;
}

export interface DnsLogsReading {
  snapshot: Snapshot;
  warnings: string[];
  /** Lines (or CSV rows) read, and distinct source/name/response rows they made. */
  stats: { lines: number; rows: number; malformed: number; files: number };
}

export async function loadDnsLogs(entry: DnsLogsEntry, options: { base: string; knowledge?: Knowledge }): Promise<DnsLogsReading> {
  const { files, file, ...rest } = entry;
  // Paths are named as the other inventory entries name theirs: joined to the manifest's folder, so they read from where the command runs.
  const fromBase = (written: string) => (path.isAbsolute(written) ? written : path.join(options.base, written));
  const warnings: string[] = [];
  const errors: SnapshotError[] = [];
  let rows: QueryRow[];
  let label: string;
  let stats: DnsLogsReading['stats'];
  if (files !== undefined) {
    label = fromBase(files);
    const found = await expandGlob(files, options.base, { onUnreadable: (folder, reason) => errors.push({ code: 'Unreadable', message: `cannot list the folder ${folder} (${reason}): the logs in it were not read` }) });
    if (found.length === 0) errors.push({ code: 'NoFiles', message: `no file matches ${label}` });
    const reading = await readQueryLogs(found);
    for (const { file: name, line, code, reason } of reading.unreadable) errors.push({ code, message: `${name}${line > 0 ? `, after line ${line}` : ''}: ${reason}` });
    reportMalformed(reading.problems, reading.malformed, warnings);
    const malformed = [...reading.malformed.values()].reduce((sum, n) => sum + n, 0);
    if (reading.lines === 0 && malformed > 0) {
      throw new InputError('E_INVENTORY', reading.problems.slice(0, 10).map((problem) => ({ ...problem, message: `${problem.message}; no line of ${label} could be read`, fix: 'give Route 53 Resolver query logs: one JSON object a line, as delivered to S3 or CloudWatch Logs' })));
    }
    rows = reading.aggregate.rows();
    stats = { lines: reading.lines, rows: rows.length, malformed, files: found.length };
  } else {
    const csv = fromBase(file!);
    label = csv;
    const read = await readText(csv);
    if (!read.ok) {
      errors.push({ code: 'Unreadable', message: `cannot read ${csv}: ${read.reason}` });
      rows = [];
      stats = { lines: 0, rows: 0, malformed: 0, files: 0 };
    } else {
      const reading = readSummaryCsv(read.text, csv);
      const fix = 'write the header source,account,region,query_name,rcode,count,first_seen,last_seen (README: "Observed dependencies" gives the Athena and Logs Insights queries)';
      if (reading.headerProblem !== undefined) throw new InputError('E_INVENTORY', [{ file: csv, line: 1, message: reading.headerProblem, fix }]);
      if (reading.rows.length === 0 && reading.malformed > 0) throw new InputError('E_INVENTORY', reading.problems.map((problem) => ({ ...problem, message: `${problem.message}; no row could be read`, fix })));
      reportMalformed(reading.problems, new Map(reading.malformed > 0 ? [[csv, reading.malformed]] : []), warnings);
      rows = reading.rows;
      stats = { lines: rows.length, rows: rows.length, malformed: reading.malformed, files: 1 };
    }
  }
  const inventory = toDnsInventory(rows, { ...rest, file: label, ...(options.knowledge !== undefined && { knowledge: options.knowledge }) });
  warnings.push(...inventory.warnings);
  // Each error names its file, folder or glob, and is said once: by the command, as why the inventory is partial.
  const snapshot: Snapshot = {
    file: label,
    // Dated by the last query seen: what the logs say is as old as that.
    scannedAt: inventory.lastSeen ?? new Date(0).toISOString(),
    partial: errors.length > 0,
    errors,
    resources: inventory.resources,
    dependencies: inventory.dependencies,
    ignored: inventory.ignored,
    source: 'dns-logs',
  };
  return { snapshot, warnings, stats };
}

function reportMalformed(problems: readonly RowProblem[], counts: ReadonlyMap<string, number>, warnings: string[]): void {
  for (const [file, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const named = problems.filter((problem) => problem.file === file);
    const places = named.map((problem) => `line ${problem.line} (${problem.message})`).join(', ');
    warnings.push(`${file}: ${count} line${count === 1 ? '' : 's'} could not be read and ${count === 1 ? 'was' : 'were'} skipped: ${places}${count > named.length ? ', ...' : ''}`);
  }
}
