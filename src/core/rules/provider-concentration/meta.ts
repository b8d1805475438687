import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'provider-concentration',
  severity: 'low',
  title: 'Nearly everything runs on one provider',
  why: 'Provider-wide outages are rare, but they happen (identity, DNS or network control planes shared by every region); with 90% or more on one provider, one of them stops almost everything, including the tools to talk about it.',
  fix: 'Keep at least communication (status page, support) and recovery (CI, sign-in, backups) on another provider, or set policy.maxShare.provider to the concentration you accept.',
};
