import { readFile } from 'node:fs/promises';

/** Reads a UTF-8 file; on failure, returns why in a few words instead of throwing. */
export async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; reason: string; cause: unknown }> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'error'})`;
    return { ok: false, reason, cause: error };
  }
}
