import { describe, expect, it } from 'vitest';
import { renderAnalysisText, renderSimulationText } from '../../src/render/text.js';
import { analyzeManifest, manifestOf, simulateManifest } from '../helpers/pipeline.js';

const manifest = manifestOf({ pay: { requires: ['db'] } }, { db: { provider: 'aws', region: 'us-east-1' } });
const ESC = String.fromCharCode(27);

describe('renderAnalysisText', () => {
  it('puts the summary first and explains each SPOF domain with its path', () => {
    const text = renderAnalysisText(analyzeManifest(manifest), { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('faultline · test  1 capability · 1 component · 2 failure domains');
    expect(lines[2]).toBe('1 of 1 capability goes down when a single failure domain fails.');
    expect(text).toContain('  pay fails with provider:aws or region:aws/us-east-1, because db does: pay → db');
    expect(text).not.toContain(ESC);
  });

  it('colours only when asked', () => {
    expect(renderAnalysisText(analyzeManifest(manifest), { color: true })).toContain(`${ESC}[31mSPOF${ESC}[39m`);
  });

  it('shows the largest shares and the rest as whole percentages that add up to 100', () => {
    const region = (name: string) => ({ provider: 'aws', region: name });
    const fourOneOne = manifestOf({ pay: { requires: ['a', 'b', 'c', 'd', 'e', 'f'] } }, { a: region('us-east-1'), b: region('us-east-1'), c: region('us-east-1'), d: region('us-east-1'), e: region('eu-west-1'), f: region('us-west-2') });
    const row = (text: string) => text.split('\n').find((line) => line.startsWith('  region '))!;
    // Each rounded alone: 67% · 17% · 17%, which is 101%.
    expect(row(renderAnalysisText(analyzeManifest(fourOneOne), { color: false }))).toMatch(/ aws\/us-east-1 67% \(4\) · aws\/eu-west-1 17% \(1\) · aws\/us-west-2 16% \(1\) /);
    const five = manifestOf({ pay: { requires: ['a', 'b', 'c', 'd', 'e', 'f'] } }, { a: region('us-east-1'), b: region('us-east-1'), c: region('eu-west-1'), d: region('us-west-2'), e: region('ap-south-1'), f: region('sa-east-1') });
    expect(row(renderAnalysisText(analyzeManifest(five), { color: false }))).toMatch(/ aws\/us-east-1 33% \(2\) · aws\/ap-south-1 17% \(1\) · aws\/eu-west-1 17% \(1\) · 2 others 33% \(2\) /);
  });

  it('fits its tables to a width when given one, and cuts nothing when not', () => {
    const wide = manifestOf({ pay: { requires: ['a-component-with-a-rather-long-name', 'another-component-with-a-long-name'] } }, { 'a-component-with-a-rather-long-name': { provider: 'aws', region: 'us-east-1', account: '111122223333' }, 'another-component-with-a-long-name': { saas: 'intercom' } });
    const analysis = analyzeManifest(wide);
    const capabilityRows = (text: string) => {
      const lines = text.split('\n');
      return lines.slice(lines.indexOf('Capabilities') + 1, lines.indexOf('', lines.indexOf('Capabilities')));
    };
    const full = capabilityRows(renderAnalysisText(analysis, { color: false }));
    expect(full.some((line) => line.length > 60)).toBe(true);
    expect(full.join('\n')).not.toContain('…');
    const fitted = capabilityRows(renderAnalysisText(analysis, { color: false, width: 60 }));
    for (const line of fitted) expect(line.length).toBeLessThanOrEqual(60);
    expect(fitted[1]).toMatch(/…/);
  });

  it('shortens long finding lists', () => {
    const text = renderAnalysisText(analyzeManifest(manifest), { color: false, maxFindings: 1 });
    expect(text).toContain('… and 1 more (--format json lists them all)');
  });
});

describe('renderSimulationText', () => {
  it('says what went down and why', () => {
    const text = renderSimulationText(simulateManifest(manifest, ['region:aws/us-east-1']), { color: false });
    expect(text.split('\n').slice(0, 2)).toEqual(['Scenario: region:aws/us-east-1 fails', '1 of 1 capability goes down.']);
    expect(text).toMatch(/pay +DOWN +pay → db \(region:aws\/us-east-1\)/);
  });
});
