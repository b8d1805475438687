/**
 * Text output for people: a summary first, then tables; the reason for every
 * answer is a path a person can follow.
 */
import type { Analysis, FailureTree, Finding, Severity, Simulation } from '../core/report.js';
import { concentrationKinds } from '../core/analysis/concentration.js';
import { nameOf } from '../core/brief.js';
import { chainText, treeLines, treeSentence, weakenedText } from '../core/failure-words.js';
import { createStyle, type Style } from './style.js';
import { shareRows } from './share-rows.js';
import { renderTable, type TableOptions } from './table.js';
import { countOf, verb } from '../core/count-words.js';

export interface TextOptions {
  color: boolean;
  /** Findings listed in full before "and N more" (default 20). */
  maxFindings?: number;
  /** The terminal's width, when the text goes to one: tables shrink to fit it (see renderTable). */
  width?: number;
}

const severityStyle: Record<Severity, Parameters<Style>[0]> = { critical: 'red', high: 'red', medium: 'yellow', low: 'blue', info: 'dim' };

export function renderAnalysisText(analysis: Analysis, options: TextOptions): string {
  const style = createStyle(options.color);
  const table = tableOptions(options);
  const { summary } = analysis;
  const lines: string[] = [];
  lines.push(`${style('bold', `faultline · ${analysis.name}`)}  ${countOf(summary.capabilities, 'capability')} · ${countOf(summary.components, 'component')} · ${countOf(summary.domains, 'failure domain')}`);
  if (analysis.inventory.files.length > 0) {
    const samples = new Set((analysis.inventory.snapshots ?? []).filter((snapshot) => snapshot.sample).map((snapshot) => snapshot.file));
    const files = analysis.inventory.files.map((file) => (samples.has(file) ? `${file}, a sample inventory` : file)).join(', ');
    lines.push(style('dim', `inventory: ${countOf(analysis.inventory.resources, 'resource')} from ${files} (${analysis.inventory.unreferenced} not depended on)${analysis.inventory.partial ? ' — PARTIAL: part of it could not be read' : ''}`));
  }
  lines.push('');
  const headline =
    summary.spof === 0
      ? summary.capabilities === 0
        ? style('yellow', 'The manifest names no capability: nothing was audited.')
        : style('green', summary.capabilities === 1 ? 'No single failure domain takes the capability down.' : `No single failure domain takes any of the ${summary.capabilities} capabilities down.`)
      : style('red', `${summary.spof} of ${countOf(summary.capabilities, 'capability')} ${verb(summary.spof, 'goes', 'go')} down when a single failure domain fails.`);
  lines.push(headline);
  const counts = (Object.entries(summary.findings) as Array<[Severity, number]>).filter(([, n]) => n > 0);
  if (counts.length > 0) lines.push(`Findings: ${counts.map(([severity, n]) => style(severityStyle[severity], `${n} ${severity}`)).join(', ')}`);
  lines.push('');

  lines.push(style('bold', 'Capabilities'));
  lines.push(
    ...renderTable(
      ['CAPABILITY', 'STATUS', 'MIN CUT', 'SPOF DOMAINS', 'SPOF COMPONENTS'],
      analysis.capabilities.map((capability) => [
        capability.id,
        capability.status === 'spof' ? style('red', 'SPOF') : style('green', 'resilient'),
        capability.minCut === null ? `>${analysis.maxOrder}` : String(capability.minCut),
        summarize(capability.spofDomains, 4),
        summarizeComponents(capability.spofComponents),
      ]),
      table,
    ),
  );
  lines.push('');

  const withPaths = analysis.capabilities.filter((capability) => capability.paths.length > 0);
  if (withPaths.length > 0) {
    lines.push(style('bold', 'Why: critical paths'));
    for (const capability of withPaths) lines.push(...explanationLines(capability.id, capability.paths, style));
    lines.push('');
  }

  const pairs = analysis.capabilities.filter((capability) => capability.cutSets.some((set) => set.length > 1));
  if (pairs.length > 0 && analysis.maxOrder > 1) {
    lines.push(style('bold', `Smallest combinations that take a capability down (order ≤ ${analysis.maxOrder})`));
    for (const capability of pairs) {
      const combos = capability.cutSets.filter((set) => set.length > 1);
      lines.push(`  ${capability.id}: ${summarize(combos.map((set) => `{${set.join(' + ')}}`), 5)}`);
    }
    lines.push('');
  }

  // The three largest and the rest, in percentages that add up to 100.
  lines.push(style('bold', 'Concentration of depended-on components'));
  lines.push(
    ...renderTable(
      ['KIND', 'HHI', 'EFFECTIVE', 'LARGEST SHARES', 'UNLOCATED'],
      concentrationKinds
        .filter((kind) => analysis.concentration[kind].total > 0)
        .map((kind) => {
          const entry = analysis.concentration[kind];
          return [
            kind,
            entry.hhi.toFixed(2),
            entry.effective.toFixed(1),
            shareRows(entry.shares, 3).map((row) => `${row.name} ${row.percent}% (${row.count})`).join(' · ') || '-',
            String(entry.unlocated),
          ];
        }),
      table,
    ),
  );
  lines.push('');

  if (analysis.findings.length > 0) {
    lines.push(style('bold', 'Findings'));
    lines.push(...renderFindings(analysis.findings, style, options.maxFindings ?? 20));
  }
  return lines.join('\n') + '\n';
}

function renderFindings(findings: Finding[], style: Style, max: number): string[] {
  const lines = findings.slice(0, max).map((finding) => `  ${style(severityStyle[finding.severity], finding.severity.toUpperCase().padEnd(8))} ${style('dim', finding.rule.padEnd(26))} ${finding.message}`);
  if (findings.length > max) lines.push(style('dim', `  … and ${findings.length - max} more (--format json lists them all)`));
  return lines;
}

export function renderSimulationText(simulation: Simulation, options: TextOptions): string {
  const style = createStyle(options.color);
  const table = tableOptions(options);
  const down = simulation.capabilities.filter((capability) => capability.status === 'down');
  const lines: string[] = [];
  if (simulation.scenario !== undefined) {
    lines.push(`${style('bold', 'Scenario:')} ${simulation.scenario.title ?? simulation.scenario.id}`);
    if (simulation.scenario.summary) lines.push(style('dim', simulation.scenario.summary));
    lines.push(`Failing: ${summarize(simulation.failed, 12)}`);
    const guessed = simulation.scenario.assumedUp ?? [];
    if (guessed.length > 0) {
      const where = simulation.scenario.region === undefined ? 'its region' : nameOf(`region:${simulation.scenario.region}`);
      const one = guessed.length === 1;
      lines.push(style('yellow', `${guessed.length} component${one ? '' : 's'} in ${where} of unknown type ${one ? 'was' : 'were'} assumed to keep running: ${summarize(guessed, 8)} (declare ${one ? 'its type' : 'their types'} to be sure)`));
    }
  } else {
    lines.push(`${style('bold', 'Scenario:')} ${simulation.failed.join(' + ')} fail${simulation.failed.length === 1 ? 's' : ''}`);
  }
  lines.push(
    down.length === 0
      ? style('green', simulation.capabilities.length === 1 ? 'The capability stays up.' : `All ${simulation.capabilities.length} capabilities stay up.`)
      : style('red', `${down.length} of ${countOf(simulation.capabilities.length, 'capability')} ${verb(down.length, 'goes', 'go')} down.`),
  );
  lines.push('');
  lines.push(
    ...renderTable(
      ['CAPABILITY', 'STATUS', 'WHY'],
      simulation.capabilities.map((capability) => [
        capability.id,
        capability.status === 'down' ? style('red', 'DOWN') : capability.status === 'degraded' ? style('yellow', 'degraded') : style('green', 'up'),
        capability.status === 'down'
          ? capability.tree !== undefined
            ? `${treeSentence(capability.tree)}${capability.cause === undefined ? '' : ` (${capability.cause})`}`
            : `${chainText(capability.path)}${capability.cause === capability.path[capability.path.length - 1] ? ' (failed)' : ` (${capability.cause})`}`
          : capability.status === 'degraded'
            ? weakenedText(capability.weakened ?? [])
            : '',
      ]),
      table,
    ),
  );
  lines.push('');
  const declared = simulation.down.filter((id) => !id.startsWith('arn:'));
  const scanned = simulation.down.length - declared.length;
  const parts = [declared.length > 0 ? summarize(declared, 20) : '', scanned > 0 ? `${scanned} scanned resource${scanned === 1 ? '' : 's'}` : ''].filter(Boolean);
  lines.push(`${countOf(simulation.down.length, 'component')} down${parts.length > 0 ? `: ${parts.join(' and ')}` : ''} (--format json lists them all)`);
  return lines.join('\n') + '\n';
}

/**
 * A capability's critical paths: domains with the same explanation are one
 * reason, said once; a tree is drawn below its line, with where each branch
 * fails when one domain is meant.
 */
function explanationLines(capability: string, paths: Analysis['capabilities'][number]['paths'], style: Style): string[] {
  const groups = new Map<string, { domains: string[]; path: string[]; tree?: FailureTree }>();
  for (const { domain, path, tree } of paths) {
    const key = JSON.stringify([path, tree === undefined ? null : withoutCauses(tree)]);
    const group = groups.get(key);
    if (group) group.domains.push(domain);
    else groups.set(key, { domains: [domain], path, ...(tree !== undefined && { tree }) });
  }
  const lines: string[] = [];
  for (const { domains, path, tree } of groups.values()) {
    const failing = `  ${style('bold', capability)} fails with ${domains.map((domain) => style('magenta', domain)).join(' or ')}`;
    if (tree === undefined) {
      lines.push(path.length === 1 ? `${failing}, being in it itself` : `${failing}, because ${path[path.length - 1]!} does: ${chainText(path)}`);
      continue;
    }
    lines.push(`${failing}, though no single component in ${domains.length === 1 ? 'it' : 'them'} does:`);
    lines.push(...treeLines(domains.length === 1 ? tree : withoutCauses(tree), '    '));
  }
  return lines;
}

/** The tree without where its leaves fail: the same for every domain that defeats it. */
function withoutCauses(tree: FailureTree): FailureTree {
  const { alternatives } = tree;
  const bare: FailureTree = { ...tree, ...(alternatives !== undefined && { alternatives: { ...alternatives, failed: alternatives.failed.map(withoutCauses) } }) };
  delete bare.cause;
  return bare;
}

function tableOptions(options: TextOptions): TableOptions {
  return options.width === undefined ? {} : { width: options.width };
}

function summarize(items: string[], max: number): string {
  if (items.length === 0) return '-';
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} +${items.length - max} more`;
}

/** Declared components first (short, chosen names), then scanned resources (ARNs). */
function summarizeComponents(ids: string[]): string {
  if (ids.length === 0) return '-';
  const named = ids.filter((id) => !id.startsWith('arn:'));
  const shown = (named.length > 0 ? named : ids).slice(0, 3);
  return ids.length === shown.length ? shown.join(', ') : `${ids.length}: ${shown.join(', ')}, …`;
}
