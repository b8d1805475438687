import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readlink, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a reader never sees half of it: a temporary file beside
 * it, then a rename over it. An interrupted write leaves the old file (or none),
 * never a truncated one. Creates the folder if needed.
 *
 * - A symbolic link is written through: its target gets the new content (the
 *   temporary file beside the target), and the link stays a link.
 * - A character device (`/dev/stdout`, a terminal, `/dev/null`) is written to
 *   directly: it cannot be renamed over, and must never be replaced.
 * - Temporary files are tracked while they exist, so the command line can remove
 *   them when it is interrupted (see removeTemporaryFiles), and stale ones of this
 *   naming that an earlier, killed run left beside the target are swept.
 */
export async function writeAtomically(file: string, content: string | Uint8Array, encoding: BufferEncoding = 'utf8'): Promise<void> {
  const target = await resolveTarget(path.resolve(file));
  if (target.device) {
    await writeFile(target.path, content, typeof content === 'string' ? encoding : undefined);
    return;
  }
  const folder = path.dirname(target.path);
  await mkdir(folder, { recursive: true });
  await sweepStale(folder, path.basename(target.path));
  const temporary = path.join(folder, `.${path.basename(target.path)}.${randomBytes(4).toString('hex')}.tmp`);
  inFlight.add(temporary);
  try {
    await writeFile(temporary, content, typeof content === 'string' ? encoding : undefined);
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
}

/** The file a write lands in: through symbolic links to their target; whether it is a device. */
async function resolveTarget(file: string): Promise<{ path: string; device: boolean }> {
  const link = await lstat(file).catch(() => undefined);
  if (link === undefined) return { path: file, device: false };
  const real = link.isSymbolicLink() ? await realpath(file).catch(() => undefined) : file;
  // A dangling link: write where it points, so the link then resolves.
  const resolved = real ?? path.resolve(path.dirname(file), await readlink(file));
  const info = await stat(resolved).catch(() => undefined);
  return { path: resolved, device: info !== undefined && (info.isCharacterDevice() || info.isFIFO() || info.isSocket()) };
}

const inFlight = new Set<string>();

/** Removes the temporary files of writes under way (for an interrupted run); returns how many. */
export async function removeTemporaryFiles(): Promise<number> {
  const files = [...inFlight];
  inFlight.clear();
  await Promise.all(files.map((file) => unlink(file).catch(() => undefined)));
  return files.length;
}

/** A temporary file older than this is a killed run's leftover, not a write under way. */
const staleAfterMs = 60_000;
const temporaryName = /^\.(.+)\.[0-9a-f]{8}\.tmp$/;

async function sweepStale(folder: string, name: string): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const now = Date.now();
  await Promise.all(
    entries.map(async (entry) => {
      if (temporaryName.exec(entry)?.[1] !== name) return;
      const file = path.join(folder, entry);
      if (inFlight.has(file)) return;
      const info = await lstat(file).catch(() => undefined);
      if (info?.isFile() && now - info.mtimeMs > staleAfterMs) await unlink(file).catch(() => undefined);
    }),
  );
}
