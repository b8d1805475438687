/**
 * What the page says of a focused capability: what it needs, its single points
 * of failure, and for each failure domain that alone stops it, why (the same
 * explanations the analysis gives, lit in the graph).
 */
import { treeChains } from '../../src/core/analysis/explain-failure.js';
import { reasonText } from '../../src/core/failure-words.js';
import type { Analysis } from '../../src/core/report.js';
import { byId, el, replaceChildren } from './dom.js';
import { shortId, shortenTree } from './results.js';

/** The chains a focused capability's explanations light: each path, or each chain of its tree. */
export function explanationChains(analysis: Analysis, capability: string | undefined): string[][] {
  const result = analysis.capabilities.find((entry) => entry.id === capability);
  return result?.paths.flatMap((path) => (path.tree === undefined ? [path.path] : treeChains(path.tree))) ?? [];
}

export function renderFocus(analysis: Analysis, capability: string | undefined, needs: number): void {
  const section = byId('focus-section');
  const result = analysis.capabilities.find((entry) => entry.id === capability);
  section.hidden = result === undefined;
  if (result === undefined) return;
  const spofs = result.spofComponents;
  const smallest = result.cutSets[0];
  replaceChildren(
    byId('focus'),
    result.description === undefined ? null : el('p', {}, result.description),
    el('p', {}, `Needs ${needs} component${needs === 1 ? '' : 's'}; the graph shows only these, from ${result.id} to its resources.`),
    el('h3', {}, `Single points of failure (${spofs.length})`),
    el('p', { class: 'spof-list' }, spofs.length === 0 ? 'none: every component it needs has an alternative' : spofs.map(shortId).join(', ')),
    el('h3', {}, `Failure domains that alone stop it (${result.spofDomains.length})`),
    result.paths.length === 0
      ? el('p', {}, smallest === undefined ? `none, and no set of up to ${analysis.maxOrder} domains` : `none; the smallest set that does: ${smallest.join(' + ')}`)
      : el(
          'ul',
          { class: 'reasons' },
          ...result.paths.map((path) => el('li', {}, el('strong', {}, path.domain), ` ${reasonText({ path: path.path.map(shortId), ...(path.tree !== undefined && { tree: shortenTree(path.tree) }) })}`)),
        ),
  );
}
