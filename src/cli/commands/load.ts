import { FaultlineError } from '../../core/errors.js';
import { prepare, type Prepared } from '../../core/prepare.js';
import { loadModel, type LoadedModel, type LoadedPlan, type PlanOption, type SourceRead } from '../../sources/manifest/load-manifest.js';
import type { Duration } from '../invocation.js';
import type { CliIo } from '../io.js';
import { printable } from '../../render/printable.js';

export interface Loaded extends LoadedModel {
  prepared: Prepared;
  /** Files this run read, which --out must never overwrite. */
  inputs: string[];
}

export interface LoadOptions {
  manifest: string;
  maxAge: Duration;
  /** `--plan`, `--plan-for`. */
  plan?: PlanOption;
}

/** Loads and prepares the model; says what it warns about; checks partial inventory. */
export async function loadForCommand(io: CliIo, options: LoadOptions): Promise<Loaded> {
  const { manifest, maxAge } = options;
  const loaded = await loadModel(manifest, options.plan === undefined ? {} : { plan: options.plan });
  const now = io.now().getTime();
  for (const warning of loaded.warnings) io.stderr.write(`faultline: warning: ${printable(warning)}\n`);
  if (loaded.plan !== undefined) io.stderr.write(`faultline: ${printable(describePlan(loaded.plan))}\n`);
  // A sample inventory is an example, not a scan of anything, and a Terraform state
  // is as old as the last apply (a catalog file as its last edit), not as stale as an
  // old scan: their age means nothing here. DNS query logs are dated by their last
  // query; which are current is what `since` says.
  for (const snapshot of loaded.snapshots.filter((snapshot) => !snapshot.sample && snapshot.source !== 'terraform' && snapshot.source !== 'backstage' && snapshot.source !== 'dns-logs')) {
    const age = now - Date.parse(snapshot.scannedAt);
    // Five minutes of clock skew between machines is ordinary; more means the age cannot be told.
    if (age < -5 * 60_000) {
      io.stderr.write(`faultline: warning: ${snapshot.file} says it was scanned ${describeAge(-age)} from now (${snapshot.scannedAt}); its age cannot be told: check the clock of the machine that scanned, or of this one\n`);
    } else if (age > maxAge.ms) {
      io.stderr.write(`faultline: warning: ${snapshot.file} was scanned ${describeAge(age)} ago (${snapshot.scannedAt}), more than --max-age ${maxAge.text}; run \`faultline scan\` for a current inventory\n`);
    }
  }
  return { ...loaded, prepared: prepare(loaded.model), inputs: [manifest, ...loaded.snapshots.flatMap((snapshot) => snapshot.read ?? [snapshot.file])] };
}

/** What the run reads instead of the state: `the estate as plan.json leaves it (instead of prod.tfstate): 1 to create, 1 to update`. */
export function describePlan(plan: LoadedPlan): string {
  const counts = new Map<string, number>();
  for (const change of plan.changes) {
    const what = planVerb(change.actions);
    if (what !== undefined) counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const order = ['create', 'replace', 'update', 'delete'];
  const said = order.filter((verb) => counts.has(verb)).map((verb) => `${counts.get(verb)} to ${verb}`);
  const instead = plan.replaced === undefined ? '' : ` (instead of ${plan.replaced})`;
  return `the estate as ${plan.file} leaves it${instead}: ${said.length > 0 ? said.join(', ') : 'no change'}`;
}

function planVerb(actions: readonly string[]): string | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  return ['create', 'update', 'delete'].find((verb) => actions.includes(verb));
}

/** Loads, refusing a partial inventory unless allowed: for commands whose result must not rest on one. */
export async function loadCompleteForCommand(io: CliIo, options: LoadOptions & { allowPartial: boolean }): Promise<Loaded> {
  const loaded = await loadForCommand(io, options);
  const partial = reportPartialInventory(io, loaded, options.allowPartial);
  if (partial) throw partial;
  return loaded;
}

/**
 * A partial inventory fails the run unless allowed, with what to do about it; allowed,
 * it is still said, as a warning: a partial inventory never passes silently.
 */
export function reportPartialInventory(io: CliIo, loaded: Loaded, allowPartial: boolean): FaultlineError | undefined {
  const partial = loaded.snapshots.filter((snapshot) => snapshot.partial);
  if (partial.length === 0) return undefined;
  const what = `inventory is partial (${describePartial(partial)})`;
  if (allowPartial) {
    io.stderr.write(`faultline: warning: ${printable(what)}; accepted with --allow-partial: results may miss dependencies\n`);
    return undefined;
  }
  const remedies = [...new Set(partial.map(remedyFor))].join('; ');
  return new FaultlineError('E_PARTIAL', `${what}; results above may miss dependencies — ${remedies}, or pass --allow-partial to accept`);
}

/** How many of a DNS logs entry's errors are named; the rest are counted. */
const namedLogErrors = 3;

function describePartial(partial: readonly SourceRead[]): string {
  const missing = partial.flatMap((snapshot) => snapshot.errors.filter((error) => error.code !== 'UnreadableArn').map((error) => [error.account, error.region].filter(Boolean).join('/'))).filter(Boolean);
  // A source that is not a scan (a catalog, a state) says why in its errors, with no place to name.
  const reasons = partial.flatMap((snapshot) => {
    const placeless = snapshot.errors.filter((error) => error.account === undefined && error.region === undefined && error.code !== 'UnreadableArn').map((error) => error.message);
    if (snapshot.source !== 'dns-logs') return placeless.slice(0, 1);
    const more = placeless.length - namedLogErrors;
    return [...placeless.slice(0, namedLogErrors), ...(more > 0 ? [`and ${more} more`] : [])];
  });
  // DNS logs' errors each name the file, folder or glob they are about: the entry's glob would only say it again.
  const named = partial.filter((snapshot) => snapshot.source !== 'dns-logs').map((snapshot) => snapshot.file);
  const head = `${named.join(', ')}${missing.length > 0 ? `; not scanned: ${[...new Set(missing)].join(', ')}` : ''}`;
  return [head, reasons.join('; ')].filter((part) => part !== '').join(': ');
}

/** What to do about a partial source, as each kind of source is mended. */
function remedyFor(snapshot: SourceRead): string {
  const codes = new Set(snapshot.errors.map((error) => error.code));
  if (snapshot.source === 'terraform') return 'make the state readable where the manifest names it (the file, or the bucket and its credentials)';
  if (snapshot.source === 'backstage') {
    const remedies = [
      ...(codes.has('UrlNotAllowed') ? ['allow the catalog files\' URLs with `allowUrls: true`, or name files'] : []),
      ...(codes.has('NotFound') ? ['correct the targets that match no file'] : []),
      ...(codes.has('Unreadable') ? ['make what could not be read readable'] : []),
    ];
    // A catalog read over HTTP: its answer says what is wrong (a token, the address).
    return remedies.length > 0 ? remedies.join('; ') : 'make the catalog answer (its address, its token)';
  }
  if (snapshot.source !== 'dns-logs') return 'scan again (`faultline scan`)';
  return [
    ...(codes.has('NoFiles') ? ["check the glob (it is read from the manifest's folder)"] : []),
    ...(codes.has('CutShort') ? ['copy the logs that are cut short again, or leave them out of the glob'] : []),
    ...(codes.has('Unreadable') ? ['make what could not be read readable, or leave it out of the glob'] : []),
  ].join('; ');
}

function describeAge(ms: number): string {
  if (ms >= 86_400_000) return `${Math.floor(ms / 86_400_000)}d`;
  if (ms >= 3_600_000) return `${Math.floor(ms / 3_600_000)}h`;
  return `${Math.max(1, Math.floor(ms / 60_000))}m`;
}
