import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'manual-fallback-needs-control-plane',
  severity: 'high',
  title: 'A manual fallback needs a control plane that fails with the primary',
  why: 'A fallback that takes a deploy, a sign-in or a config change to switch on is only as good as the control plane behind it; if one failure takes both the primary and that control plane down, the fallback cannot be switched on when it is needed.',
  fix: 'Make the fallback automatic (no deploy needed), or make the control-plane capability it needs survive the same failure: CI, sign-in and the changed service outside that region or provider, break-glass access that does not depend on it.',
};
