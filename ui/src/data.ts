import type { Analysis } from '../../src/core/report.js';
import type { GraphPayload } from '../../src/render/graph-payload.js';

export interface PageData {
  graph: GraphPayload;
  analysis: Analysis;
}

declare global {
  interface Window {
    /** Set by the HTML export: the page then makes no request at all. */
    __FAULTLINE_DATA__?: PageData;
  }
}

export async function loadPageData(): Promise<PageData> {
  if (window.__FAULTLINE_DATA__) return window.__FAULTLINE_DATA__;
  const [graph, analysis] = await Promise.all([fetchJson<GraphPayload>('/api/graph'), fetchJson<Analysis>('/api/analysis')]);
  return { graph, analysis };
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
