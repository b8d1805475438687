import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf } from '../../helpers/pipeline.js';

const findings = (manifest: unknown) => analyzeManifest(manifest).findings.filter((f) => f.rule === 'shared-fate');

const product = { serve: { requires: ['app'] } };

describe('shared-fate', () => {
  it('fails when the status page lives in the region the product dies with', () => {
    const result = findings(
      manifestOf(
        { ...product, tell: { requires: ['statuspage'], independentOf: ['serve'] } },
        { app: { provider: 'aws', region: 'us-east-1' }, statuspage: { saas: 'statuspage', hosting: ['aws/us-east-1'] } },
      ),
    );
    expect(result.map((f) => f.domain)).toEqual(['region:aws/us-east-1', 'provider:aws']);
    expect(result[0]).toMatchObject({ severity: 'high', capability: 'tell', capabilities: ['serve', 'tell'], path: ['tell', 'statuspage'] });
    expect(result[0]!.message).toBe('tell and serve both go down when region:aws/us-east-1 fails, though tell is declared independent of serve');
  });

  it('fails on a shared component when no domain is shared', () => {
    const result = findings(manifestOf({ serve: { requires: ['app', 'dns'] }, tell: { requires: ['page', 'dns'], independentOf: ['serve'] } }, { app: {}, page: {}, dns: {} }));
    expect(result).toEqual([expect.objectContaining({ component: 'dns', capability: 'tell', severity: 'high' })]);
  });

  it('passes when the two share nothing that fails alone', () => {
    const result = findings(
      manifestOf({ ...product, tell: { requires: ['statuspage'], independentOf: ['serve'] } }, { app: { provider: 'aws', region: 'us-east-1' }, statuspage: { saas: 'selfhosted', hosting: ['hetzner/fsn1'] } }),
    );
    expect(result).toEqual([]);
  });

  it('does not apply when no capability declares independentOf', () => {
    expect(findings(manifestOf({ ...product, tell: { requires: ['app'] } }, { app: { provider: 'aws', region: 'us-east-1' } }))).toEqual([]);
  });
});

describe('shared-fate for communication capabilities', () => {
  const product = { serve: { requires: ['app'] } };
  const app = { app: { provider: 'aws', region: 'us-east-1' } };

  it('fails when a capability needing a status page falls with the product, without any independentOf', () => {
    const result = findings(manifestOf({ ...product, tell: { requires: ['page'] } }, { ...app, page: { saas: 'atlassian-statuspage' } }));
    expect(result.map((f) => [f.capability, f.domain])).toEqual([
      ['tell', 'region:aws/us-east-1'],
      ['tell', 'provider:aws'],
    ]);
    expect(result[0]!.message).toBe('tell and serve both go down when region:aws/us-east-1 fails, so tell is lost exactly when it is needed to talk about serve');
  });

  it('passes when the support chat is hosted away from the product', () => {
    expect(findings(manifestOf({ ...product, support: { requires: ['chat'] } }, { ...app, chat: { saas: 'intercom', hosting: ['gcp/europe-west1'] } }))).toEqual([]);
  });

  it('does not apply to a capability with no status page or support chat, nor against control-plane capabilities', () => {
    expect(findings(manifestOf({ ...product, other: { requires: ['app'] } }, app))).toEqual([]);
    expect(findings(manifestOf({ deploy: { plane: 'control', requires: ['app'] }, tell: { requires: ['page'] } }, { ...app, page: { saas: 'atlassian-statuspage' } }))).toEqual([]);
  });
});
