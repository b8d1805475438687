import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'single-account',
  severity: 'medium',
  title: 'Everything sits in one cloud account',
  why: 'An account is a failure domain of its own: a suspension, a billing hold, a compromised root user or an organization policy gone wrong stops everything in it at once.',
  fix: 'Spread production over several accounts (by workload or by region), and keep recovery tooling and backups in an account of their own.',
};
