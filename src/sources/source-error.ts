/**
 * Bad input found while reading files: one line per problem, each saying where
 * (file:line:col and key path), what, and what to do.
 */
import { FaultlineError, formatKeyPath, type KeyPath } from '../core/errors.js';

export interface Located {
  file: string;
  line?: number;
  col?: number;
  path?: KeyPath;
  message: string;
  fix?: string;
}

export function formatLocated(problem: Located): string {
  const where = problem.line === undefined ? `${problem.file}:` : `${problem.file}:${problem.line}:${problem.col ?? 1}`;
  const key = problem.path && problem.path.length > 0 ? ` ${formatKeyPath(problem.path)}:` : '';
  const fix = problem.fix ? ` — ${problem.fix}` : '';
  return `${where}${key} ${problem.message}${fix}`;
}

export class InputError extends FaultlineError {
  readonly problems: Located[];

  constructor(code: 'E_MANIFEST' | 'E_INVENTORY' | 'E_FILE', problems: Located[], options?: { cause?: unknown }) {
    super(code, problems.map(formatLocated).join('\n'), options);
    this.name = 'InputError';
    this.problems = problems;
  }
}
