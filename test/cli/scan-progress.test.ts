import { describe, expect, it } from 'vitest';
import { createScanProgress } from '../../src/cli/scan-progress.js';

const ESC = String.fromCharCode(27);

function record(live: boolean) {
  let text = '';
  const progress = createScanProgress({ write: (chunk: string) => (text += chunk) }, live);
  progress.onProgress({ type: 'plan', targets: [{ account: '1', region: 'us-east-1' }, { account: '1', region: 'eu-west-1' }] });
  progress.onProgress({ type: 'start', account: '1', region: 'us-east-1', resources: 0 });
  progress.onProgress({ type: 'restart', account: '1', region: 'us-east-1', reason: 'expired pagination token' });
  progress.onProgress({ type: 'done', account: '1', region: 'us-east-1', resources: 250, pages: 3 });
  progress.onProgress({ type: 'failed', account: '1', region: 'eu-west-1', code: 'AccessDenied', message: 'no' });
  progress.finish();
  return text;
}

describe('scan progress', () => {
  it('writes one plain line per event that matters when not on a terminal', () => {
    expect(record(false).split('\n').filter(Boolean)).toEqual([
      'faultline: scanning 2 account-regions',
      'faultline: 1/us-east-1 restarted from its first page (expired pagination token)',
      'faultline: 1/us-east-1: 250 resources in 3 pages',
      'faultline: 1/eu-west-1 failed: AccessDenied: no',
    ]);
  });

  it('redraws a live block in place on a terminal, ending with the totals and the failures', () => {
    const text = record(true);
    expect(text).toContain(`${ESC}[0J`);
    expect(text).toMatch(new RegExp(`${ESC}\\[\\d+F`));
    const lastFrame = text.slice(text.lastIndexOf(`${ESC}[0J`) + 4);
    expect(lastFrame.split('\n').filter(Boolean)).toEqual(['scanning: 1/2 regions done, 250 resources, 1 failed', '  1/eu-west-1                  FAILED   AccessDenied: no']);
  });
});
