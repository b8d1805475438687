/**
 * Whether two names are one file: the same device and inode, whatever the path
 * strings say (a folder reached through a symbolic link, `..`, a hard link). A
 * name that does not exist is no existing file.
 */
import { stat } from 'node:fs/promises';

export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}
