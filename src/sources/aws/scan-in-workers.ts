/**
 * Reads account-regions on worker threads (node:worker_threads), so that the
 * SDK's CPU work (parsing responses, signing requests) runs on every core while
 * the main thread keeps the one progress view and the one snapshot. Tasks go out
 * one at a time to the worker with the fewest in flight, up to the concurrency
 * shared between them, so a region with many pages never holds back the others.
 * Each task carries plain credentials (a provider function cannot cross threads),
 * resolved here as it goes out: an assumed role's provider renews them when they
 * near expiry, so a long scan never hands a worker stale ones.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SnapshotError } from '../../core/inventory.js';
import type { ClientSettings, CredentialProvider, Credentials } from './client-config.js';
import type { WorkerInit, WorkerMessage } from './scan-messages.js';
import type { Conversion } from './to-resources.js';

export interface ScanTask {
  account: string;
  region: string;
  scope: 'region' | 'global';
  credentials: Credentials | CredentialProvider;
}

export interface ReadCost {
  pages: number;
  retries: number;
  restarts: number;
}

export interface TaskListener {
  start(task: ScanTask): void;
  page(task: ScanTask, resources: number): void;
  restart(task: ScanTask, reason: string): void;
  read(task: ScanTask, conversion: Conversion, listed: number, cost: ReadCost): void;
  failed(task: ScanTask, failure: SnapshotError | { error: unknown }, cost: ReadCost): void;
}

export interface WorkerPoolOptions {
  workers: number;
  concurrency: number;
  settings: ClientSettings;
  secrets: string[];
}

const workerEntry = new URL('./scan-worker.js', import.meta.url);

/** Whether the compiled worker is there to start (it is not when running from the TypeScript sources). */
export function canScanInWorkers(): boolean {
  return existsSync(fileURLToPath(workerEntry));
}

export async function scanInWorkers(tasks: readonly ScanTask[], options: WorkerPoolOptions, listener: TaskListener): Promise<void> {
  if (tasks.length === 0) return;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { credentials: _, ...settings } = options.settings;
  const init: WorkerInit = { settings, secrets: options.secrets };
  const count = Math.max(1, Math.min(options.workers, tasks.length));
  const perWorker = Math.max(1, Math.ceil(options.concurrency / count));
  const workers = Array.from({ length: count }, () => new Worker(workerEntry, { workerData: init }));
  const load = new Int32Array(count);
  const alive = new Uint8Array(count).fill(1);
  const owner = new Map<number, number>();
  const settledTasks = new Uint8Array(tasks.length);
  let next = 0;
  let settled = 0;

  await new Promise<void>((resolve) => {
    const settle = (id: number) => {
      settledTasks[id] = 1;
      owner.delete(id);
      if (++settled === tasks.length) resolve();
      else dispatch();
    };
    const dispatch = () => {
      while (next < tasks.length) {
        let best = -1;
        for (let w = 0; w < count; w++) if (alive[w] && load[w]! < perWorker && (best < 0 || load[w]! < load[best]!)) best = w;
        if (best < 0) {
          // Every worker has failed: what is left cannot be read.
          if (!alive.some((a) => a === 1)) for (; next < tasks.length; next++) failTask(next, { error: new Error('no scan worker left to read it') });
          return;
        }
        const id = next++;
        const task = tasks[id]!;
        listener.start(task);
        load[best]!++;
        owner.set(id, best);
        const worker = best;
        plainCredentials(task.credentials).then(
          (credentials) => workers[worker]!.postMessage({ id, account: task.account, region: task.region, scope: task.scope, credentials }),
          (error: unknown) => {
            load[worker]!--;
            failTask(id, { error });
          },
        );
      }
    };
    const failTask = (id: number, failure: SnapshotError | { error: unknown }) => {
      if (settledTasks[id]) return;
      listener.failed(tasks[id]!, failure, { pages: 0, retries: 0, restarts: 0 });
      settle(id);
    };
    workers.forEach((worker, w) => {
      worker.on('message', (message: WorkerMessage) => {
        const task = tasks[message.id]!;
        if (settledTasks[message.id]) return;
        if (message.type === 'page') listener.page(task, message.resources);
        else if (message.type === 'restart') listener.restart(task, message.reason);
        else {
          load[w]!--;
          const cost = { pages: message.pages, retries: message.retries, restarts: message.restarts };
          if (message.type === 'read') listener.read(task, JSON.parse(message.conversion) as Conversion, message.listed, cost);
          else listener.failed(task, message.failure, cost);
          settle(message.id);
        }
      });
      // A worker that dies takes its regions with it: each is a failure, never a silent gap.
      worker.on('error', (error) => {
        alive[w] = 0;
        for (const [id, at] of [...owner]) if (at === w) failTask(id, { error });
      });
    });
    dispatch();
  });
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/** Credentials as plain data, whatever provides them. */
async function plainCredentials(source: ScanTask['credentials']): Promise<Credentials> {
  const { accessKeyId, secretAccessKey, sessionToken, expiration } = typeof source === 'function' ? await source() : source;
  return { accessKeyId, secretAccessKey, ...(sessionToken !== undefined && { sessionToken }), ...(expiration !== undefined && { expiration }) };
}
