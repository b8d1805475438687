import path from 'node:path';
import { FaultlineError } from '../core/errors.js';
import { writeAtomically } from '../sources/write-atomically.js';

/** Writes a result file atomically; refuses to write over an input of this run. */
export async function writeOutput(file: string, content: string, inputs: readonly string[], encoding: BufferEncoding = 'utf8'): Promise<void> {
  const target = path.resolve(file);
  if (inputs.some((input) => path.resolve(input) === target)) {
    throw new FaultlineError('E_USAGE', `--out ${file}: that is an input of this run and would be overwritten; choose another file`);
  }
  try {
    await writeAtomically(file, content, encoding);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FaultlineError('E_FILE', `--out ${file}: cannot write (${code}); check that the folder is writable`, { cause: error });
  }
}
