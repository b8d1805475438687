/**
 * `npm run bench:cycles`: analyze on the shapes that used to cost more than their
 * size, each against its acyclic twin of the same size: a ring of components each
 * needing the next or an alternative, and a ring of capabilities each needing the
 * next or a shared base; then the same two as open chains. Each run is a fresh
 * process (median of three). Usage: node bench/cycles.mjs [sizes...] (default 10000 20000).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './child-runs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const regions = ['us-east-1', 'eu-west-1', 'ap-south-1'];

function componentRing(n, closed) {
  const lines = ['version: 1', `name: component-${closed ? 'ring' : 'chain'}-${n}`, 'components:'];
  for (let i = 0; i < n; i++) {
    const next = closed ? (i + 1) % n : i + 1;
    const needs = next < n ? `, requires: [{ anyOf: [c${next}, x${i}] }]` : '';
    lines.push(`  c${i}: { provider: aws, region: ${regions[i % 3]}${needs} }`);
  }
  for (let i = 0; i < n; i++) lines.push(`  x${i}: { provider: aws, region: ${regions[(i + 1) % 3]} }`);
  lines.push('capabilities:', '  k: { requires: [c0] }');
  return lines.join('\n') + '\n';
}

function capabilityRing(n, closed) {
  const lines = ['version: 1', `name: capability-${closed ? 'ring' : 'chain'}-${n}`, 'components:', '  base: { provider: aws, region: us-east-1 }', 'capabilities:'];
  for (let i = 0; i < n; i++) {
    const next = closed ? (i + 1) % n : i + 1;
    lines.push(`  k${i}: { requires: [{ anyOf: [${next < n ? `k${next}, ` : ''}base] }] }`);
  }
  return lines.join('\n') + '\n';
}


console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);
console.log('');
console.log('shape | size | analyze ms | peak RSS MB');
console.log('---|---:|---:|---:');
for (const n of sizes.length > 0 ? sizes : [10_000, 20_000]) {
  for (const [name, make, closed] of [
    ['component any-of chain', componentRing, false],
    ['component any-of ring', componentRing, true],
    ['capability chain', capabilityRing, false],
    ['capability ring', capabilityRing, true],
  ]) {
    const folder = path.join(here, 'out', 'cycles');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${name.replace(/ /g, '-')}-${n}.yaml`);
    writeFileSync(file, make(n, closed));
    const runs = Array.from({ length: 3 }, () => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(here, 'measure-analyze.mjs'), file], { encoding: 'utf8' })));
    const ms = median(runs.map((run) => run.totalMs));
    const rss = Math.max(...runs.map((run) => run.maxRssMb));
    console.log(`${name} | ${n.toLocaleString('en')} | ${Math.round(ms)} | ${Math.round(rss)}`);
  }
}
