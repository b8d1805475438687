import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseLogLine } from '../../../src/sources/dns-logs/parse-log-line.js';
import { normalizeTimestamp } from '../../../src/sources/dns-logs/query-row.js';
import { readQueryLogs } from '../../../src/sources/dns-logs/read-query-logs.js';
import { readSummaryCsv } from '../../../src/sources/dns-logs/read-summary-csv.js';
import { workspace } from '../../helpers/cli.js';

// The example record of https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs-format.html
const documented = { version: '1.100000', account_id: '123456789012', region: 'ap-southeast-1', vpc_id: 'vpc-00000000000000000', query_timestamp: '2020-10-20T07:44:14Z', query_name: '15.3.4.32.in-addr.arpa.', query_type: 'PTR', query_class: 'IN', rcode: 'NOERROR', answers: [{ Rdata: 'ip-32-4-3-15.ap-southeast-1.compute.internal.', Type: 'PTR', Class: 'IN' }], srcaddr: '172.31.45.22', srcport: '51137', transport: 'UDP', srcids: { instance: 'i-0d15cd0d3f6a1fc9c' } };
const line = (changes: Record<string, unknown> = {}) => JSON.stringify({ ...documented, ...changes });

describe('parseLogLine', () => {
  it('reads the documented record: the instance as source, the name without its dot', () => {
    expect(parseLogLine(line())).toEqual({ ok: true, row: { source: 'i-0d15cd0d3f6a1fc9c', account: '123456789012', region: 'ap-southeast-1', name: '15.3.4.32.in-addr.arpa', rcode: 'NOERROR', count: 1, firstSeen: '2020-10-20T07:44:14Z', lastSeen: '2020-10-20T07:44:14Z' } });
  });

  it('falls back to the inbound Resolver endpoint, then the VPC', () => {
    expect(parseLogLine(line({ srcids: { resolver_endpoint: 'rslvr-in-abc' } }))).toMatchObject({ row: { source: 'rslvr-in-abc' } });
    expect(parseLogLine(line({ srcids: {} }))).toMatchObject({ row: { source: 'vpc-00000000000000000' } });
  });

  it('says what is wrong with a line it cannot read', () => {
    expect(parseLogLine('{"query_name": ')).toEqual({ ok: false, problem: 'not JSON' });
    expect(parseLogLine('[1]')).toEqual({ ok: false, problem: 'not a JSON object' });
    expect(parseLogLine(line({ query_name: undefined }))).toEqual({ ok: false, problem: 'no query_name' });
    expect(parseLogLine(line({ query_timestamp: 'yesterday' }))).toEqual({ ok: false, problem: 'query_timestamp "yesterday" is not a time' });
  });
});

describe('readSummaryCsv', () => {
  it('reads quoted and bare fields, times in the forms the engines print, and no rcode as answered', () => {
    const text = 'source,account_id,region,query_name,count,first_seen,last_seen\n"i-1","111122223333",us-east-1,"Api.Example.com.",3,2025-10-13 00:00:00.000,1760400000000\n';
    expect(readSummaryCsv(text, 'x.csv')).toEqual({ rows: [{ source: 'i-1', account: '111122223333', region: 'us-east-1', name: 'api.example.com', rcode: 'NOERROR', count: 3, firstSeen: '2025-10-13T00:00:00Z', lastSeen: '2025-10-14T00:00:00Z' }], problems: [], malformed: 0 });
  });

  it('names the rows it cannot read by line, and refuses a header without the columns', () => {
    const text = 'source,account,region,query_name,rcode,count,first_seen,last_seen\ni-1,1,us-east-1,a.com,NOERROR,two,2025-10-13T00:00:00Z,2025-10-13T00:00:00Z\n\ni-1,1,us-east-1,a.com\n';
    const reading = readSummaryCsv(text, 'x.csv');
    expect(reading.problems).toEqual([
      { file: 'x.csv', line: 2, message: 'count "two" is not a whole number of queries' },
      { file: 'x.csv', line: 4, message: '4 fields where the header has 8' },
    ]);
    expect(readSummaryCsv('name,count\n', 'x.csv').headerProblem).toBe('the header has no source, account, region, query_name, first_seen, last_seen columns (it has name, count)');
  });
});

describe('readQueryLogs', () => {
  it('streams gzip and plain files into one aggregate, and names each malformed line by file and line', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'a.log.gz'), gzipSync(`${line()}\n${line({ query_timestamp: '2020-10-21T00:00:00Z' })}\n`));
    writeFileSync(path.join(dir, 'b.log'), `${line({ query_timestamp: '2020-10-19T00:00:00Z' })}\nnot json\n\n${line({ rcode: 'NXDOMAIN' })}\n`);
    const reading = await readQueryLogs([path.join(dir, 'a.log.gz'), path.join(dir, 'b.log')], (file) => path.basename(file));
    expect(reading.lines).toBe(4);
    expect(reading.aggregate.rows().map((row) => [row.rcode, row.count, row.firstSeen, row.lastSeen])).toEqual([
      ['NOERROR', 3, '2020-10-19T00:00:00Z', '2020-10-21T00:00:00Z'],
      ['NXDOMAIN', 1, '2020-10-20T07:44:14Z', '2020-10-20T07:44:14Z'],
    ]);
    expect(reading.problems).toEqual([{ file: 'b.log', line: 2, message: 'not JSON' }]);
    expect(reading.malformed.get('b.log')).toBe(1);
  });

  it('keeps the lines before a gzip is cut short, and says where it stopped', async () => {
    const dir = workspace();
    const whole = gzipSync(Array.from({ length: 200 }, (_, i) => line({ query_name: `n${i}.example.com.` })).join('\n'));
    writeFileSync(path.join(dir, 'cut.log.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
    const reading = await readQueryLogs([path.join(dir, 'cut.log.gz')], () => 'cut.log.gz');
    expect(reading.unreadable).toHaveLength(1);
    expect(reading.unreadable[0]!.reason).toMatch(/end of file|damaged|cut short/);
    expect(reading.unreadable[0]!.code).toBe('CutShort');
    expect(reading.lines).toBe(reading.unreadable[0]!.line);
  });
});

describe('normalizeTimestamp', () => {
  it('reads the forms the logs and the engines write as UTC, to the second, and refuses a time without a zone it would have to guess', () => {
    expect(normalizeTimestamp('2025-10-13T19:24:00Z')).toBe('2025-10-13T19:24:00Z');
    expect(normalizeTimestamp('2025-10-13 19:24:00.000')).toBe('2025-10-13T19:24:00Z');
    expect(normalizeTimestamp('2025-10-13T21:24:00.5+02:00')).toBe('2025-10-13T19:24:00Z');
    expect(normalizeTimestamp('1760383440000')).toBe('2025-10-13T19:24:00Z');
    expect(normalizeTimestamp('Oct 13 2025 19:24')).toBeUndefined();
  });
});
