import { describe, expect, it } from 'vitest';
import { renderAnalysisText, renderSimulationText } from '../../src/render/text.js';
import { analyzeManifest, manifestOf, simulateManifest } from '../helpers/pipeline.js';

const manifest = manifestOf({ pay: { requires: ['db'] } }, { db: { provider: 'aws', region: 'us-east-1' } });
const ESC = String.fromCharCode(27);

describe('renderAnalysisText', () => {
  it('puts the summary first and explains each SPOF domain with its path', () => {
    const text = renderAnalysisText(analyzeManifest(manifest), { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('faultline · test  1 capabilities · 1 components · 2 failure domains');
    expect(lines[2]).toBe('1 of 1 capabilities go down when a single failure domain fails.');
    expect(text).toContain('  pay fails with provider:aws or region:aws/us-east-1, because db does: pay → db');
    expect(text).not.toContain(ESC);
  });

  it('colours only when asked', () => {
    expect(renderAnalysisText(analyzeManifest(manifest), { color: true })).toContain(`${ESC}[31mSPOF${ESC}[39m`);
  });

  it('shortens long finding lists', () => {
    const text = renderAnalysisText(analyzeManifest(manifest), { color: false, maxFindings: 1 });
    expect(text).toContain('… and 1 more (--format json lists them all)');
  });
});

describe('renderSimulationText', () => {
  it('says what went down and why', () => {
    const text = renderSimulationText(simulateManifest(manifest, ['region:aws/us-east-1']), { color: false });
    expect(text.split('\n').slice(0, 2)).toEqual(['Scenario: region:aws/us-east-1 fails', '1 of 1 capabilities go down.']);
    expect(text).toMatch(/pay +DOWN +pay → db \(region:aws\/us-east-1\)/);
  });
});
