import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a reader never sees half of it: a temporary file in the
 * same folder, then a rename over the target. An interrupted write leaves the old
 * file (or none), never a truncated one. Creates the folder if needed.
 */
export async function writeAtomically(file: string, content: string, encoding: BufferEncoding = 'utf8'): Promise<void> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, encoding);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
