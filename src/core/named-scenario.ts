/**
 * `simulate --scenario NAME`: a scenario from the manifest's `scenarios:`, from
 * the built-in library of real incidents, or a single domain written as a
 * scenario (`region:aws/us-east-1`, `provider:aws`, `vendor:intercom`).
 */
import { FaultlineError } from './errors.js';
import { domainKindOf, isDomainKind } from './domain.js';
import type { Knowledge, ScenarioDefinition } from '../knowledge/index.js';
import type { Component } from './model.js';
import type { Prepared } from './prepare.js';
import { resolveScenario, type Scenario } from './scenario.js';
import type { PlaceNames } from './place-names.js';
import { didYouMean } from './suggest.js';
import { ownValue } from './own-value.js';

export interface NamedScenario extends Scenario {
  id: string;
  title?: string;
  summary?: string;
  /**
   * Components in the scenario's region that it left up because it could not tell
   * what they are (no type, or a type faultline has no knowledge of): the answer
   * is only as good as this guess, so it is said.
   */
  assumedUp?: string[];
  /** The region a library scenario strikes, as provider/region. */
  region?: string;
}

/**
 * `givenAs`: how a message names the scenario, as the command line takes it
 * (`--scenario`) or the server's body (`"scenario"`); `places` tells a misspelt
 * region given as a scenario from a real one, as for `--fail`.
 */
export function resolveNamedScenario(prepared: Prepared, name: string, knowledge: Knowledge, { givenAs = '--scenario', places }: { givenAs?: string; places?: PlaceNames } = {}): NamedScenario {
  const { model, index } = prepared;
  const own = ownValue(model.scenarios, name);
  if (own !== undefined) return { id: name, ...(own.description !== undefined && { summary: own.description }), ...resolveScenario(index, own.fail) };

  const [base, argument] = name.split(/:(?=\d{12}$)/) as [string, string | undefined];
  const definition = knowledge.scenarios.find((scenario) => scenario.id === base);
  if (definition !== undefined) {
    if (definition.largestAccount && argument !== undefined && !index.domainIndexOf.has(`account:aws/${argument}`)) {
      throw new FaultlineError('E_USAGE', `${givenAs} ${name}: this estate has no AWS account ${argument}; ${accountsOf(prepared)}`);
    }
    const scenario = libraryScenario(prepared, definition, name, argument, knowledge);
    if (scenario === undefined) throw new FaultlineError('E_USAGE', `${givenAs} ${name}: nothing in this estate is touched by it (${definition.title})`);
    return scenario;
  }
  // A library scenario that takes an account, given something else after the colon.
  if (knowledge.scenarios.some((scenario) => scenario.largestAccount && name.startsWith(`${scenario.id}:`))) {
    throw new FaultlineError('E_USAGE', `${givenAs} ${name}: an AWS account id is 12 digits; ${accountsOf(prepared)}`);
  }

  const kind = name.slice(0, Math.max(0, name.indexOf(':')));
  if (isDomainKind(kind)) return { id: name, ...resolveScenario(index, [name], { givenAs, ...(places !== undefined && { places }) }) };
  const known = [...Object.keys(model.scenarios), ...knowledge.scenarios.map((scenario) => scenario.id)];
  throw new FaultlineError('E_USAGE', `${givenAs} ${name}: no such scenario; ${didYouMean(name, known) ?? `use one of ${known.join(', ')}, or a domain such as region:aws/us-east-1`}`);
}

/** A scenario as the report page offers it: what to call it, and what it fails. */
export interface ScenarioChoice {
  id: string;
  title: string;
  summary?: string;
  /** The domains and components it fails, as `simulate --fail` takes them. */
  fail: string[];
}

export function scenarioChoices(scenarios: readonly NamedScenario[]): ScenarioChoice[] {
  return scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title ?? scenario.id, ...(scenario.summary !== undefined && { summary: scenario.summary }), fail: scenario.failed }));
}

/** Every scenario the manifest defines, then every library scenario that touches this estate: the outages a brief tells. */
export function applicableScenarios(prepared: Prepared, knowledge: Knowledge): NamedScenario[] {
  const own = Object.keys(prepared.model.scenarios).map((name) => resolveNamedScenario(prepared, name, knowledge));
  const library = knowledge.scenarios.flatMap((definition) => libraryScenario(prepared, definition, definition.id, undefined, knowledge) ?? []);
  return [...own, ...library.filter((scenario) => !Object.hasOwn(prepared.model.scenarios, scenario.id))];
}

function libraryScenario(prepared: Prepared, definition: ScenarioDefinition, name: string, account: string | undefined, knowledge: Knowledge): NamedScenario | undefined {
  const { entries, assumedUp } = scenarioEntries(prepared, definition, account, knowledge);
  if (entries.length === 0) return undefined;
  // Say which account a lockout takes when the scenario chose it.
  const chosen = definition.largestAccount && account === undefined ? entries.find((entry) => entry.startsWith('account:aws/')) : undefined;
  const title = chosen === undefined ? definition.title : `${definition.title} (account ${chosen.slice('account:aws/'.length)})`;
  return {
    id: name,
    title,
    summary: definition.summary,
    ...resolveScenario(prepared.index, entries),
    ...(definition.region !== undefined && { region: definition.region }),
    ...(assumedUp.length > 0 && { assumedUp }),
  };
}

/**
 * The components and domains a library scenario fails in this estate, and the
 * components of its region it left up without knowing what they are.
 */
function scenarioEntries(prepared: Prepared, definition: ScenarioDefinition, account: string | undefined, knowledge: Knowledge): { entries: string[]; assumedUp: string[] } {
  const { model, index } = prepared;
  const entries = new Set<string>();
  const unknown: string[] = [];
  const knownTypes = knownTypesOf(knowledge);
  if (definition.largestAccount) {
    const domain = account !== undefined ? `account:aws/${account}` : largestAccount(prepared);
    if (domain !== undefined && index.domainIndexOf.has(domain)) entries.add(domain);
  }
  if (definition.region !== undefined) {
    const [provider, region] = definition.region.split('/') as [string, string];
    for (const component of model.components) {
      if (component.kind === 'capability' || component.provider !== provider || component.region !== region) continue;
      const service = component.type?.split(':')[0];
      const isType = service !== undefined && definition.types.includes(service);
      // The sign-in fails with the Identity Center control plane, whether it is the built-in platform component or the manifest's own.
      const isControlPlane = definition.controlPlanes.includes(component.id) || (isAwsSignIn(component) && definition.controlPlanes.includes('aws-control/identity-center'));
      if (isType || isControlPlane) entries.add(component.id);
      else if (component.provenance !== 'knowledge' && component.vendor === undefined && (component.type === undefined || !knownTypes.has(component.type))) unknown.push(component.id);
    }
    if (definition.vendorsInRegion) {
      for (const component of model.components) {
        if (component.vendor !== undefined && (component.hosting ?? []).includes(definition.region)) entries.add(component.id);
      }
    }
  }
  return { entries: [...entries], assumedUp: unknown.sort() };
}

/** The AWS sign-in: IAM Identity Center by type, or an identity component that runs on AWS itself (not a vendor's). */
export function isAwsSignIn(component: Pick<Component, 'type' | 'category' | 'provider' | 'vendor'>): boolean {
  if (component.type === 'sso:instance') return true;
  return component.category === 'identity' && component.provider === 'aws' && component.vendor === undefined;
}

const knownTypeSets = new WeakMap<Knowledge, ReadonlySet<string>>();

function knownTypesOf(knowledge: Knowledge): ReadonlySet<string> {
  let known = knownTypeSets.get(knowledge);
  if (known === undefined) {
    known = new Set(knowledge.awsTypes.map((row) => row.type));
    knownTypeSets.set(knowledge, known);
  }
  return known;
}

/** How many accounts a message names; the rest are counted. */
const namedAccounts = 10;

/** The estate's AWS accounts, as a fix names them. */
function accountsOf({ index }: Prepared): string {
  const accounts = index.domainIds.filter((domain) => domain.startsWith('account:aws/')).map((domain) => domain.slice('account:aws/'.length));
  if (accounts.length === 0) return 'it places nothing in an AWS account (a resource\'s account comes from its ARN or `account:`)';
  const more = accounts.length - namedAccounts;
  return `name one of its accounts: ${accounts.slice(0, namedAccounts).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The AWS account domain with the most members: the worst account to lose. */
function largestAccount({ index }: Prepared): string | undefined {
  let best: string | undefined;
  let most = 0;
  index.domainIds.forEach((domain, d) => {
    if (domainKindOf(domain) !== 'account' || !domain.startsWith('account:aws/')) return;
    const members = index.memberOffsets[d + 1]! - index.memberOffsets[d]!;
    if (members > most) {
      most = members;
      best = domain;
    }
  });
  return best;
}
