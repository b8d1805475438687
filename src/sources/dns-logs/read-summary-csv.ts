/**
 * DNS query logs aggregated where they are kept (Athena over the S3 logs, CloudWatch
 * Logs Insights): a CSV with a header, one row per source, account, region, name and
 * response code. README, "Observed dependencies", gives both queries. Columns:
 *
 *   source,account,region,query_name,rcode,count,first_seen,last_seen
 *
 * `rcode` may be left out (every row then counts as answered); `account_id` is read as
 * `account`. Fields may be quoted ("a,b", "" for a quote), as both engines write them.
 */
import { normalizeName, normalizeTimestamp, type QueryRow, type RowProblem } from './query-row.js';

export interface CsvReading {
  rows: QueryRow[];
  problems: RowProblem[];
  /** Rows that could not be read. */
  malformed: number;
  /** The header itself is wrong: nothing can be read. */
  headerProblem?: string;
}

const required = ['source', 'account', 'region', 'query_name', 'count', 'first_seen', 'last_seen'] as const;
const namedRows = 10;

export function readSummaryCsv(text: string, file: string): CsvReading {
  const reading: CsvReading = { rows: [], problems: [], malformed: 0 };
  const records = splitCsv(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const header = records.shift();
  if (header === undefined || header.fields.every((field) => field.trim() === '')) return { ...reading, headerProblem: 'the file is empty: it needs a header line' };
  const columns = header.fields.map((field) => field.trim().toLowerCase().replace(/^account_id$/, 'account'));
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ...reading, headerProblem: `the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (it has ${columns.join(', ')})` };
  const at = (name: string) => columns.indexOf(name);
  const rcodeAt = at('rcode');
  for (const { fields, line } of records) {
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    const field = (name: string) => fields[at(name)]?.trim() ?? '';
    const problem = (message: string) => {
      reading.malformed++;
      if (reading.problems.length < namedRows) reading.problems.push({ file, line, message });
    };
    if (fields.length !== columns.length) {
      problem(`${fields.length} fields where the header has ${columns.length}`);
      continue;
    }
    const count = Number(field('count'));
    if (!Number.isInteger(count) || count < 1) {
      problem(`count "${field('count')}" is not a whole number of queries`);
      continue;
    }
    const firstSeen = normalizeTimestamp(field('first_seen'));
    const lastSeen = normalizeTimestamp(field('last_seen'));
    if (firstSeen === undefined || lastSeen === undefined) {
      problem(`${firstSeen === undefined ? `first_seen "${field('first_seen')}"` : `last_seen "${field('last_seen')}"`} is not a time`);
      continue;
    }
    const empty = (['source', 'account', 'region', 'query_name'] as const).find((name) => field(name) === '');
    if (empty !== undefined) {
      problem(`${empty} is empty`);
      continue;
    }
    const rcode = rcodeAt < 0 ? '' : (fields[rcodeAt] ?? '').trim();
    reading.rows.push({ source: field('source'), account: field('account'), region: field('region'), name: normalizeName(field('query_name')), rcode: rcode === '' ? 'NOERROR' : rcode.toUpperCase(), count, firstSeen, lastSeen });
  }
  return reading;
}

/** RFC 4180 records, each with the line it starts on. */
function splitCsv(text: string): Array<{ fields: string[]; line: number }> {
  const records: Array<{ fields: string[]; line: number }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: start });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: start });
  }
  return records;
}
