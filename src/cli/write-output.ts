import { open, stat } from 'node:fs/promises';
import { isOwnReport } from './own-report.js';
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

/**
 * What --out must not be: a folder, an input of this run, or (for a report) a file
 * there that faultline did not write, which is the user's and left as it is.
 */
export async function checkOutput(file: string, inputs: readonly string[], { report = true } = {}): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (/[/\\]$/.test(file) || info?.isDirectory()) {
    throw new FaultlineError('E_USAGE', `--out ${file}: that is a folder; give a file name, e.g. ${file.replace(/[/\\]+$/, '')}/report.md`);
  }
  for (const input of inputs) {
    if (await isSameFile(file, input)) throw new FaultlineError('E_USAGE', `--out ${file}: that is ${input}, an input of this run, and would be overwritten; choose another file`);
  }
  // A device or a pipe (/dev/stdout) is written to, never replaced; a regular file only when it is a report of faultline's.
  if (report && info?.isFile() === true && !isOwnReport(await readHead(file, info.size))) {
    throw new FaultlineError('E_EXISTS', `--out ${file}: the file is there and is not a report faultline wrote; it was left as it is — choose another file, or remove it first`);
  }
}

/** The beginning of a file as text (all of a PDF, as latin1: its title is near its end; at most 64 MB). */
async function readHead(file: string, size: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    if (!head.subarray(0, 5).equals(Buffer.from('%PDF-')) || size > 64 * 2 ** 20) return head.toString('utf8');
    const whole = Buffer.alloc(size);
    await handle.read(whole, 0, size, 0);
    return whole.toString('latin1');
  } finally {
    await handle.close();
  }
}
