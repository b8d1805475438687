import { readFile } from 'node:fs/promises';
import type { Asset } from './create-app.js';

const files: ReadonlyArray<[path: string, file: string, type: string]> = [
  ['/', 'index.html', 'text/html; charset=utf-8'],
  ['/assets/app.js', 'app.js', 'text/javascript; charset=utf-8'],
  ['/assets/app.css', 'app.css', 'text/css; charset=utf-8'],
];

/** The built UI (dist/ui), read once: the server only ever serves these paths. */
export async function loadUiAssets(folder: URL = new URL('../../dist/ui/', import.meta.url)): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const [path, file, type] of files) assets.set(path, { body: await readFile(new URL(file, folder), 'utf8'), type });
  return assets;
}
