import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'unknown-saas',
  severity: 'medium',
  title: 'A vendor seen in traffic that nobody knows',
  why: 'Your systems call a service under a public domain that neither the built-in catalog nor the manifest knows: what it is for, where it runs and what stops when it does are all unknown.',
  fix: 'Declare it as a component (`saas: <vendor>`, with `hosting:` where the vendor says it runs) and map its names with `dnsLogs.names`, or `ignore` the names with a reason.',
};
