/**
 * A scenario is a list of failed domains and/or components, as a person types
 * them on the command line or posts them to the server.
 */
import { FaultlineError } from './errors.js';
import { isDomainKind, parseDomain } from './domain.js';
import type { CompiledIndex } from './graph/compiled-index.js';
import { didYouMean, suggest } from './suggest.js';
import type { PlaceNames } from './place-names.js';

export interface Scenario {
  domains: number[];
  components: number[];
  /** The entries as given, normalised and sorted. */
  failed: string[];
}

export interface ScenarioInput {
  /** Tells a misspelt region (`region:aws/eu-centrl-1`) from a real one this estate has nothing in. */
  places?: PlaceNames;
  /** How a message names an entry: as the command line takes it (`--fail`), or as the server's body does (`"fail" entry`). */
  givenAs?: string;
}

export function resolveScenario(index: CompiledIndex, entries: readonly string[], { places, givenAs = '--fail' }: ScenarioInput = {}): Scenario {
  const domains = new Set<number>();
  const components = new Set<number>();
  for (const entry of entries) {
    const component = index.positionOf(entry);
    if (component !== undefined && component < index.componentCount) {
      components.add(component);
      continue;
    }
    const kind = entry.slice(0, Math.max(0, entry.indexOf(':')));
    if (isDomainKind(kind)) {
      const parsed = parseDomain(entry);
      if (!parsed.ok) throw new FaultlineError('E_USAGE', `${givenAs} ${entry}: ${parsed.problem}; ${parsed.fix}`);
      const domain = index.domainIndexOf.get(entry);
      if (domain === undefined) {
        const { domain: parsedDomain } = parsed;
        const region = parsedDomain.kind === 'region' && places !== undefined ? places.checkRegion(parsedDomain.provider!, parsedDomain.name) : undefined;
        if (region !== undefined && !region.ok) throw new FaultlineError('E_USAGE', `${givenAs} ${entry}: ${region.problem}; ${region.fix}`);
        if (region !== undefined) throw new FaultlineError('E_USAGE', `${givenAs} ${entry}: nothing in this estate is in that region; list the estate's domains with \`faultline analyze\``);
        throw new FaultlineError('E_USAGE', `${givenAs} ${entry}: no component is in this domain; ${didYouMean(entry, index.domainIds) ?? 'list domains with `faultline analyze`'}`);
      }
      domains.add(domain);
      continue;
    }
    throw new FaultlineError('E_USAGE', `${givenAs} ${entry}: not a component or failure domain; ${fixFor(index, entry)}`);
  }
  const failed = [...[...domains].map((d) => index.domainIds[d]!), ...[...components].map((v) => index.ids[v]!)].sort();
  return { domains: [...domains], components: [...components], failed };
}

/** A bare region or zone name ("us-east-1") most likely means its domain. */
function fixFor(index: CompiledIndex, entry: string): string {
  const domain = index.domainIds.find((candidate) => candidate.endsWith(`/${entry}`) || candidate.endsWith(`:${entry}`));
  if (domain !== undefined) return `did you mean "${domain}"?`;
  const componentIds = index.ids.slice(0, index.componentCount);
  const near = suggest(entry, [...componentIds, ...index.domainIds]);
  return near === undefined ? 'name a component id or a domain such as region:aws/us-east-1' : `did you mean "${near}"?`;
}

/** Both scenarios' failures together. */
export function mergeScenarios(a: Scenario, b: Scenario): Scenario {
  return {
    domains: [...new Set([...a.domains, ...b.domains])],
    components: [...new Set([...a.components, ...b.components])],
    failed: [...new Set([...a.failed, ...b.failed])].sort(),
  };
}
