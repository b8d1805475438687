// Child process: the whole analyze (load, graph, every analysis) on one estate.
import { performance } from 'node:perf_hooks';
import { loadModel, prepare, analyze } from '../dist/index.js';

const manifest = process.argv[2];
const started = performance.now();
const loaded = await loadModel(manifest);
const loadedAt = performance.now();
const prepared = prepare(loaded.model);
const preparedAt = performance.now();
const analysis = analyze(prepared, { maxOrder: 2 });
const done = performance.now();
process.stdout.write(JSON.stringify({
  totalMs: done - started,
  loadMs: loadedAt - started,
  graphMs: preparedAt - loadedAt,
  analysisMs: done - preparedAt,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  nodes: prepared.index.size,
  findings: analysis.findings.length,
}));
