/** The process, as the commands see it: passed in so a program can run them too. */
import { FaultlineError } from '../core/errors.js';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
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

/** Colours only on a terminal, and never when NO_COLOR is set to anything but "". */
export function wantsColor(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
