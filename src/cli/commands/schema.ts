import { toJsonSchema } from '../../core/manifest/schema.js';
import { renderJson } from '../../render/json.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { emit } from './emit.js';

export async function runSchema(io: CliIo, invocation: Extract<Invocation, { command: 'schema' }>): Promise<number> {
  await emit(io, renderJson(toJsonSchema()), invocation.out, []);
  return exitCodes.ok;
}
