import { toJsonSchema } from '../../core/manifest/schema.js';
import { renderJson } from '../../render/json.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { emit } from './emit.js';
import { checkOutput } from '../write-output.js';
import { writeOwnFile } from '../../sources/write-own-file.js';

export async function runSchema(io: CliIo, invocation: Extract<Invocation, { command: 'schema' }>): Promise<number> {
  const content = renderJson(toJsonSchema());
  const out = invocation.out;
  if (out === undefined || out === '-') {
    await emit(io, content, out, []);
    return exitCodes.ok;
  }
  // Only over a schema it wrote before: never over a manifest or anything else of the user's.
  await checkOutput(out, [], { report: false });
  await writeOwnFile(out, content, { marker: /^\s*\{\s*"\$schema"[^]*"title"\s*:\s*"faultline manifest"/, what: 'faultline manifest schema', fix: 'choose another file' });
  io.stderr.write(`faultline: wrote ${out}\n`);
  return exitCodes.ok;
}
