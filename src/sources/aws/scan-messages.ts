/** What the main thread of a scan and its worker threads say to each other (plain data: it is copied between threads). */
import type { SnapshotError } from '../../core/inventory.js';
import type { ClientSettings, Credentials } from './client-config.js';

export interface WorkerInit {
  /** The client settings without credentials: each task brings its own. */
  settings: Omit<ClientSettings, 'credentials'>;
  /** Every secret the scan holds, so that messages from a worker are redacted as the main thread's are. */
  secrets: string[];
}

export interface WorkerTask {
  id: number;
  account: string;
  region: string;
  scope: 'region' | 'global';
  credentials: Credentials;
}

export type WorkerMessage =
  | { type: 'page'; id: number; resources: number }
  | { type: 'restart'; id: number; reason: string }
  /** `listed`: how many records the region listed (resources and unreadable ones, before repeats were merged). */
  /** The conversion as JSON text: one string crosses threads for less than the objects it holds. */
  | { type: 'read'; id: number; conversion: string; listed: number; pages: number; retries: number; restarts: number }
  | { type: 'failed'; id: number; failure: SnapshotError; pages: number; retries: number; restarts: number };
