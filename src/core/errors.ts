/**
 * Errors with a stable `code`. The core throws them and never logs; the command
 * line maps them to exit codes in one place (src/cli/exit-code.ts).
 */

export type ErrorCode =
  | 'E_USAGE'
  | 'E_MANIFEST'
  | 'E_INVENTORY'
  | 'E_FILE'
  | 'E_EXISTS'
  | 'E_PARTIAL';

export class FaultlineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FaultlineError';
    this.code = code;
  }
}

/** A key path inside a document, e.g. `['components', 'api', 'requires', 0]`. */
export type KeyPath = ReadonlyArray<string | number>;

/** One problem found in a manifest (or a snapshot it reads), before a file position is attached to it. */
export interface ManifestIssue {
  /** The snapshot `path` is in; absent for the manifest itself. */
  file?: string;
  path: KeyPath;
  message: string;
  /** What to do about it, e.g. `did you mean "ledger"?` */
  fix?: string;
}

/** Raised by the core when a manifest is well-formed YAML but means something impossible. */
export class ManifestInvalidError extends FaultlineError {
  readonly issues: ManifestIssue[];

  constructor(issues: ManifestIssue[]) {
    const first = issues[0];
    super('E_MANIFEST', first ? `${first.file !== undefined ? `${first.file}: ` : ''}${formatKeyPath(first.path)}: ${first.message}` : 'invalid manifest');
    this.name = 'ManifestInvalidError';
    this.issues = issues;
  }
}

export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}
