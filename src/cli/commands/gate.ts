/**
 * `faultline baseline --out FILE` records what the gate accepts; `faultline check
 * --baseline FILE` fails (exit 1) on what is new since. `--update-baseline`
 * accepts the current state: do it in the same change that makes it.
 */
import { analyze } from '../../core/analyze.js';
import { FaultlineError } from '../../core/errors.js';
import { checkAgainstBaseline, createBaseline, type Baseline, type CheckResult, type GateRules } from '../../core/gate/baseline.js';
import { checkGateRegions, gateRules, type GateFlags } from '../../core/gate/gate-rules.js';
import { createPlaceNames } from '../../core/place-names.js';
import { ownValue } from '../../core/own-value.js';
import { splitRegion } from '../../core/manifest/manifest-regions.js';
import { knowledge } from '../../knowledge/index.js';
import { renderCheckMarkdown } from '../../render/check-markdown.js';
import { renderCheckText } from '../../render/check-text.js';
import { describeGate } from '../../render/gate-summary.js';
import { renderJson } from '../../render/json.js';
import { renderGithub, renderJunit, renderSarif, type Located } from '../../render/gate-formats.js';
import { createLocator } from '../../sources/locate-components.js';
import type { CheckFormat } from '../invocation.js';
import { packageVersion } from '../package-version.js';
import { readBaseline } from '../../sources/read-baseline.js';
import { writeOwnFile } from '../../sources/write-own-file.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import { wantsColor, type CliIo } from '../io.js';
import { emit } from './emit.js';
import { loadCompleteForCommand, type Loaded } from './load.js';

export async function runBaseline(io: CliIo, { options }: Extract<Invocation, { command: 'baseline' }>): Promise<number> {
  const loaded = await loadCompleteForCommand(io, options);
  const baseline = currentBaseline(io, loaded, options.regions);
  await writeBaseline(options.out, baseline, loaded.inputs);
  const pairs = Object.values(baseline.singleRegion).reduce((sum, list) => sum + list.length, 0);
  io.stderr.write(`faultline: wrote ${options.out}: ${pairs} single-region dependenc${pairs === 1 ? 'y' : 'ies'} accepted\n`);
  return exitCodes.ok;
}

export async function runCheck(io: CliIo, { options }: Extract<Invocation, { command: 'check' }>): Promise<number> {
  const loaded = await loadCompleteForCommand(io, options);
  const baseline = await readBaseline(options.baseline);
  checkBaselineRegions(options.baseline, baseline, loaded);
  const analysis = analyze(loaded.prepared);
  const rules = checkedRules(io, loaded, {
    ...(options.regions !== undefined && { regions: options.regions }),
    ...(options.spofDomainKinds !== undefined && { spofDomainKinds: options.spofDomainKinds }),
    ...(options.spofComponents !== undefined && { spofComponents: options.spofComponents }),
  });
  if (options.updateBaseline) {
    await writeBaseline(options.baseline, createBaseline(loaded.prepared, analysis, rules.regions), loaded.inputs);
    io.stderr.write(`faultline: updated ${options.baseline}; commit it with the change it accepts\n`);
    return exitCodes.ok;
  }
  const missing = rules.regions.filter((region) => ownValue(baseline.singleRegion, region) === undefined);
  if (missing.length > 0) {
    const recorded = Object.keys(baseline.singleRegion).join(', ') || 'no region';
    throw new FaultlineError('E_USAGE', `${options.baseline} records ${recorded}, not ${missing.join(', ')}; write the baseline for the regions you gate on (faultline baseline --region ...)`);
  }
  const result = checkAgainstBaseline({ prepared: loaded.prepared, analysis, baseline, rules, suppressions: loaded.manifest.suppress ?? [], today: io.now().toISOString().slice(0, 10) });
  const checked = describeGate(rules, { suppressions: loaded.manifest.suppress?.length ?? 0 });
  const located = locateRegressions(result, loaded, options.manifest);
  const content = renderCheck(options.format, { ...result, regressions: located }, located, loaded, { ...options, checked }, options.out === undefined && wantsColor(io));
  await emit(io, content, options.out, [...loaded.inputs, options.baseline]);
  return result.regressions.length > 0 ? exitCodes.gateFailed : exitCodes.ok;
}

function renderCheck(format: CheckFormat, result: CheckResult, located: Located[], loaded: Loaded, options: { baseline: string; checked: string }, color: boolean): string {
  if (format === 'json') return renderJson(result);
  if (format === 'text') return renderCheckText(result, { color: color, baseline: options.baseline, checked: options.checked });
  if (format === 'md') return renderCheckMarkdown(result, { baseline: options.baseline, checked: options.checked });
  if (format === 'sarif') return renderSarif(located, packageVersion());
  if (format === 'junit') return renderJunit(located, loaded.model.capabilities);
  return renderGithub(result, located, options.checked);
}

/**
 * Each regression at its place: the manifest line that declares what it names, or
 * for a resource a Terraform state or plan holds, its block there. A resource from
 * Terraform is named by its address in the message too, since its id (an ARN) is
 * not what the pull request shows.
 */
function locateRegressions(result: CheckResult, loaded: Loaded, manifest: string): Located[] {
  if (result.regressions.length === 0) return [];
  const { model } = loaded;
  const locate = createLocator(manifest, loaded.snapshots, (id) => {
    const v = model.positions.get(id);
    return v === undefined ? undefined : model.components[v]!.origins;
  });
  const suppressions = loaded.manifest.suppress ?? [];
  return result.regressions.map((regression) => {
    const index = suppressions.findIndex((entry) => entry.capability === regression.capability && entry.component === regression.component);
    const path = regression.kind === 'max-share' ? ['policy', 'maxShare'] : regression.kind === 'expired-suppression' && index >= 0 ? ['suppress', index] : undefined;
    const location = locate({ ...(regression.component !== undefined && { component: regression.component }), ...(regression.capability !== undefined && { capability: regression.capability }), ...(path !== undefined && { path }) });
    if (location.address === undefined) return { ...regression, location };
    const { address, ...place } = location;
    return { ...regression, message: `${regression.message} (Terraform ${address}, ${place.file}:${place.line})`, location: place, terraform: { address, file: place.file, line: place.line } };
  });
}

function currentBaseline(io: CliIo, loaded: Loaded, regions: string[] | undefined): Baseline {
  const rules = checkedRules(io, loaded, { ...(regions !== undefined && { regions }) });
  return createBaseline(loaded.prepared, analyze(loaded.prepared), rules.regions);
}

/** A baseline that records a region that is no region (edited by hand, or by an older release) is refused. */
function checkBaselineRegions(file: string, baseline: Baseline, loaded: Loaded): void {
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, loaded.model.extraRegions);
  for (const region of Object.keys(baseline.singleRegion)) {
    const [provider, name] = splitRegion(region);
    const check = places.checkRegion(provider, name);
    if (!check.ok) throw new FaultlineError('E_FILE', `${file}: singleRegion["${region}"]: ${check.problem} — ${check.fix.replace(/^did you mean "(.*)"\?$/, `did you mean "region:${provider}/$1"?`)}; write the baseline again with \`faultline baseline --out ${file}\``);
  }
}

/** The gate's rules, its regions checked: a name that is no region is refused; one that holds nothing here is said. */
function checkedRules(io: CliIo, loaded: Loaded, flags: GateFlags): GateRules {
  const rules = gateRules(loaded.model.policy, flags);
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, loaded.model.extraRegions);
  const { errors, idle } = checkGateRegions(rules.regions, places, new Set(loaded.prepared.index.domainIds));
  if (errors.length > 0) throw new FaultlineError('E_USAGE', errors.join('\n'));
  for (const region of idle) io.stderr.write(`faultline: warning: nothing in this estate is in ${region}, so the gate on it cannot fail; check the region you meant\n`);
  return rules;
}

/** Sorted keys, two-space indent, one pair per line: a baseline diffs like code. */
async function writeBaseline(file: string, baseline: Baseline, inputs: readonly string[]): Promise<void> {
  if (inputs.includes(file)) throw new FaultlineError('E_USAGE', `${file} is an input of this run; choose another file`);
  await writeOwnFile(file, renderJson(baseline), { marker: /^\s*\{\s*"faultlineBaseline"\s*:\s*(\d+)/, version: 1, what: 'faultline baseline', fix: 'choose another file' });
}
