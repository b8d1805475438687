/**
 * What `check` gated on, in the words of its passing line: "no new us-east-1-only
 * dependency" for the default gate, and each region, SPOF kind and check that
 * policy.failOn or the flags add. A pass says exactly what was checked.
 */
import type { GateRules, Regression } from '../core/gate/baseline.js';

export function describeGate(rules: GateRules, { suppressions = 0 }: { suppressions?: number } = {}): string {
  const parts: string[] = [];
  const regions = rules.regions.map(regionName);
  if (regions.length === 1) parts.push(`no new ${regions[0]}-only dependency`);
  else if (regions.length > 1) parts.push(`no new dependency only in ${either(regions)}`);
  if (rules.spofDomainKinds.length > 0) parts.push(`no new ${either([...rules.spofDomainKinds].sort())} domain that alone takes a capability down`);
  if (rules.spofComponents) parts.push('no new component that alone takes a capability down');
  if (rules.maxShare) parts.push('no share over policy.maxShare');
  // Expired suppressions always fail the gate; worth saying only where there are some.
  if (suppressions > 0) parts.push('no expired suppression');
  if (parts.length === 0) return 'nothing, as policy.failOn and the flags turn every check off';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** `region:aws/us-east-1` as the command line takes it: `us-east-1` for AWS, `gcp/us-central1` otherwise. */
function regionName(domain: string): string {
  const value = domain.slice(domain.indexOf(':') + 1);
  return value.startsWith('aws/') ? value.slice('aws/'.length) : value;
}

function either(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]!}`;
}

/**
 * What to do about the new problems, as every format of `check` says it: fix, suppress
 * or accept them; an expired suppression is renewed, since a baseline cannot accept one.
 */
export function gateAdvice(regressions: readonly Regression[]): string[] {
  const expired = regressions.filter((regression) => regression.kind === 'expired-suppression').length;
  const others = regressions.length - expired;
  const them = others === 1 ? 'it' : 'them';
  const advice: string[] = [];
  if (others > 0) advice.push(`Fix ${them}, suppress ${them} in the manifest (\`suppress:\` with a reason and a date), or accept ${them} with \`faultline check --update-baseline\` in the same change.`);
  if (expired > 0) advice.push(`Fix what ${expired === 1 ? 'an expired suppression held' : 'the expired suppressions held'}, or renew ${expired === 1 ? 'its' : 'their'} date in \`suppress:\`: a baseline cannot accept an expired suppression.`);
  return advice;
}
