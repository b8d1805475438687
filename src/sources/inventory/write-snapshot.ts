/**
 * Writes a snapshot: atomically, one resource per line (diff-friendly without
 * doubling the size), and never over a file that is not a faultline snapshot,
 * since that file is the user's.
 */
import { readFile } from 'node:fs/promises';
import { FaultlineError } from '../../core/errors.js';
import { writeAtomically } from '../write-atomically.js';

export function serializeSnapshot(snapshot: { resources: unknown[] } & Record<string, unknown>): string {
  const { resources, ...head } = snapshot;
  const top = JSON.stringify(head, null, 2);
  const lines = resources.map((resource) => `    ${JSON.stringify(resource)}`).join(',\n');
  return `${top.slice(0, -2)},\n  "resources": [${resources.length > 0 ? `\n${lines}\n  ` : ''}]\n}\n`;
}

export async function writeSnapshot(file: string, snapshot: { resources: unknown[] } & Record<string, unknown>): Promise<void> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new FaultlineError('E_FILE', `${file}: cannot read the file this scan would replace (${error.code ?? 'error'})`, { cause: error });
  });
  if (existing !== undefined && !/^\s*\{\s*"faultlineInventory"\s*:/.test(existing)) {
    throw new FaultlineError('E_EXISTS', `${file} exists and is not a faultline snapshot; it was left as it is — move it, or write the scan elsewhere with --out`);
  }
  try {
    await writeAtomically(file, serializeSnapshot(snapshot));
  } catch (error) {
    throw new FaultlineError('E_FILE', `${file}: cannot write the snapshot (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}
