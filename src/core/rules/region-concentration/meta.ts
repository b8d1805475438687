import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'region-concentration',
  severity: 'medium',
  title: 'Half or more of the estate is in one region',
  why: 'A region that holds most of what the capabilities depend on turns a regional outage into an outage of most of the business, even where each capability has some redundancy.',
  fix: 'Move capabilities (not only replicas) to other regions, or set policy.maxShare.region to the concentration you accept, which concentration-over-limit then enforces.',
};
