/** The side panels under the results: what-if toggles, the selected node, hidden hubs, findings, concentration. */
import type { Analysis } from '../../src/core/report.js';
import type { Component, DiscoveredNeed, Requirement } from '../../src/core/model.js';
import { byId, el, replaceChildren } from './dom.js';
import type { ScenarioChoice } from '../../src/core/named-scenario.js';
import { trendLines } from '../../src/render/brief-text.js';
import { shareRows } from '../../src/render/share-rows.js';
import type { PageData } from './data.js';
import { evidenceText } from '../../src/core/rules/observed-needs.js';

export function renderDomainToggles(domains: readonly string[], onToggle: (domain: string, on: boolean) => void): void {
  const byKind = new Map<string, string[]>();
  for (const domain of domains) {
    const kind = domain.slice(0, domain.indexOf(':'));
    byKind.set(kind, [...(byKind.get(kind) ?? []), domain]);
  }
  const sets = [...byKind].map(([kind, list]) =>
    el(
      'fieldset',
      {},
      el('legend', {}, kind),
      ...list.map((domain) => {
        const box = el('input', { type: 'checkbox', 'data-domain': domain });
        box.addEventListener('change', () => onToggle(domain, box.checked));
        return el('label', { class: 'domain', title: domain }, box, ` ${domain.slice(domain.indexOf(':') + 1)}`);
      }),
    ),
  );
  replaceChildren(byId('domains'), ...sets);
}

/** Ticks the domain toggles of what is failed, and only those. */
export function checkDomainBoxes(failed: ReadonlySet<string>): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('#domains input')) box.checked = failed.has(box.dataset.domain ?? '');
}

/** The outages the page can replay; picking one fails what it fails (none: the choice is cleared). */
export function renderScenarioPicker(scenarios: readonly ScenarioChoice[], onPick: (scenario: ScenarioChoice | undefined) => void): void {
  if (scenarios.length === 0) return;
  const select = byId<HTMLSelectElement>('scenario');
  for (const scenario of scenarios) select.append(el('option', { value: scenario.id }, scenario.title));
  byId('replay').hidden = false;
  select.addEventListener('change', () => {
    const scenario = scenarios.find((entry) => entry.id === select.value);
    byId('scenario-summary').textContent = scenario?.summary ?? '';
    onPick(scenario);
  });
}

/** A what-if changed by hand is no longer the scenario that was picked. */
export function forgetScenario(): void {
  const select = document.getElementById('scenario') as HTMLSelectElement | null;
  if (select === null || select.value === '') return;
  select.value = '';
  byId('scenario-summary').textContent = '';
}

/** What changed since the baseline `serve` was given, in the brief's words. */
export function renderTrend(trend: PageData['trend']): void {
  if (trend === undefined) return;
  const words = trendLines(trend);
  byId('trend-title').textContent = `Since the baseline (${words.since})`;
  replaceChildren(
    byId('trend'),
    el('ul', {}, ...words.summary.map((line) => el('li', {}, line))),
    ...words.lists.flatMap((list) => [el('h3', {}, list.title), el('ul', {}, ...list.items.map((item) => el('li', {}, item)))]),
  );
  byId('trend-section').hidden = false;
}

export function renderNode(component: Component | undefined, blastRadius: string[], centrality: string, failed: boolean, onFail: () => void): void {
  if (!component) {
    replaceChildren(byId('node'), el('p', { class: 'hint' }, 'Click a node, or pick a finding.'));
    return;
  }
  const button = el('button', { type: 'button', id: 'fail-node' }, failed ? 'Bring this back up' : 'Fail this component');
  button.addEventListener('click', onFail);
  const tags = Object.entries(component.tags ?? {});
  replaceChildren(
    byId('node'),
    el(
      'dl',
      {},
      el('dt', {}, 'id'),
      el('dd', {}, component.id),
      el('dt', {}, 'kind'),
      el('dd', {}, `${component.kind}${component.type ? ` (${component.type})` : ''}, ${component.provenance}`),
      component.description ? el('dt', {}, 'description') : null,
      component.description ? el('dd', {}, component.description) : null,
      el('dt', {}, 'failure domains'),
      el('dd', {}, component.domains.join(', ') || 'none'),
      el('dt', {}, 'requires'),
      el('dd', {}, component.requires.length === 0 ? 'nothing' : component.requires.map(describeRequirement).join(' AND ')),
      tags.length > 0 ? el('dt', {}, 'tags') : null,
      tags.length > 0 ? el('dd', {}, tags.map(([key, value]) => `${key}=${value}`).join(', ')) : null,
      ...discoveryRows(component),
      el('dt', {}, 'blast radius'),
      el('dd', { id: 'blast-radius' }, blastRadius.length === 0 ? 'no capability goes down with it alone' : blastRadius.join(', ')),
      el('dt', {}, 'betweenness centrality'),
      el('dd', { id: 'centrality' }, centrality),
    ),
    button,
  );
}

/** Where sources found the component, what they found it needs (and where), and what they found it references without needing it, with why. */
function discoveryRows(component: Component): Array<HTMLElement | null> {
  const rows: Array<HTMLElement | null> = [];
  if (component.origins !== undefined && component.origins.length > 0) {
    rows.push(el('dt', {}, 'found in'), el('dd', { class: 'origins' }, ...component.origins.map((origin) => el('span', { class: 'tree-line' }, `${origin.source}: ${origin.file}${origin.address ? ` ${origin.address}` : ''}`))));
  }
  if (component.discovered !== undefined && component.discovered.length > 0) {
    rows.push(
      el('dt', {}, 'discovered needs'),
      el('dd', { class: 'discovered' }, ...component.discovered.flatMap((need) => [el('span', { class: 'tree-line' }, `${need.to.join(need.alternatives ? ' | ' : ', ')}${need.via ? ` (via ${need.via})` : ''} — ${need.kind}, ${need.provenance}`), evidenceLine(need)])),
    );
  }
  if (component.ignored !== undefined && component.ignored.length > 0) {
    rows.push(
      el('dt', {}, 'references, not needs'),
      el('dd', { class: 'ignored' }, ...component.ignored.flatMap((reference) => [el('span', { class: 'tree-line' }, `${reference.to.join(', ')}${reference.via ? ` (via ${reference.via})` : ''}: ${reference.reason} — ${reference.provenance}`), evidenceLine(reference)])),
    );
  }
  return rows;
}

/** An observed need's evidence under it (how often, from when to when, one name asked); nothing for a declared one. */
function evidenceLine(need: DiscoveredNeed): HTMLElement | null {
  if (need.kind !== 'observed') return null;
  return el('span', { class: 'tree-line evidence' }, `seen: ${evidenceText(need.evidence)}`);
}

function describeRequirement(term: Requirement): string {
  if (typeof term === 'string') return term;
  const inner = term.terms.length > 6 ? [...term.terms.slice(0, 6).map(describeRequirement), `… ${term.terms.length - 6} more`] : term.terms.map(describeRequirement);
  if (term.op === 'atLeast') return `at least ${term.k} of (${inner.join(', ')})`;
  return term.op === 'anyOf' ? `any of (${inner.join(' | ')})` : `all of (${inner.join(', ')})`;
}

/** Findings as a numbered list: severity, then the text, wrapping in the panel; each goes to its component or capability. */
export function renderFindings(analysis: Analysis, onPick: (id: string) => void): void {
  const items = analysis.findings.slice(0, 300).map((finding) => {
    const target = finding.component ?? finding.capability;
    const button = el(
      'button',
      { type: 'button', class: 'finding', ...(target !== undefined && { title: `show ${target}` }) },
      el('span', { class: `severity sev-${finding.severity}` }, finding.severity),
      ' ',
      el('span', { class: 'rule' }, finding.rule),
      ' ',
      finding.message,
    );
    if (target !== undefined) button.addEventListener('click', () => onPick(target));
    return el('li', {}, button);
  });
  if (analysis.findings.length > 300) items.push(el('li', { class: 'hint' }, `… and ${analysis.findings.length - 300} more`));
  byId('findings-count').textContent = String(analysis.findings.length);
  replaceChildren(byId('findings'), ...items);
}

/** How many hidden hubs the panel names. */
const maxHubs = 8;

/**
 * The hidden hubs: the most central components (betweenness, from the analysis)
 * that no capability has as a single point of failure yet. A capability another needs
 * is central too, but it is what the results list already: it is no hidden hub.
 */
export function hiddenHubs(analysis: Analysis): { id: string; betweenness: number; rank: number }[] {
  const shown = new Set([...analysis.capabilities.flatMap((capability) => capability.spofComponents), ...analysis.capabilities.map((capability) => capability.id)]);
  return analysis.centrality.betweenness
    .map((entry, i) => ({ ...entry, rank: i + 1 }))
    .filter((entry) => !shown.has(entry.id))
    .slice(0, maxHubs);
}

export function renderHubs(analysis: Analysis, onPick: (id: string) => void): void {
  const hubs = hiddenHubs(analysis);
  const items = hubs.map((hub) => {
    const button = el('button', { type: 'button', class: 'finding', 'data-hub': hub.id }, hub.id);
    button.addEventListener('click', () => onPick(hub.id));
    return el('li', {}, button, el('span', { class: 'hint' }, ` ${centralityText(analysis, hub.id)}`));
  });
  replaceChildren(byId('hubs'), items.length === 0 ? el('p', { class: 'hint' }, 'Every component that chains run through is already a single point of failure.') : el('ol', {}, ...items));
}

/** A component's betweenness as the node panel and the hub list say it. */
export function centralityText(analysis: Analysis, id: string): string {
  const { betweenness, more } = analysis.centrality;
  const at = betweenness.findIndex((entry) => entry.id === id);
  const estimated = analysis.centrality.estimated ? ', estimated' : '';
  if (at >= 0) return `${betweenness[at]!.betweenness.toPrecision(3)} (${ordinal(at + 1)} of ${betweenness.length + (more ?? 0)} that chains run through${estimated})`;
  if (more !== undefined) return `below the ${betweenness.length} most central`;
  return '0: no shortest chain between two other components runs through it';
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function renderConcentration(analysis: Analysis): void {
  const blocks = (['region', 'provider', 'account', 'vendor'] as const)
    .filter((kind) => analysis.concentration[kind].total > 0)
    .map((kind) => {
      const entry = analysis.concentration[kind];
      return el(
        'div',
        {},
        el('h3', {}, `${kind} (HHI ${entry.hhi.toFixed(2)}, effective ${entry.effective.toFixed(1)})`),
        // The six largest and the rest, in whole percentages that add up to 100.
        ...shareRows(entry.shares, 6).map((row) => {
          const bar = el('div', { class: 'bar' });
          bar.style.width = `${Math.max(2, row.share * 100)}%`;
          return el('div', { class: 'bar-row' }, `${row.name} ${row.percent}% (${row.count})`, bar);
        }),
      );
    });
  replaceChildren(byId('concentration'), ...blocks);
}
