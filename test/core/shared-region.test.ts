/**
 * The company of the October 2025 postmortem, as a manifest: every failure that
 * was knowable in advance shows up, each with its path.
 */
import { describe, expect, it } from 'vitest';
import { treeSentence } from '../../src/core/failure-words.js';
import { analyze } from '../../src/core/analyze.js';
import { resolveNamedScenario } from '../../src/core/named-scenario.js';
import { prepare } from '../../src/core/prepare.js';
import { simulate } from '../../src/core/simulate.js';
import { knowledge } from '../../src/knowledge/index.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';

const manifest = 'test/fixtures/shared-region/faultline.yaml';

describe('a company whose status page, chat and sign-in share its region', async () => {
  const { model } = await loadModel(manifest);
  const prepared = prepare(model);
  const { findings } = analyze(prepared);
  const at = (rule: string, capability: string, domain = 'region:aws/us-east-1') => findings.find((f) => f.rule === rule && f.capability === capability && f.domain === domain);

  it('finds the status page and the chat falling with the product, inferred from their categories', () => {
    expect(at('shared-fate', 'tell-customers')).toMatchObject({ severity: 'high', capabilities: ['serve-links', 'tell-customers'], path: ['tell-customers', 'status-page'] });
    expect(at('shared-fate', 'support-customers')).toMatchObject({ severity: 'high', path: ['support-customers', 'chat'] });
    expect(at('shared-fate', 'tell-customers')!.message).toBe('tell-customers and serve-links both go down when region:aws/us-east-1 fails, so tell-customers is lost exactly when it is needed to talk about serve-links');
  });

  it('finds the fallback that needs a hotfix that needs the sign-in in the same region', () => {
    expect(at('manual-fallback-needs-control-plane', 'serve-links')).toMatchObject({ component: 'links', path: ['ship-hotfix', 'aws-control/identity-center'] });
  });

  it('finds that shipping the hotfix stops with us-east-1', () => {
    expect(at('control-plane-in-region', 'ship-hotfix')).toMatchObject({ severity: 'high', path: ['ship-hotfix', 'aws-control/identity-center'] });
  });

  it('reports every one of them in the October 2025 scenario, with the reason', () => {
    const simulation = simulate(prepared, resolveNamedScenario(prepared, 'aws-us-east-1-2025-10', knowledge));
    const status = Object.fromEntries(simulation.capabilities.map((c) => [c.id, [c.status, c.tree === undefined ? c.path.join(' → ') : treeSentence(c.tree)]]));
    expect(status).toEqual({
      // Neither the table nor the sign-in alone stops the links: the fallback is lost with the sign-in.
      'serve-links': ['down', 'serve-links → links needs 1 of 2, and both fail: links-table, (links-cassandra + ship-hotfix) → ship-hotfix → aws-control/identity-center'],
      'ship-hotfix': ['down', 'ship-hotfix → aws-control/identity-center'],
      'support-customers': ['down', 'support-customers → chat'],
      'tell-customers': ['down', 'tell-customers → status-page'],
    });
    expect(simulation.down).not.toContain('redirector');
  });
});
