import { open } from 'node:fs/promises';
import { FaultlineError } from '../../core/errors.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { starterManifest } from '../starter-manifest.js';

export async function runInit(io: CliIo, invocation: Extract<Invocation, { command: 'init' }>): Promise<number> {
  const file = invocation.manifest;
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
    await handle.writeFile(starterManifest, 'utf8');
  } finally {
    await handle.close();
  }
  io.stderr.write(`faultline: wrote ${file}; next: faultline analyze ${file}\n`);
  return exitCodes.ok;
}
