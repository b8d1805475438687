/**
 * The HTML export: one file that opens anywhere, offline. The brief on top (as
 * escaped text), the interactive explorer below (the report page's own script and
 * stylesheet inlined), the data embedded as JSON that never runs. A
 * Content-Security-Policy in the file forbids any request and any script it did
 * not bring.
 */
import { outageCounts, type Brief } from '../core/brief.js';
import type { Analysis } from '../core/report.js';
import type { GraphPayload } from './graph-payload.js';
import { escapeXml } from './escape-xml.js';
import { outageRows, riskFixes, spofText, trendLines } from './brief-text.js';
import { wholePercents } from './whole-percents.js';
import { countOf, verb } from '../core/count-words.js';

export interface PageAssets {
  html: string;
  script: string;
  style: string;
}

export function renderHtmlReport(input: { brief: Brief; analysis: Analysis; graph: GraphPayload; assets: PageAssets }): string {
  const { brief, assets } = input;
  const data = JSON.stringify({ graph: input.graph, analysis: input.analysis }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
  const briefHtml = renderBriefHtml(brief);
  return assets.html
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
    .replace('<link rel="stylesheet" href="/assets/app.css" />', () => `<style>${assets.style}\n${briefStyle}</style>`)
    .replace('<header>', () => `${briefHtml}\n    <header>`)
    .replace('<script src="/assets/app.js"></script>', () => `<script type="application/json" id="faultline-data">${data}</script>\n    <script>${assets.script.replace(/<\/script/gi, '<\\/script')}</script>`);
}

function renderBriefHtml(brief: Brief): string {
  const parts = [`<section id="brief"><h1>${escapeXml(brief.name)}: resilience brief</h1><p><strong>${escapeXml(brief.headline)}</strong></p>`];
  if (brief.trend !== undefined) {
    const trend = trendLines(brief.trend);
    parts.push(`<h2>Since the baseline (${escapeXml(trend.since)})</h2><ul>${trend.summary.map((line) => `<li>${escapeXml(line)}</li>`).join('')}</ul>`);
    for (const list of trend.lists) parts.push(`<h3>${escapeXml(list.title)}</h3><ul>${list.items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`);
  }
  parts.push('<h2>What stops, and why</h2><ul>');
  for (const capability of brief.capabilities) parts.push(`<li class="${capability.status}">${escapeXml(capability.sentence)}${capability.description === undefined ? '' : ` <em>${escapeXml(capability.description)}</em>`}</li>`);
  parts.push('</ul><h2>If a region, a provider or a known outage strikes</h2>');
  if (brief.outages.length > 0) {
    parts.push('<table class="overview"><tr><th>outage</th><th>capabilities that stop</th><th>still up, with less in reserve</th></tr>');
    for (const outage of brief.outages) {
      const { down, degraded, total } = outageCounts(outage);
      parts.push(`<tr><td>${escapeXml(outage.title)}</td><td>${down} of ${total}</td><td>${degraded}</td></tr>`);
    }
    parts.push('</table>');
  }
  for (const outage of brief.outages) {
    const { down, total } = outageCounts(outage);
    parts.push(`<h3>${escapeXml(outage.title)} — ${down} of ${countOf(total, 'capability')} ${verb(down, 'stops', 'stop')}</h3>`);
    if (outage.summary !== undefined) parts.push(`<p class="summary">${escapeXml(outage.summary)}</p>`);
    parts.push('<table><tr><th>capability</th><th>status</th><th>why</th></tr>');
    const { rows, up } = outageRows(outage);
    for (const capability of rows) parts.push(`<tr class="${escapeXml(capability.status)}"><td>${escapeXml(capability.id)}</td><td>${escapeXml(capability.status)}</td><td>${escapeXml(capability.why)}</td></tr>`);
    if (up > 0) parts.push(`<tr class="up"><td>${up} other capabilities</td><td>up</td><td></td></tr>`);
    parts.push('</table>');
  }
  if (brief.risks.length > 0) {
    parts.push('<h2>Fix first</h2><ol>');
    const fixes = riskFixes(brief.risks);
    brief.risks.forEach((risk, i) => parts.push(`<li><strong>${escapeXml(risk.severity)}</strong> ${escapeXml(risk.message)}<br />${risk.owner !== undefined ? `Owner: ${escapeXml(risk.owner)}${risk.system !== undefined ? ` (${escapeXml(risk.system)})` : ''}<br />` : ''}Fix: ${escapeXml(fixes[i]!)}</li>`));
    parts.push('</ol>');
  }
  if (brief.undeclared !== undefined) {
    parts.push('<h2>What your systems call that nobody wrote down</h2><table><tr><th>caller</th><th>calls</th><th>queries</th><th>first seen</th><th>last seen</th><th>e.g.</th><th>needed by</th></tr>');
    for (const call of brief.undeclared.calls) parts.push(`<tr><td>${escapeXml(call.from)}</td><td>${escapeXml(call.to)}</td><td>${call.count ?? ''}</td><td>${escapeXml(call.firstSeen ?? '')}</td><td>${escapeXml(call.lastSeen ?? '')}</td><td>${escapeXml(call.example ?? '')}</td><td>${escapeXml(call.capability ?? '')}</td></tr>`);
    if (brief.undeclared.more > 0) parts.push(`<tr><td colspan="7">and ${brief.undeclared.more} more (analyze --format json lists them)</td></tr>`);
    parts.push('</table>');
  }
  if (brief.systems !== undefined) {
    parts.push('<h2>Catalog systems</h2><table><tr><th>system</th><th>domain</th><th>members</th><th>owners</th><th>needed by</th><th>alone stop a capability</th></tr>');
    for (const system of brief.systems) parts.push(`<tr><td>${escapeXml(system.system)}</td><td>${escapeXml(system.domain ?? '')}</td><td>${system.members}</td><td>${escapeXml(system.owners.join(', '))}</td><td>${escapeXml(system.capabilities.join(', '))}</td><td>${escapeXml(spofText(system))}</td></tr>`);
    parts.push('</table>');
  }
  if (brief.concentration.length > 0) {
    parts.push('<h2>Concentration</h2><div class="charts">');
    for (const entry of brief.concentration) parts.push(concentrationChart(entry));
    parts.push('</div>');
  }
  parts.push('<h2>Explore</h2><p class="screen-only">Switch regions, providers and vendors off below, or replay a known outage, to see what goes down, and why.</p><p class="print-only">The dependency graph, as the explorer draws it; open the HTML report to switch regions, providers and vendors off and see what goes down.</p></section>');
  return parts.join('');
}

/** One kind's shares as horizontal bars (plain elements, so they print), with HHI and the effective number. */
function concentrationChart(entry: Brief['concentration'][number]): string {
  // The bars are drawn to the exact share; the labels are whole percentages that add up to 100.
  const percents = wholePercents(entry.shares.map((share) => share.share));
  const bars = entry.shares
    .map((share, i) => {
      const width = (share.share * 100).toFixed(1);
      return `<div class="share"><span class="name">${escapeXml(share.name)}</span><span class="track"><span class="fill" style="width: ${width}%"></span></span><span class="percent">${percents[i]}%</span></div>`;
    })
    .join('');
  return `<figure class="chart"><figcaption>By ${escapeXml(entry.kind)}: HHI ${entry.hhi.toFixed(2)}, effectively ${entry.effective.toFixed(1)} ${escapeXml(entry.kind)}${entry.effective.toFixed(1) === '1.0' ? '' : 's'}</figcaption>${bars}</figure>`;
}

const briefStyle = [
  'body { height: auto; display: block; }',
  'main { height: 85vh; }',
  '#brief { padding: 8px 16px; max-width: 1100px; }',
  '#brief h2 { font-size: 20px; margin: 20px 0 6px; } #brief h3 { font-size: 15px; margin: 14px 0 4px; } #brief em { color: #475569; }',
  '#brief table { border-collapse: collapse; margin: 4px 0 12px; }',
  '#brief td, #brief th { border: 1px solid #e2e8f0; padding: 2px 8px; text-align: left; }',
  '#brief tr.down td { background: #fee2e2; } #brief tr.degraded td { background: #fef9c3; }',
  '#brief li.spof { color: #991b1b; } #brief .summary { font-style: italic; color: #475569; }',
  '#brief .charts { display: flex; flex-wrap: wrap; gap: 16px; }',
  '#brief .chart { margin: 0; min-width: 320px; flex: 1; } #brief .chart figcaption { font-weight: 600; margin-bottom: 4px; }',
  '#brief .share { display: grid; grid-template-columns: 12em 1fr 4em; gap: 6px; align-items: center; font-size: 13px; margin: 2px 0; }',
  '#brief .share .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; } #brief .share .percent { text-align: right; }',
  '#brief .track { background: #e2e8f0; height: 10px; display: block; } #brief .fill { background: #2563eb; height: 10px; display: block; }',
  '#brief * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
  '.print-only { display: none; } @media print { .print-only { display: block; } #brief h2 { break-after: avoid; } #brief table, #brief figure { break-inside: avoid; } }',
].join('\n');
