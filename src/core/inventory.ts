/**
 * Inventory snapshots (DESIGN section 5): what `scan` writes and `inventory: - file:` reads.
 */
import { z } from 'zod';

export const snapshotResourceSchema = z.object({
  id: z.string().min(1),
  provider: z.string().min(1),
  region: z.string().optional(),
  zone: z.string().optional(),
  account: z.string().optional(),
  type: z.string().min(1),
  tags: z.record(z.string(), z.string()).default({}),
});

export const snapshotErrorSchema = z.object({
  account: z.string().optional(),
  region: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

export const snapshotSchema = z.object({
  faultlineInventory: z.literal(1),
  scannedAt: z.string(),
  partial: z.boolean().default(false),
  errors: z.array(snapshotErrorSchema).default([]),
  resources: z.array(snapshotResourceSchema),
});

export type SnapshotResource = z.output<typeof snapshotResourceSchema>;
export type Snapshot = z.output<typeof snapshotSchema>;

/** A resource together with the snapshot file it came from (for provenance and messages). */
export interface Resource extends SnapshotResource {
  source: string;
}

/** Regions a scanned resource is "global" in: it has no region failure domain of its own. */
export function isGlobalRegion(region: string | undefined): boolean {
  return region === undefined || region === '' || region === 'global';
}
