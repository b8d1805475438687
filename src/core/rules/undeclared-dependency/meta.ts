import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'undeclared-dependency',
  severity: 'medium',
  title: 'A dependency seen at run time that nobody declared',
  why: 'What your systems call that nobody wrote down is missing from every plan: an outage of it surprises the people who own the caller, as the status page, the support chat and the sign-in surprised a company in October 2025.',
  fix: 'Add it to the requires of the component that selects the caller (or declare the component), or, if losing it only degrades the caller, mark the name soft under the dnsLogs entry; `ignore` it with a reason if it is no run-time need.',
};
