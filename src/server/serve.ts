/**
 * Binds the report app to a socket: 127.0.0.1 unless told otherwise, port 0 for
 * any free port. With `watch`, the manifest and snapshots are watched and the
 * state is rebuilt when they change; a broken edit keeps the last good state.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { Model } from '../core/model.js';
import type { LabelledBaseline } from '../core/trend.js';
import { createApp, type Asset } from './create-app.js';
import { buildServerState } from './server-state.js';

export interface ServeOptions {
  host: string;
  port: number;
  assets: ReadonlyMap<string, Asset>;
  /** The model, the files it came from (watched with `watch`), and a baseline for the trend. */
  load: () => Promise<{ model: Model; inputs: string[]; baseline?: LabelledBaseline }>;
  watch?: boolean;
  /** Bundle scanned resources in the page above this many components. */
  collapseAbove?: number;
  onReload?: (outcome: { ok: true } | { ok: false; error: unknown }) => void;
  /** Where internal errors are logged (details the page is told are in the log). */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const stateOf = ({ model, baseline }: Awaited<ReturnType<ServeOptions['load']>>) =>
    buildServerState(model, { ...(options.collapseAbove !== undefined && { collapseAbove: options.collapseAbove }), ...(baseline !== undefined && { baseline }) });
  const first = await options.load();
  let state = stateOf(first);
  const app = createApp({ state: () => state, assets: options.assets, host: options.host, ...(options.log !== undefined && { log: options.log }) });
  const server: ServerType = await new Promise((resolve, reject) => {
    const started = serveNode({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(started));
    // A taken port or a host that is not ours arrives as an error event, not an exception.
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  const watchers: FSWatcher[] = [];
  if (options.watch) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        try {
          state = stateOf(await options.load());
          options.onReload?.({ ok: true });
        } catch (error) {
          options.onReload?.({ ok: false, error });
        }
      }, 150);
    };
    // The folders, not the files: editors, `git checkout` and `mv` save by writing a
    // new file and renaming it over the old one, and a watch on the old file would
    // go quiet for good. A folder's watch sees writes, renames and deletions alike.
    const byFolder = new Map<string, Set<string>>();
    for (const file of first.inputs) {
      const folder = path.dirname(path.resolve(file));
      byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(path.basename(file)));
    }
    for (const [folder, names] of byFolder) {
      watchers.push(watch(folder, (_event, name) => {
        if (name === null || names.has(name.toString())) reload();
      }));
    }
  }
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        for (const watcher of watchers) watcher.close();
        server.close(() => resolve());
      }),
  };
}
