/**
 * Inventory snapshots (DESIGN section 5): what `scan` writes and `inventory: - file:` reads.
 */

/** One scanned resource as a snapshot holds it. */
export interface Resource {
  /** The ARN (or the provider's own id). */
  id: string;
  provider: string;
  region?: string;
  zone?: string;
  account?: string;
  /** `service:resourceType`, e.g. `dynamodb:table`. */
  type: string;
  tags?: Record<string, string>;
}

export interface SnapshotError {
  account?: string;
  region?: string;
  code: string;
  message: string;
}

/** A snapshot as read from a file, named by `file` in messages and provenance. */
export interface Snapshot {
  file: string;
  scannedAt: string;
  partial: boolean;
  errors: SnapshotError[];
  resources: Resource[];
  /** Written by a scan that recorded what it asked (`coverage`). */
  scanned?: boolean;
  /**
   * A hand-made example inventory (`"sample": true`), not a scan of a live estate:
   * its age means nothing, so no age check applies. `scan` never writes it.
   */
  sample?: boolean;
}

/** Regions that mean "global": such a resource is in its provider's global data-plane domain (`region:aws/global`), not in a region. */
export function isGlobalRegion(region: string | undefined): boolean {
  return region === undefined || region === '' || region === 'global';
}
