/**
 * A `backstage` inventory entry read into a snapshot: descriptor files (a glob beside
 * the manifest) or a running catalog (its REST API, with a token from the environment,
 * never from the manifest). What could not be read makes the snapshot partial, with why.
 */
import path from 'node:path';
import { InputError } from '../source-error.js';
import { fetchCatalog } from './fetch-catalog.js';
import { readCatalog, type CatalogReading, type ReadCatalogOptions } from './read-catalog.js';
import { readCatalogFiles } from './read-catalog-files.js';

export type BackstageEntry = { files: string; allowUrls?: boolean | undefined } | { url: string; token?: string | undefined };

export interface LoadCatalogOptions {
  /** The manifest's folder. */
  base: string;
  /** The environment a `token: env:NAME` is read from. */
  env: Readonly<Record<string, string | undefined>>;
  /** The manifest, to name in a message about the entry. */
  manifest: string;
  /** Checks a region an entity's annotation names (see readCatalog). */
  checkRegion?: ReadCatalogOptions['checkRegion'];
}

export async function loadCatalog(entry: BackstageEntry, options: LoadCatalogOptions): Promise<CatalogReading> {
  if ('files' in entry) {
    const files = await readCatalogFiles(entry.files, { base: options.base, exclude: [options.manifest], ...(entry.allowUrls !== undefined && { allowUrls: entry.allowUrls }) });
    const reading = readCatalog(files.entities, { label: path.join(options.base, entry.files), writtenAt: files.writtenAt, ...(options.checkRegion !== undefined && { checkRegion: options.checkRegion }) });
    reading.snapshot.read = files.read.filter((file) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(file));
    if (files.errors.length > 0) Object.assign(reading.snapshot, { partial: true, errors: files.errors });
    return reading;
  }
  const token = entry.token === undefined ? undefined : tokenFrom(entry.token, options);
  const fetched = await fetchCatalog(entry.url, token === undefined ? {} : { token });
  const reading = readCatalog(fetched.entities, { label: entry.url, writtenAt: fetched.ok ? fetched.readAt : new Date(0).toISOString(), ...(options.checkRegion !== undefined && { checkRegion: options.checkRegion }) });
  reading.snapshot.read = [];
  if (!fetched.ok) Object.assign(reading.snapshot, { partial: true, errors: [{ code: fetched.code, message: fetched.message }] });
  return reading;
}

/** `env:BACKSTAGE_TOKEN` -> the variable's value; a variable that is not set is a usage error. */
function tokenFrom(written: string, options: LoadCatalogOptions): string {
  const name = written.slice('env:'.length);
  const value = options.env[name];
  if (value === undefined || value === '') {
    throw new InputError('E_INVENTORY', [{ file: options.manifest, message: `the catalog token is read from the environment variable ${name}, which is not set`, fix: `export ${name}=<a Backstage token> before running faultline` }]);
  }
  return value;
}
