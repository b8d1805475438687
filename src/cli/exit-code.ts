/**
 * The one place errors become exit codes (DESIGN section 4): 0 done, 1 the gate
 * failed, 2 bad usage or input, 3 partial data. Anything else is a bug: it prints
 * its stack and exits 70.
 */
import { FaultlineError } from '../core/errors.js';
import { printable } from '../render/printable.js';

export const exitCodes = { ok: 0, gateFailed: 1, badInput: 2, partial: 3, bug: 70 } as const;

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof FaultlineError)) return exitCodes.bug;
  return error.code === 'E_PARTIAL' ? exitCodes.partial : exitCodes.badInput;
}

/** What to print for an error: one line (or one per problem) for expected errors, the stack for bugs. */
export function describeError(error: unknown): string {
  if (error instanceof FaultlineError) return `faultline: ${printable(error.message).split('\n').join('\nfaultline: ')}`;
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `faultline: internal error (please report it with this trace):\n${stack}`;
}
