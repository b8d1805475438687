/**
 * Reads catalog descriptor files as Backstage reads them: the files a glob names,
 * several entities per file, each checked with `@backstage/catalog-model`, and
 * `Location` entities followed to their targets (`spec.target`, `spec.targets`:
 * https://backstage.io/docs/features/software-catalog/descriptor-format#kind-location).
 * A target is relative to the file that names it and may be a glob. A URL target is
 * read only when the entry allows it (`allowUrls: true`): faultline does not reach
 * out to the network unasked. Invalid entities are bad input (one line each: file,
 * line, entity, problem; exit 2); a target that cannot be read, or a URL not allowed,
 * makes the inventory partial, never silently smaller.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { SnapshotError } from '../../core/inventory.js';
import { expandGlob, type GlobOptions } from '../glob.js';
import { readText } from '../read-text.js';
import { InputError, type Located } from '../source-error.js';
import type { CatalogEntity } from './read-catalog.js';
import { readDescriptors } from './read-descriptors.js';
import { validateEntity } from './validate-entity.js';

export interface ReadCatalogFilesOptions {
  /** The manifest's folder: the glob is relative to it. */
  base: string;
  /** Read Location targets that are URLs (otherwise they make the inventory partial). */
  allowUrls?: boolean;
  /** Files never read as catalog files: the manifest, when a glob beside it would name it. */
  exclude?: readonly string[];
}

export interface CatalogFiles {
  entities: CatalogEntity[];
  /** Parts that could not be read: the inventory is partial when there are any. */
  errors: SnapshotError[];
  /** The newest modification time of the files read, ISO 8601. */
  writtenAt: string;
  /** Every file and URL read, in the order read. */
  read: string[];
  /** Files a glob named that are faultline manifests, not catalog files (a catalog folder often holds one): passed over. */
  manifests: string[];
}

const urlForm = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A catalog glob passes over `node_modules` and dot-folders (`.git`, `.github`): what they hold belongs to dependencies and tools, not to the catalog. */
const catalogGlob: GlobOptions = { skipHidden: true };

/** The catalog glob, with each folder it cannot list kept as an error: the catalog is then partial. */
function listing(errors: SnapshotError[]): GlobOptions {
  return { ...catalogGlob, onUnreadable: (folder, reason) => errors.push({ code: 'Unreadable', message: `cannot list the folder ${folder} (${reason}): the descriptor files in it were not read` }) };
}

export async function readCatalogFiles(pattern: string, options: ReadCatalogFilesOptions): Promise<CatalogFiles> {
  const excluded = new Set((options.exclude ?? []).map((file) => path.resolve(file)));
  const errors: SnapshotError[] = [];
  const first = (await expandGlob(pattern, options.base, listing(errors))).filter((file) => !excluded.has(path.resolve(file)));
  if (first.length === 0) {
    throw new InputError('E_INVENTORY', [{ file: path.isAbsolute(pattern) ? pattern : path.join(options.base, pattern), message: 'no catalog file matches this glob', fix: 'check the path (it is relative to the manifest), e.g. catalog/**/*.yaml' }]);
  }
  const queue = [...first];
  const seen = new Set([...queue, ...excluded]);
  const entities: CatalogEntity[] = [];
  const problems: Located[] = [];
  const read: string[] = [];
  const manifests: string[] = [];
  let newest = 0;
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head]!;
    const isUrl = urlForm.test(file);
    const text = isUrl ? await readUrl(file, errors) : await readFile(file, errors);
    if (text === undefined) continue;
    read.push(file);
    if (!isUrl) newest = Math.max(newest, await stat(file).then((info) => info.mtimeMs, () => 0));
    const descriptors = readDescriptors(text, file);
    if (isFaultlineManifest(descriptors[0]?.data)) {
      manifests.push(file);
      continue;
    }
    for (const [index, { data, line }] of descriptors.entries()) {
      const checked = await validateEntity(data);
      if (!checked.ok) {
        problems.push({ file, line, col: 1, message: `${nameOf(data, index)}: ${checked.problem}`, fix: 'make the entity valid for the catalog (see Backstage\'s descriptor format)' });
        continue;
      }
      const { entity } = checked;
      if (entity.kind.toLocaleLowerCase('en-US') !== 'location') {
        entities.push({ entity, file, line });
        continue;
      }
      const spec = (entity.spec ?? {}) as { target?: string; targets?: string[] };
      for (const target of [...(spec.target === undefined ? [] : [spec.target]), ...(spec.targets ?? [])]) {
        const next = await locate(target, file, isUrl, options.allowUrls === true, { errors, problems, line, name: nameOf(entity, index) });
        for (const found of next) {
          if (seen.has(found) || excluded.has(path.resolve(found))) continue;
          seen.add(found);
          queue.push(found);
        }
      }
    }
  }
  if (problems.length > 0) throw new InputError('E_INVENTORY', problems);
  return { entities, errors, writtenAt: new Date(newest).toISOString(), read, manifests };
}

/** A faultline manifest (`version`, and what it audits), which no catalog entity is: it has neither `apiVersion` nor `kind`. */
function isFaultlineManifest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = data as Record<string, unknown>;
  return keys.apiVersion === undefined && keys.kind === undefined && keys.version !== undefined && (keys.capabilities !== undefined || keys.components !== undefined || keys.inventory !== undefined);
}

/** Where a Location target leads: files (a glob may name several), a URL, or nothing with a reason. */
async function locate(target: string, from: string, fromUrl: boolean, allowUrls: boolean, report: { errors: SnapshotError[]; problems: Located[]; line: number; name: string }): Promise<string[]> {
  if (urlForm.test(target) || fromUrl) {
    const url = fromUrl ? new URL(target, from).href : target;
    if (!allowUrls) {
      report.errors.push({ code: 'UrlNotAllowed', message: `${from}:${report.line} ${report.name}: the target ${url} is a URL, which is read only with \`allowUrls: true\` on the backstage entry` });
      return [];
    }
    return [url];
  }
  if (path.isAbsolute(target)) {
    report.problems.push({ file: from, line: report.line, col: 1, message: `${report.name}: the target ${target} is an absolute path`, fix: 'write the target relative to this file, as Backstage reads it (./components/*.yaml)' });
    return [];
  }
  const files = await expandGlob(target, path.dirname(from), listing(report.errors));
  if (files.length === 0) report.errors.push({ code: 'NotFound', message: `${from}:${report.line} ${report.name}: no file matches the target ${target}` });
  return files;
}

async function readFile(file: string, errors: SnapshotError[]): Promise<string | undefined> {
  const read = await readText(file);
  if (read.ok) return read.text;
  errors.push({ code: 'Unreadable', message: `${file}: ${read.reason}` });
  return undefined;
}

async function readUrl(url: string, errors: SnapshotError[]): Promise<string | undefined> {
  try {
    const answer = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (answer.ok) return await answer.text();
    errors.push({ code: `HTTP${answer.status}`, message: `${url}: the server answered HTTP ${answer.status}` });
  } catch (error) {
    errors.push({ code: 'Unreachable', message: `${url}: ${(error as Error).message}` });
  }
  return undefined;
}

/** An entity named as well as it can be before it is known to be valid. */
function nameOf(data: unknown, index: number): string {
  const entity = data as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
  const kind = typeof entity?.kind === 'string' ? entity.kind.toLocaleLowerCase('en-US') : undefined;
  const name = typeof entity?.metadata?.name === 'string' ? entity.metadata.name : undefined;
  if (kind === undefined || name === undefined) return `the entity in document ${index + 1}`;
  const namespace = typeof entity?.metadata?.namespace === 'string' ? entity.metadata.namespace : 'default';
  return `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
}
