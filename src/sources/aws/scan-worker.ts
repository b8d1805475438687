/**
 * A worker thread of the scan (see scan-in-workers.ts): reads the account-regions
 * it is given, each with the real SDK as in one thread, converts what came back
 * to resources and sends them to the main thread with what reading cost. The
 * SDK's response parsing and request signing are where a scan spends its CPU;
 * here they run beside other workers' instead of one after another.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { taggingClient } from './tagging-client.js';
import { failureOf } from './scan-failure.js';
import { fetchRegion, RegionReadError } from './fetch-region.js';
import { globalResourceTypeFilters } from './global-resources.js';
import { Redactor } from './redact.js';
import { convertRecords, type Conversion } from './to-resources.js';
import type { WorkerInit, WorkerMessage, WorkerTask } from './scan-messages.js';

const port = parentPort!;
const { settings, secrets } = workerData as WorkerInit;
const redactor = new Redactor();
redactor.remember(...secrets);
const send = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (task: WorkerTask) => void read(task));

async function read({ id, account, region, scope, credentials }: WorkerTask): Promise<void> {
  redactor.remember(credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken);
  const client = taggingClient(settings, region, credentials);
  try {
    let converted: Conversion = { resources: [], skipped: [] };
    const fetched = await fetchRegion(client, {
      resourceTypeFilters: scope === 'global' ? globalResourceTypeFilters : undefined,
      onRecords: (mappings) => convertRecords({ account, region, mappings }, converted),
      onPage: (resources) => send({ type: 'page', id, resources }),
      onRestart: (reason) => {
        converted = { resources: [], skipped: [] };
        send({ type: 'restart', id, reason });
      },
    });
    // Unsorted, repeats and all: the main thread's collector keeps the first copy and sorts once.
    send({ type: 'read', id, conversion: JSON.stringify(converted), listed: fetched.listed, pages: fetched.pages, retries: fetched.retries, restarts: fetched.restarts });
  } catch (error) {
    const read = error instanceof RegionReadError ? error : undefined;
    send({ type: 'failed', id, failure: failureOf(account, read?.cause ?? error, redactor, region), pages: read?.pages ?? 0, retries: read?.retries ?? 0, restarts: read?.restarts ?? 0 });
  } finally {
    client.destroy();
  }
}
