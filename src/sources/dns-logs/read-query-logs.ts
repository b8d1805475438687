/**
 * Streams Route 53 Resolver query log files (JSON lines, gzip as delivered to S3, or
 * plain) into an aggregate, one line at a time: memory holds the aggregate and one
 * line, whatever the size of the folder. A line that cannot be read is counted and
 * named by file and line; a file that cannot be read (or stops being readable part way,
 * like a truncated gzip) is reported with where it stopped.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { QueryAggregate } from './aggregate-queries.js';
import { parseLogLine } from './parse-log-line.js';
import type { RowProblem } from './query-row.js';

export interface LogReading {
  aggregate: QueryAggregate;
  /** Lines read into the aggregate. */
  lines: number;
  /** Lines that could not be read, per file. */
  malformed: Map<string, number>;
  /** The first few malformed lines of each file, with where. */
  problems: RowProblem[];
  /** Files that could not be read (`Unreadable`), or not to their end (`CutShort`: a truncated gzip). */
  unreadable: Array<{ file: string; line: number; code: 'Unreadable' | 'CutShort'; reason: string }>;
}

/** How many malformed lines are named per file; the rest are counted. */
const namedPerFile = 5;

export async function readQueryLogs(files: readonly string[], label: (file: string) => string = (file) => file): Promise<LogReading> {
  const reading: LogReading = { aggregate: new QueryAggregate(), lines: 0, malformed: new Map(), problems: [], unreadable: [] };
  for (const file of files) await readOne(file, label(file), reading);
  return reading;
}

async function readOne(file: string, name: string, reading: LogReading): Promise<void> {
  let line = 0;
  let input: Readable;
  try {
    input = (await isGzip(file)) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  } catch (error) {
    reading.unreadable.push({ file: name, line: 0, ...problemOf(error) });
    return;
  }
  let failure: unknown;
  // A stream error (a truncated gzip, a file gone) ends the lines; readline alone would not say why.
  input.on('error', (error) => (failure ??= error));
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      const parsed = parseLogLine(text);
      if (parsed.ok) {
        reading.aggregate.add(parsed.row);
        reading.lines++;
        continue;
      }
      const count = (reading.malformed.get(name) ?? 0) + 1;
      reading.malformed.set(name, count);
      if (count <= namedPerFile) reading.problems.push({ file: name, line, message: parsed.problem });
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) reading.unreadable.push({ file: name, line, ...problemOf(failure) });
}

/** Gzip files start with 1f 8b (RFC 1952), whatever their name says. */
async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

function problemOf(error: unknown): { code: 'Unreadable' | 'CutShort'; reason: string } {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { code: 'Unreadable', reason: 'no such file' };
    if (code === 'EACCES') return { code: 'Unreadable', reason: 'permission denied' };
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return { code: 'CutShort', reason: `the gzip data is damaged or cut short (${error.message})` };
    return { code: 'Unreadable', reason: error.message };
  }
  return { code: 'Unreadable', reason: String(error) };
}
