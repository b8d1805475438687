import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { starterManifest } from '../starter-manifest.js';

export async function runInit(io: CliIo, invocation: Extract<Invocation, { command: 'init' }>): Promise<number> {
  const file = invocation.manifest;
  // Read first: a catalog that cannot be read leaves no half-made manifest behind.
  const content = invocation.fromCatalog === undefined ? starterManifest : await fromCatalog(invocation.fromCatalog, file);
  let handle;
  try {
    // 'wx' fails if the file exists: creating and checking are one step, so nothing is ever overwritten.
    handle = await open(file, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FaultlineError('E_EXISTS', `${file} already exists and was left as it is; edit it, remove it first, or name another file (faultline init OTHER.yaml)`, { cause: error });
    throw new FaultlineError('E_FILE', `${file}: cannot create (${code ?? 'error'}); check that the folder exists and is writable`, { cause: error });
  }
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
  io.stderr.write(`faultline: wrote ${file}; next: faultline analyze ${file}\n`);
  return exitCodes.ok;
}

/** A folder means every descriptor file below it; a file or a glob is read as given. The entry is written relative to the manifest. */
async function fromCatalog(written: string, manifest: string): Promise<string> {
  // Loaded only here: every command loads init, and the catalog model is large.
  const [{ readCatalogFiles }, { catalogStarter }] = await Promise.all([import('../../sources/backstage/index.js'), import('../catalog-starter.js')]);
  const isFolder = await stat(written).then((info) => info.isDirectory(), () => false);
  const glob = isFolder ? `${written.replace(/\/+$/, '')}/**/*.{yaml,yml}` : written;
  const read = await readCatalogFiles(glob, { base: '.', exclude: [manifest] });
  // Relative to the manifest's folder, absolute or not as written, so the two can move together.
  const relative = path.relative(path.dirname(path.resolve(manifest)), path.resolve(glob)).split(path.sep).join('/') || '.';
  return catalogStarter(read.entities, { files: relative, name: path.basename(path.dirname(path.resolve(manifest))) || 'my-company' });
}
