// Bundles the report page (ui/) into dist/ui with esbuild: one script, one stylesheet, the page.
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const out = new URL('../dist/ui/', import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: [new URL('../ui/src/main.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
});
await copyFile(new URL('../ui/index.html', import.meta.url), new URL('index.html', out));
await copyFile(new URL('../ui/app.css', import.meta.url), new URL('app.css', out));
