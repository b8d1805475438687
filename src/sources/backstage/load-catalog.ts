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
import { normaliseRef, type RefReading } from './entity-ref.js';

export type BackstageEntry = ({ files: string; allowUrls?: boolean | undefined } | { url: string; token?: string | undefined }) & {
  /** Systems whose members fail as one, as written in the manifest (`payments`, `system:default/payments`). */
  failsTogether?: readonly string[] | undefined;
};

/** A `failsTogether` entry that names no System of the catalog: its position in the list, what is wrong and what to write. */
export interface EntryProblem {
  index: number;
  message: string;
  fix: string;
}

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

export async function loadCatalog(entry: BackstageEntry, options: LoadCatalogOptions): Promise<CatalogReading & { entryProblems: EntryProblem[] }> {
  const written = entry.failsTogether ?? [];
  const systems = written.map((system) => normaliseRef(system, { defaultKind: 'System' }));
  const shared = {
    ...(options.checkRegion !== undefined && { checkRegion: options.checkRegion }),
    failsTogether: systems.flatMap((reading) => (reading.ok ? [reading.ref] : [])),
  };
  let reading: CatalogReading;
  if ('files' in entry) {
    const files = await readCatalogFiles(entry.files, { base: options.base, exclude: [options.manifest], ...(entry.allowUrls !== undefined && { allowUrls: entry.allowUrls }) });
    reading = readCatalog(files.entities, { label: path.isAbsolute(entry.files) ? entry.files : path.join(options.base, entry.files), writtenAt: files.writtenAt, ...shared });
    reading.snapshot.read = files.read.filter((file) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(file));
    for (const manifest of files.manifests) reading.warnings.push(`${manifest}: a faultline manifest, not a catalog file: passed over`);
    if (files.errors.length > 0) Object.assign(reading.snapshot, { partial: true, errors: files.errors });
  } else {
    const token = entry.token === undefined ? undefined : tokenFrom(entry.token, options);
    const fetched = await fetchCatalog(entry.url, token === undefined ? {} : { token });
    reading = readCatalog(fetched.entities, { label: entry.url, writtenAt: fetched.ok ? fetched.readAt : new Date(0).toISOString(), ...shared });
    reading.snapshot.read = [];
    if (!fetched.ok) Object.assign(reading.snapshot, { partial: true, errors: [{ code: fetched.code, message: fetched.message }] });
  }
  return { ...reading, entryProblems: checkSystems(written, systems, reading) };
}

/**
 * Each `failsTogether` entry must name a System the catalog holds: a typo would leave
 * the members apart without a word. A partial catalog may lack the System; it is then
 * not judged (the partial inventory is the problem to report).
 */
function checkSystems(written: readonly string[], systems: readonly RefReading[], reading: CatalogReading): EntryProblem[] {
  if (reading.snapshot.partial) return [];
  const known = reading.groupings.filter((grouping) => grouping.kind === 'system').map((grouping) => grouping.ref);
  return systems.flatMap((system, index): EntryProblem[] => {
    if (!system.ok) return [{ index, message: system.problem, fix: 'write a System as [system:][namespace/]name, e.g. system:default/payments' }];
    if (known.includes(system.ref)) return [];
    const named = written[index]!;
    return [{ index, message: `${named}${named === system.ref ? '' : ` (${system.ref})`} is no System of this catalog`, fix: known.length === 0 ? 'the catalog has no System entity: remove the entry, or add the System' : `name one of: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', ...' : ''}` }];
  });
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
