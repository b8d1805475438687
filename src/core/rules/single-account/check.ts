import type { Finding } from '../../report.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/** Per provider: all depended-on components whose account is known are in one account. */
export function check(context: RuleContext): Finding[] {
  const byProvider = new Map<string, Array<{ domain: string; count: number }>>();
  for (const share of context.concentration.account.shares) {
    const provider = share.domain.slice('account:'.length, share.domain.indexOf('/'));
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), share]);
  }
  const findings: Finding[] = [];
  for (const [provider, accounts] of byProvider) {
    const [only] = accounts;
    if (accounts.length !== 1 || only!.count < 2) continue;
    const capabilities = context.dependentsOfDomain(only!.domain);
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `all ${only!.count} depended-on ${provider} components with a known account are in ${only!.domain}`,
      ...(capabilities[0] !== undefined && { capability: capabilities[0] }),
      capabilities,
      domain: only!.domain,
    });
  }
  return findings;
}
