/**
 * Prints the HTML report to PDF with headless Chromium (Debian's, never a
 * downloaded build): a clear message and exit 2 when there is none.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FaultlineError } from '../core/errors.js';
import { checkOutput, writeOutput } from './write-output.js';

/** `out` is a file, or `-` for stdout (`stdout` receives the bytes then). */
export async function writePdf(html: string, out: string, chromiumPath: string, inputs: readonly string[], stdout: { write(bytes: Uint8Array): unknown }): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new FaultlineError('E_USAGE', `no Chromium at ${chromiumPath} to print the PDF; install Debian's chromium, or pass --chromium PATH (or use --format html)`);
  }
  // Before the browser starts: a bad --out is said at once.
  if (out !== '-') await checkOutput(out, inputs);
  const { chromium } = await import('playwright-core');
  const folder = await mkdtemp(path.join(tmpdir(), 'faultline-pdf-'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const file = path.join(folder, 'report.html');
    await writeFile(file, html, 'utf8');
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => (globalThis as unknown as { document: { body: { dataset: { ready?: string } } } }).document.body.dataset.ready === 'true', null, { timeout: 60_000 });
    // The page swaps its explorer for a picture of the graph when printed; wait until the picture is decoded.
    await page.evaluate(async () => {
      const page = globalThis as unknown as { dispatchEvent(event: unknown): void; Event: new (type: string) => unknown; document: { getElementById(id: string): { decode(): Promise<void> } | null } };
      page.dispatchEvent(new page.Event('beforeprint'));
      await page.document.getElementById('print-graph')?.decode();
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
    if (out === '-') stdout.write(pdf);
    else await writeOutput(out, pdf, inputs);
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}
