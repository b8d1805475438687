/**
 * Scan progress on stderr. On a terminal: a live block that redraws in place,
 * one line per region being read (or failed), under a running total. Elsewhere
 * (CI logs): one plain line per region when it finishes, fails or restarts.
 */
import type { ScanEvent } from '../sources/aws/scan-aws.js';
import { printable } from '../render/printable.js';

interface Place {
  state: 'waiting' | 'reading' | 'done' | 'failed';
  resources: number;
  detail: string;
}

export function createScanProgress(stream: { write(text: string): unknown }, live: boolean): { onProgress: (event: ScanEvent) => void; finish: () => void } {
  const places = new Map<string, Place>();
  let drawn = 0;
  let lastDraw = 0;
  const key = (account: string | undefined, region: string | undefined) => `${account ?? '-'}/${region ?? '-'}`;

  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const all = [...places.entries()];
    const done = all.filter(([, p]) => p.state === 'done').length;
    const failed = all.filter(([, p]) => p.state === 'failed');
    const reading = all.filter(([, p]) => p.state === 'reading');
    const resources = all.reduce((sum, [, p]) => sum + p.resources, 0);
    const lines = [
      `scanning: ${done}/${all.length} regions done, ${resources.toLocaleString('en')} resources${failed.length > 0 ? `, ${failed.length} failed` : ''}`,
      ...reading.slice(0, 20).map(([place, p]) => `  ${place.padEnd(28)} reading  ${p.resources.toLocaleString('en')}${p.detail ? ` (${p.detail})` : ''}`),
      ...(reading.length > 20 ? [`  … and ${reading.length - 20} more`] : []),
      ...failed.map(([place, p]) => `  ${printable(place).padEnd(28)} FAILED   ${p.detail}`),
    ];
    // Move up over the previous block, clear it, draw anew.
    stream.write(`${drawn > 0 ? `\u001b[${drawn}F` : ''}\u001b[0J${lines.join('\n')}\n`);
    drawn = lines.length;
  };

  const onProgress = (event: ScanEvent) => {
    if (event.type === 'plan') {
      for (const { account, region } of event.targets) places.set(key(account, region), { state: 'waiting', resources: 0, detail: '' });
      if (!live) stream.write(`faultline: scanning ${event.targets.length} account-regions\n`);
    } else if (event.type === 'failed') {
      // What the service said is data: on one line, its control characters shown, never acted on.
      const place = printable(key(event.account, event.region));
      const detail = printable(`${event.code}: ${event.message}`).replace(/\n/g, ' ');
      places.set(key(event.account, event.region), { state: 'failed', resources: 0, detail });
      if (!live) stream.write(`faultline: ${place} failed: ${detail}\n`);
    } else if (event.type === 'restart') {
      const place = places.get(key(event.account, event.region));
      if (place) place.detail = `restarted: ${event.reason}`;
      if (!live) stream.write(`faultline: ${key(event.account, event.region)} restarted from its first page (${event.reason})\n`);
    } else {
      const place = places.get(key(event.account, event.region)) ?? { state: 'waiting', resources: 0, detail: '' };
      place.state = event.type === 'done' ? 'done' : 'reading';
      place.resources = event.resources;
      places.set(key(event.account, event.region), place);
      if (!live && event.type === 'done') stream.write(`faultline: ${key(event.account, event.region)}: ${event.resources} resources in ${event.pages} pages\n`);
    }
    if (live) draw(event.type !== 'page');
  };
  return { onProgress, finish: () => live && draw(true) };
}
