import { randomBytes } from 'node:crypto';
import { rename, writeFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../core/errors.js';

/**
 * Writes a result file atomically (a temporary file beside it, then rename), so a
 * reader never sees half a report. Refuses to write over an input of this run.
 */
export async function writeOutput(file: string, content: string, inputs: readonly string[]): Promise<void> {
  const target = path.resolve(file);
  if (inputs.some((input) => path.resolve(input) === target)) {
    throw new FaultlineError('E_USAGE', `--out ${file}: that is an input of this run and would be overwritten; choose another file`);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FaultlineError('E_FILE', `--out ${file}: cannot write (${code}); check that the folder exists and is writable`, { cause: error });
  }
}
