/**
 * `faultline export`: reports to files. `html` is the brief with the explorer in
 * one offline file, `md` the brief for wikis and pull requests, `json` the
 * analysis, `graphml` the dependency graph.
 */
import { analyze } from '../../core/analyze.js';
import { buildBrief } from '../../core/brief.js';
import { renderGraphml } from '../../render/graphml.js';
import { renderJson } from '../../render/json.js';
import { renderBriefMarkdown } from '../../render/markdown.js';
import { renderHtmlReport, type PageAssets } from '../../render/html-report.js';
import { fullGraphPayload } from '../../render/graph-payload.js';
import { loadUiAssets } from '../../server/ui-assets.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { emit } from './emit.js';
import { writePdf } from '../print-pdf.js';
import { loadCompleteForCommand, type Loaded } from './load.js';
import type { Analysis } from '../../core/report.js';

export async function runExport(io: CliIo, { options }: Extract<Invocation, { command: 'export' }>): Promise<number> {
  const loaded = await loadCompleteForCommand(io, options);
  const analysis = analyze(loaded.prepared);
  if (options.format === 'pdf') {
    const html = await htmlReport(loaded, analysis);
    const out = options.out ?? 'faultline-report.pdf';
    await writePdf(html, out, options.chromium ?? process.env.FAULTLINE_CHROMIUM ?? '/usr/bin/chromium', loaded.inputs);
    io.stderr.write(`faultline: wrote ${out}\n`);
    return exitCodes.ok;
  }
  const content =
    options.format === 'json'
      ? renderJson(analysis)
      : options.format === 'graphml'
        ? renderGraphml(loaded.prepared.graph)
        : options.format === 'html'
          ? await htmlReport(loaded, analysis)
          : renderBriefMarkdown(buildBrief(loaded.prepared, analysis));
  await emit(io, content, options.out, loaded.inputs);
  return exitCodes.ok;
}

/** The offline report: the brief, and the explorer with the whole model so it simulates in the page. */
async function htmlReport(loaded: Loaded, analysis: Analysis): Promise<string> {
  return renderHtmlReport({ brief: buildBrief(loaded.prepared, analysis), analysis, graph: fullGraphPayload(loaded.model, analysis), assets: await loadPageAssets() });
}

async function loadPageAssets(): Promise<PageAssets> {
  const assets = await loadUiAssets();
  const text = (path: string) => String(assets.get(path)!.body);
  return { html: text('/'), script: text('/assets/app.js'), style: text('/assets/app.css') };
}
