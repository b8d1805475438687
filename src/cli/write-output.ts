import { stat } from 'node:fs/promises';
import { FaultlineError } from '../core/errors.js';
import { isSameFile } from '../sources/same-file.js';
import { writeAtomically } from '../sources/write-atomically.js';

/**
 * Writes a result file atomically (through a symbolic link to its target; to a
 * device directly). Refuses a folder, and any file that is an input of this run,
 * compared as files, not as path strings.
 */
export async function writeOutput(file: string, content: string | Uint8Array, inputs: readonly string[], encoding: BufferEncoding = 'utf8'): Promise<void> {
  await checkOutput(file, inputs);
  try {
    await writeAtomically(file, content, encoding);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOSPC' ? 'no space left' : code === 'EACCES' || code === 'EPERM' ? 'not allowed' : code;
    throw new FaultlineError('E_FILE', `--out ${file}: cannot write (${why}); check that the place is writable`, { cause: error });
  }
}

/** What --out must not be: a folder, or an input of this run. */
export async function checkOutput(file: string, inputs: readonly string[]): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (/[/\\]$/.test(file) || info?.isDirectory()) {
    throw new FaultlineError('E_USAGE', `--out ${file}: that is a folder; give a file name, e.g. ${file.replace(/[/\\]+$/, '')}/report.md`);
  }
  for (const input of inputs) {
    if (await isSameFile(file, input)) throw new FaultlineError('E_USAGE', `--out ${file}: that is ${input}, an input of this run, and would be overwritten; choose another file`);
  }
}
