import path from 'node:path';

/**
 * Where the snapshot of an `inventory: - aws:` entry lives: its `out`, else
 * `inventory/aws.json` beside the manifest (`aws-2.json`, ... when there are
 * several entries). `scan` writes there and `analyze` reads from there.
 */
export function awsSnapshotPath(manifestFile: string, entry: { out?: string | undefined }, index: number, count: number): string {
  const name = entry.out ?? (count > 1 ? `inventory/aws-${index + 1}.json` : 'inventory/aws.json');
  return path.isAbsolute(name) ? name : path.join(path.dirname(manifestFile), name);
}
