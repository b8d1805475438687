/**
 * `faultline export`: reports to files. `md` is the leadership brief for wikis and
 * pull requests, `json` the analysis, `graphml` the dependency graph.
 */
import { analyze } from '../../core/analyze.js';
import { buildBrief } from '../../core/brief.js';
import { renderGraphml } from '../../render/graphml.js';
import { renderJson } from '../../render/json.js';
import { renderBriefMarkdown } from '../../render/markdown.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { emit } from './emit.js';
import { loadForCommand, partialInventoryError } from './load.js';

export async function runExport(io: CliIo, { options }: Extract<Invocation, { command: 'export' }>): Promise<number> {
  const loaded = await loadForCommand(io, options.manifest, options.maxAgeMs);
  const partial = partialInventoryError(loaded, options.allowPartial);
  if (partial) throw partial;
  const analysis = analyze(loaded.prepared);
  const content =
    options.format === 'json'
      ? renderJson(analysis)
      : options.format === 'graphml'
        ? renderGraphml(loaded.prepared.graph)
        : renderBriefMarkdown(buildBrief(loaded.prepared, analysis));
  await emit(io, content, options.out, loaded.inputs);
  return exitCodes.ok;
}
