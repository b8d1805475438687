/** The process, as the commands see it: passed in so a program can run them too. */
import { FaultlineError } from '../core/errors.js';

export interface CliIo {
  /** `columns`: the terminal's width, when stdout is one (see terminalWidth). */
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** The time the run takes as now: snapshot age, suppression expiry. */
  now(): Date;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, now: clockFrom(process.env) };
}

/**
 * The system clock, unless FAULTLINE_NOW names a fixed instant (an ISO 8601 time
 * with its zone): for reproducible runs, as SOURCE_DATE_EPOCH is for builds, and
 * for tests that must not depend on the day they run.
 */
export function clockFrom(env: Readonly<Record<string, string | undefined>>): () => Date {
  const fixed = env.FAULTLINE_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  return () => {
    const at = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(fixed) ? new Date(fixed) : undefined;
    if (at === undefined || Number.isNaN(at.getTime())) {
      throw new FaultlineError('E_USAGE', `FAULTLINE_NOW=${JSON.stringify(fixed)} is not a time; give an ISO 8601 time with its zone, e.g. 2026-11-20T10:00:00Z, or unset it`);
    }
    return at;
  };
}

/**
 * The width text tables must fit: the terminal's, when stdout is one that knows
 * it; otherwise none, so scripts, files and pipes get the full text.
 */
export function terminalWidth(io: CliIo): number | undefined {
  const { isTTY, columns } = io.stdout;
  return isTTY === true && columns !== undefined && columns > 0 ? columns : undefined;
}

/** How text for people is written: for the terminal (colours, its width) only when it goes to stdout and that is one. */
export function textOptions(io: CliIo, out: string | undefined): { color: boolean; width?: number } {
  if (out !== undefined) return { color: false };
  const width = terminalWidth(io);
  return { color: wantsColor(io), ...(width !== undefined && { width }) };
}

/** Colours only on a terminal, and never when NO_COLOR is set to anything but "". */
export function wantsColor(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
