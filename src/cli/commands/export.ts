/**
 * `faultline export`: reports to files. `html` is the brief with the explorer in
 * one offline file, `pdf` that page printed, `md` the brief for wikis and pull
 * requests, `json` the analysis, `graphml` the dependency graph. `--baseline`
 * adds the trend to the brief.
 */
import { analyze } from '../../core/analyze.js';
import { buildBrief } from '../../core/brief.js';
import { FaultlineError } from '../../core/errors.js';
import { applicableScenarios, scenarioChoices, type NamedScenario, type ScenarioChoice } from '../../core/named-scenario.js';
import { trendSince } from '../../core/trend.js';
import { knowledge } from '../../knowledge/index.js';
import { readBaseline } from '../../sources/read-baseline.js';
import { renderGraphml } from '../../render/graphml.js';
import { renderJson } from '../../render/json.js';
import { renderBriefMarkdown } from '../../render/markdown.js';
import { renderHtmlReport, type PageAssets } from '../../render/html-report.js';
import { collapseGraph, fullGraphPayload, isLarge, type GraphPayload } from '../../render/graph-payload.js';
import { packComponents } from '../../render/packed-components.js';
import { loadUiAssets } from '../../server/ui-assets.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { emit } from './emit.js';
import { writePdf } from '../print-pdf.js';
import { loadCompleteForCommand, type Loaded } from './load.js';
import type { Analysis } from '../../core/report.js';

type ExportOptions = Extract<Invocation, { command: 'export' }>['options'];

export async function runExport(io: CliIo, { options }: Extract<Invocation, { command: 'export' }>): Promise<number> {
  if (options.baseline !== undefined && options.format === 'graphml') {
    throw new FaultlineError('E_USAGE', '--baseline adds the trend to the brief or the analysis; use it with --format html, pdf, md or json (not graphml)');
  }
  // A baseline that cannot be used fails before the estate is read.
  const baseline = options.baseline === undefined ? undefined : { label: options.baseline, baseline: await readBaseline(options.baseline) };
  const loaded = await loadCompleteForCommand(io, options);
  const analysis = analyze(loaded.prepared);
  const brief = (scenarios: readonly NamedScenario[]) => buildBrief(loaded.prepared, analysis, { scenarios, ...(baseline !== undefined && { baseline }) });
  // The brief tells the named outages, and the explorer offers to replay them: resolved once.
  const htmlReport = async () => {
    const scenarios = applicableScenarios(loaded.prepared, knowledge);
    return renderHtmlReport({ brief: brief(scenarios), analysis, graph: explorerGraph(loaded, analysis, scenarioChoices(scenarios), options), assets: await loadPageAssets() });
  };
  if (options.format === 'pdf') {
    const html = await htmlReport();
    const out = options.out ?? 'faultline-report.pdf';
    await writePdf(html, out, options.chromium ?? process.env.FAULTLINE_CHROMIUM ?? '/usr/bin/chromium', inputsOf(loaded, options), io.stdout);
    if (out !== '-') io.stderr.write(`faultline: wrote ${out}\n`);
    return exitCodes.ok;
  }
  const content =
    options.format === 'json'
      ? renderJson(baseline === undefined ? analysis : { ...analysis, trend: trendSince(loaded.prepared, analysis, baseline) })
      : options.format === 'graphml'
        ? renderGraphml(loaded.prepared.graph)
        : options.format === 'html'
          ? await htmlReport()
          : renderBriefMarkdown(brief(applicableScenarios(loaded.prepared, knowledge)));
  await emit(io, content, options.out, inputsOf(loaded, options));
  return exitCodes.ok;
}

/** Files the report must never be written over. */
function inputsOf(loaded: Loaded, options: ExportOptions): string[] {
  return options.baseline === undefined ? loaded.inputs : [...loaded.inputs, options.baseline];
}

/**
 * The offline report's explorer: the whole model, so it simulates in the page. A
 * large estate's explorer starts collapsed, as the server's does, and carries its
 * components packed.
 */
function explorerGraph(loaded: Loaded, analysis: Analysis, scenarios: ScenarioChoice[], options: ExportOptions): GraphPayload {
  const full = fullGraphPayload(loaded.model, analysis, scenarios);
  // The page folds the resources again from the packed components (the same collapseGraph), so the bundles need not travel.
  return isLarge(loaded.model, options) ? { ...collapseGraph(full), bundles: undefined, packed: packComponents(loaded.model.components) } : full;
}

async function loadPageAssets(): Promise<PageAssets> {
  const assets = await loadUiAssets();
  const text = (path: string) => String(assets.get(path)!.body);
  return { html: text('/'), script: text('/assets/app.js'), style: text('/assets/app.css') };
}
