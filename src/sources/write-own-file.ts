/**
 * Writes a file faultline owns (a snapshot, a baseline): atomically, and never
 * over an existing file that is not one of its kind, since that file is the user's.
 */
import { readFile } from 'node:fs/promises';
import { FaultlineError } from '../core/errors.js';
import { writeAtomically } from './write-atomically.js';

export interface OwnFile {
  /**
   * Recognises a file of this kind by how it begins; a first group, when the
   * pattern has one, is the file's format version, and a newer one than
   * `version` is refused (it is a newer faultline's file).
   */
  marker: RegExp;
  version?: number;
  /** What it is, for messages: "faultline snapshot". */
  what: string;
  /** What to do when the place is taken by another file. */
  fix: string;
}

export async function writeOwnFile(file: string, content: string, kind: OwnFile): Promise<void> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new FaultlineError('E_FILE', `${file}: cannot read the file this would replace (${error.code ?? 'error'})`, { cause: error });
  });
  const mark = existing === undefined ? undefined : kind.marker.exec(existing);
  if (existing !== undefined && mark === null) {
    throw new FaultlineError('E_EXISTS', `${file} exists and is not a ${kind.what}; it was left as it is — ${kind.fix}`);
  }
  if (mark?.[1] !== undefined && kind.version !== undefined && Number(mark[1]) > kind.version) {
    throw new FaultlineError('E_EXISTS', `${file} is a ${kind.what} of a newer faultline (version ${mark[1]}); it was left as it is — upgrade faultline, or ${kind.fix}`);
  }
  try {
    await writeAtomically(file, content);
  } catch (error) {
    throw new FaultlineError('E_FILE', `${file}: cannot write the ${kind.what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}
