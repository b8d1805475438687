import { countOf } from '../../core/count-words.js';
import { analyze } from '../../core/analyze.js';
import { severityRank, type Severity } from '../../core/report.js';
import { renderJson } from '../../render/json.js';
import { renderAnalysisText } from '../../render/text.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import { textOptions, type CliIo } from '../io.js';
import { emit } from './emit.js';
import { loadForCommand, reportPartialInventory } from './load.js';

export async function runAnalyze(io: CliIo, { options }: Extract<Invocation, { command: 'analyze' }>): Promise<number> {
  const loaded = await loadForCommand(io, options);
  const analysis = analyze(loaded.prepared, { maxOrder: options.maxOrder });
  const content = options.format === 'json' ? renderJson(analysis) : renderAnalysisText(analysis, textOptions(io, options.out));
  await emit(io, content, options.out, loaded.inputs);
  const partial = reportPartialInventory(io, loaded, options.allowPartial);
  if (partial) throw partial;
  if (options.failOn !== undefined) {
    const bar = severityRank(options.failOn as Severity);
    const failing = analysis.findings.filter((finding) => severityRank(finding.severity) >= bar);
    if (failing.length > 0) {
      io.stderr.write(`faultline: ${countOf(failing.length, 'finding')} at or above ${options.failOn}\n`);
      return exitCodes.gateFailed;
    }
  }
  return exitCodes.ok;
}
