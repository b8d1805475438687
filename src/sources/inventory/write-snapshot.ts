/**
 * Writes a snapshot: atomically, one resource per line (diff-friendly without
 * doubling the size), and never over a file that is not a faultline snapshot,
 * since that file is the user's.
 */
import { writeOwnFile } from '../write-own-file.js';

export function serializeSnapshot(snapshot: { resources: unknown[] } & Record<string, unknown>): string {
  const { resources, ...head } = snapshot;
  const top = JSON.stringify(head, null, 2);
  const lines = resources.map((resource) => `    ${JSON.stringify(resource)}`).join(',\n');
  return `${top.slice(0, -2)},\n  "resources": [${resources.length > 0 ? `\n${lines}\n  ` : ''}]\n}\n`;
}

export async function writeSnapshot(file: string, snapshot: { resources: unknown[] } & Record<string, unknown>): Promise<void> {
  await writeOwnFile(file, serializeSnapshot(snapshot), { marker: /^\s*\{\s*"faultlineInventory"\s*:/, what: 'faultline snapshot', fix: 'move it, or write the scan elsewhere with --out' });
}
