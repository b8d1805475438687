import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'unknown-hosting',
  severity: 'medium',
  title: 'Where a vendor runs is unknown',
  why: 'A SaaS product with unknown hosting may share a region or provider with you; the analysis cannot tell, so its SPOFs and outage simulations are blind there. An audit gap, never a pass.',
  fix: 'Ask the vendor (or read its subprocessor list) and declare `hosting: [provider/region]` on the component.',
};
