import { rules } from '../../core/rules/registry.js';
import { renderJson } from '../../render/json.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';

export function runRules(io: CliIo, invocation: Extract<Invocation, { command: 'rules' }>): number {
  const metas = rules.map((rule) => rule.meta);
  if (invocation.format === 'json') io.stdout.write(renderJson(metas));
  else io.stdout.write(metas.map((meta) => `${meta.id} (${meta.severity})\n  ${meta.title}\n  why: ${meta.why}\n  fix: ${meta.fix}\n`).join('\n'));
  return exitCodes.ok;
}
