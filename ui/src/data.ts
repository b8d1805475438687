import type { Analysis } from '../../src/core/report.js';
import type { LabelledTrend } from '../../src/core/trend.js';
import type { GraphPayload } from '../../src/render/graph-payload.js';

export interface PageData {
  graph: GraphPayload;
  analysis: Analysis;
  /** From `serve --baseline`; the HTML export says it in its brief instead. */
  trend?: LabelledTrend;
}

declare global {
  interface Window {
    /** Set by the HTML export: the page then makes no request at all. */
    __FAULTLINE_DATA__?: PageData;
  }
}

export async function loadPageData(): Promise<PageData> {
  if (window.__FAULTLINE_DATA__) return window.__FAULTLINE_DATA__;
  // The HTML export embeds its data as JSON that never runs: the file makes no request.
  const embedded = document.getElementById('faultline-data');
  if (embedded?.textContent) return JSON.parse(embedded.textContent) as PageData;
  const [graph, analysis, trend] = await Promise.all([fetchJson<GraphPayload>('/api/graph'), fetchJson<Analysis>('/api/analysis'), fetchTrend()]);
  return { graph, analysis, ...(trend !== undefined && { trend }) };
}

/** The trend, when the server was given a baseline (null when it was not). */
async function fetchTrend(): Promise<PageData['trend']> {
  return (await fetchJson<PageData['trend'] | null>('/api/trend')) ?? undefined;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
