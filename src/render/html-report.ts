/**
 * The HTML export: one file that opens anywhere, offline. The brief on top (as
 * escaped text), the interactive explorer below (the report page's own script and
 * stylesheet inlined), the data embedded as JSON that never runs. A
 * Content-Security-Policy in the file forbids any request and any script it did
 * not bring.
 */
import type { Brief } from '../core/brief.js';
import type { Analysis } from '../core/report.js';
import type { GraphPayload } from './graph-payload.js';
import { escapeXml } from './escape-xml.js';

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
    .replace('<link rel="stylesheet" href="/assets/app.css" />', () => `<style>${assets.style}\nbody { height: auto; display: block; } main { height: 85vh; } #brief { padding: 8px 16px; max-width: 1100px; } #brief table { border-collapse: collapse; margin: 4px 0 12px; } #brief td, #brief th { border: 1px solid #e2e8f0; padding: 2px 8px; text-align: left; }</style>`)
    .replace('<header>', () => `${briefHtml}\n    <header>`)
    .replace('<script src="/assets/app.js"></script>', () => `<script type="application/json" id="faultline-data">${data}</script>\n    <script>${assets.script.replace(/<\/script/gi, '<\\/script')}</script>`);
}

function renderBriefHtml(brief: Brief): string {
  const parts = [`<section id="brief"><h1>${escapeXml(brief.name)}: resilience brief</h1><p><strong>${escapeXml(brief.headline)}</strong></p><h2>What stops, and why</h2><ul>`];
  for (const capability of brief.capabilities) parts.push(`<li>${escapeXml(capability.sentence)}</li>`);
  parts.push('</ul><h2>If a region or provider fails</h2>');
  for (const outage of brief.outages) {
    parts.push(`<h3>${escapeXml(outage.title)}</h3><table><tr><th>capability</th><th>status</th><th>why</th></tr>`);
    for (const capability of outage.capabilities) parts.push(`<tr><td>${escapeXml(capability.id)}</td><td>${escapeXml(capability.status)}</td><td>${escapeXml(capability.why)}</td></tr>`);
    parts.push('</table>');
  }
  if (brief.risks.length > 0) {
    parts.push('<h2>Fix first</h2><ol>');
    for (const risk of brief.risks) parts.push(`<li><strong>${escapeXml(risk.severity)}</strong> ${escapeXml(risk.message)}<br />Fix: ${escapeXml(risk.fix)}</li>`);
    parts.push('</ol>');
  }
  parts.push('<h2>Concentration</h2><table><tr><th>kind</th><th>largest</th><th>share</th><th>HHI</th></tr>');
  for (const entry of brief.concentration) parts.push(`<tr><td>${escapeXml(entry.kind)}</td><td>${escapeXml(entry.largest)}</td><td>${Math.round(entry.share * 100)}%</td><td>${entry.hhi.toFixed(2)}</td></tr>`);
  parts.push('</table><h2>Explore</h2><p>Switch regions, providers and vendors off below to see what goes down, and why.</p></section>');
  return parts.join('');
}

