/**
 * Two states of one small estate and the baseline of the first: the second fixes
 * pay (an alternative outside AWS), breaks links (its alternative is gone), adds
 * new and removes old. For the trend's tests.
 */
import { analyze } from '../../src/core/analyze.js';
import { createBaseline } from '../../src/core/gate/baseline.js';
import { manifestOf, prepareManifest } from './pipeline.js';

export const east = 'region:aws/us-east-1';
export const components = {
  api: { provider: 'aws', region: 'us-east-1' },
  'api-west': { provider: 'gcp', region: 'europe-west1' },
  'db-east': { provider: 'aws', region: 'us-east-1' },
  'db-west': { provider: 'gcp', region: 'europe-west1' },
  x: { provider: 'aws', region: 'us-east-1' },
  queue: { provider: 'aws', region: 'us-east-1' },
};
export const before = prepareManifest(manifestOf({ pay: { requires: ['api'] }, links: { requires: [{ anyOf: ['db-east', 'db-west'] }] }, old: { requires: ['x'] } }, components));
export const after = prepareManifest(manifestOf({ pay: { requires: [{ anyOf: ['api', 'api-west'] }] }, links: { requires: ['db-east'] }, new: { requires: ['queue'] } }, components));
export const baseline = createBaseline(before, analyze(before), [east]);
