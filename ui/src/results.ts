/**
 * The results, always in view at the top of the side panel: each capability up,
 * degraded or down with its reason, and the cascade of the what-if a round at a
 * time, each round saying what went down and why.
 */
import type { Analysis, CascadeRound, FailureTree, SimulatedCapability, Simulation } from '../../src/core/report.js';
import { chainText, treeLines, weakenedText } from '../../src/core/failure-words.js';
import { byId, el, replaceChildren } from './dom.js';

/** Problems first: down, then degraded, then up, each by id (the analysis's order). */
const statusOrder = { down: 0, degraded: 1, up: 2 } as const;

/**
 * `step`: the round of the cascade shown, if one is: a capability that goes down in a
 * later round is still up there, and says when it will fall.
 */
export function renderCapabilities(simulation: Simulation | undefined, analysis: Analysis, focused: string | undefined, onFocus: (id: string) => void, step?: number): void {
  const simulatedById = new Map(simulation?.capabilities.map((entry) => [entry.id, entry]));
  const fallsIn = roundsOfFalls(simulation, step);
  const statusOf = (id: string) => {
    const status = simulatedById.get(id)?.status ?? 'up';
    return status === 'down' && step !== undefined && (fallsIn.get(id) ?? 0) > step ? 'up' : status;
  };
  const ordered = [...analysis.capabilities].sort((a, b) => statusOrder[statusOf(a.id)] - statusOrder[statusOf(b.id)]);
  const items = ordered.map((capability) => {
    const status = statusOf(capability.id);
    const simulated = status === 'up' ? undefined : simulatedById.get(capability.id);
    const later = status === 'up' && simulatedById.get(capability.id)?.status === 'down' ? fallsIn.get(capability.id) : undefined;
    const button = el('button', { type: 'button', class: 'capability-name', 'data-capability': capability.id, title: `show only what ${capability.id} needs`, 'aria-pressed': String(focused === capability.id) }, capability.id);
    button.addEventListener('click', () => onFocus(capability.id));
    return el(
      'li',
      { 'data-status': status, ...(focused === capability.id && { class: 'focused' }) },
      button,
      ' ',
      el('span', { class: `status status-${status}` }, status),
      capability.status === 'spof' && simulation === undefined ? el('span', { class: 'hint' }, capability.spofDomains.length === 1 ? ' · 1 single domain stops it' : ` · ${capability.spofDomains.length} single domains stop it`) : null,
      later !== undefined ? el('span', { class: 'hint' }, ` · so far; down in round ${later}`) : null,
      simulated?.status === 'down' ? whyDown(simulated) : null,
      simulated?.status === 'degraded' ? el('span', { class: 'path' }, weakenedText(simulated.weakened ?? [])) : null,
    );
  });
  const down = simulation?.capabilities.filter((entry) => statusOf(entry.id) === 'down').length ?? 0;
  byId('results-count').textContent = simulation === undefined ? `${analysis.capabilities.length}` : `${down} of ${analysis.capabilities.length} down${step === undefined ? '' : ` by round ${step}`}`;
  replaceChildren(byId('capabilities'), ...items);
}

/** Each capability the cascade takes down -> the round it falls in; none while the whole cascade is shown. */
function roundsOfFalls(simulation: Simulation | undefined, step: number | undefined): Map<string, number> {
  const rounds = new Map<string, number>();
  if (simulation === undefined || step === undefined) return rounds;
  const capabilities = new Set(simulation.capabilities.map((entry) => entry.id));
  for (const round of simulation.rounds) for (const fall of round.down) if (capabilities.has(fall.id)) rounds.set(fall.id, round.round);
  return rounds;
}

/** The chain to the cause; or, when no single failure explains it, why each alternative fails, one line each. */
function whyDown(simulated: SimulatedCapability): HTMLElement {
  if (simulated.tree === undefined) {
    const cause = simulated.cause && simulated.cause !== simulated.path[simulated.path.length - 1] ? ` (${simulated.cause})` : '';
    const text = `${chainText(simulated.path.map(shortId))}${cause}`;
    return el('span', { class: 'path', title: text }, text);
  }
  return el('span', { class: 'path tree' }, ...treeLines(shortenTree(simulated.tree)).map((line) => el('span', { class: 'tree-line', title: line }, line)));
}

/** An id as the page names it in a sentence: an ARN by its resource part, as the graph labels it. */
export function shortId(id: string): string {
  return id.startsWith('arn:') ? id.split(':').slice(5).join(':') : id;
}

/** A tree with its ids named as the page names them (see shortId). */
export function shortenTree(tree: FailureTree): FailureTree {
  return {
    ...tree,
    path: tree.path.map(shortId),
    ...(tree.cause !== undefined && { cause: tree.cause === tree.path[tree.path.length - 1] ? shortId(tree.cause) : tree.cause }),
    ...(tree.alternatives !== undefined && { alternatives: { ...tree.alternatives, failed: tree.alternatives.failed.map(shortenTree) } }),
  };
}

/** How many of a round's falls the panel lists; the rest are counted. */
const maxShown = 200;

/**
 * The cascade control: the whole of it (step undefined), or round `step`, with
 * what went down in that round and why.
 */
export function renderCascade(rounds: readonly CascadeRound[] | undefined, step: number | undefined): void {
  const panel = byId('cascade');
  panel.hidden = rounds === undefined || rounds.length === 0;
  if (rounds === undefined || rounds.length === 0) return;
  panel.dataset.round = step === undefined ? 'all' : String(step);
  const total = rounds.reduce((sum, round) => sum + round.down.length + (round.resources ?? 0), 0);
  byId('round-label').textContent =
    step === undefined ? `Cascade: ${rounds.length} round${rounds.length === 1 ? '' : 's'}, ${total} down` : `Round ${step} of ${rounds.length - 1}${step === 0 ? ': failed directly' : ''}`;
  byId<HTMLButtonElement>('round-back').disabled = step === 0;
  byId<HTMLButtonElement>('round-next').disabled = step === rounds.length - 1;
  byId<HTMLButtonElement>('round-all').disabled = step === undefined;
  const list = byId('round-steps');
  if (step === undefined) {
    list.hidden = true;
    replaceChildren(list);
    return;
  }
  const round = rounds[step]!;
  const items = round.down.slice(0, maxShown).map((fall) =>
    el(
      'li',
      { 'data-id': fall.id },
      el('strong', { title: fall.id }, shortId(fall.id)),
      fall.cause !== undefined ? ` ${fall.cause === fall.id ? 'failed by name' : `in ${fall.cause}`}` : '',
      fall.because !== undefined ? ` needs ${fall.because.map(shortId).join(', ')}${fall.moreBecause ? ` and ${fall.moreBecause} more` : ''}` : '',
    ),
  );
  if (round.down.length > maxShown) items.push(el('li', { class: 'hint' }, `… and ${round.down.length - maxShown} more`));
  if (round.resources !== undefined) items.push(el('li', { class: 'hint' }, `and ${round.resources} scanned resources`));
  list.hidden = false;
  replaceChildren(list, ...items);
}
