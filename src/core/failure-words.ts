/**
 * Explanations in words, for every place that says why something fails: the
 * findings, the text report, the brief and the page. One way to say it, so they
 * never disagree.
 */
import type { FailureTree } from './analysis/explain-failure.js';
import type { WeakenedGroup } from './report.js';

/** A chain of dependencies: `a → b → c`. */
export function chainText(path: readonly string[]): string {
  return path.join(' → ');
}

/** What a tree node is about: its chain, or the unnamed group it starts at; `fallback` when it has neither. */
function subjectText(tree: FailureTree, fallback = ''): string {
  if (tree.group === undefined) return tree.path.length === 0 ? fallback : chainText(tree.path);
  return tree.path.length === 0 ? tree.group : `${tree.group} → ${chainText(tree.path)}`;
}

/** `needs 1 of 3, and all 3 fail` / `needs 2 of 3, and 2 fail`. */
export function defeatText(alternatives: NonNullable<FailureTree['alternatives']>): string {
  const { need, of, failedCount } = alternatives;
  const fail = failedCount === of ? (of === 2 ? 'both fail' : `all ${of} fail`) : `${failedCount} fail`;
  return `needs ${need} of ${of}, and ${fail}`;
}

/** Where a leaf fails: `(in region:aws/us-east-1)`, or `(failed)` when it was named itself. */
function causeText(tree: FailureTree): string {
  const last = tree.path[tree.path.length - 1];
  return tree.cause === undefined ? '' : tree.cause === last ? ' (failed)' : ` (in ${tree.cause})`;
}

/**
 * The tree as indented lines, one per node: the chain, then either where it
 * fails or which alternatives fail, each on its own line below.
 */
export function treeLines(tree: FailureTree, indent = ''): string[] {
  const head = `${indent}${subjectText(tree)}`;
  if (tree.repeated) return [`${head} (as above)`];
  if (tree.alternatives === undefined) return [`${head}${causeText(tree)}`];
  const { failed, failedCount } = tree.alternatives;
  const lines = [`${head} ${defeatText(tree.alternatives)}:`];
  for (const branch of failed) lines.push(...treeLines(branch, `${indent}  `));
  if (failedCount > failed.length) lines.push(`${indent}  … and ${failedCount - failed.length} more`);
  return lines;
}

/** The tree on one line: `edge-cache needs 1 of 2, and both fail: cache-a, cache-b`. */
export function treeSentence(tree: FailureTree, subject?: string): string {
  const about = subjectText(tree, subject);
  if (tree.repeated || tree.alternatives === undefined) return about;
  const { failed, failedCount } = tree.alternatives;
  const branches = failed.map((branch) => (branch.alternatives === undefined ? treeSentence(branch) : `(${treeSentence(branch)})`));
  if (failedCount > failed.length) branches.push(`${failedCount - failed.length} more`);
  return `${about} ${defeatText(tree.alternatives)}: ${branches.join(', ')}`;
}

/**
 * Why something fails with a domain, as the clause after "<capability> goes down
 * when <domain> fails,": the component that alone does it and the chain to it,
 * or, when none does, the defeated alternatives.
 */
export function reasonText(explanation: { path: readonly string[]; tree?: FailureTree }): string {
  const { path, tree } = explanation;
  if (tree !== undefined) return `though no single component in it does: ${treeSentence({ ...tree, path: tree.path.slice(1) }, 'it')}`;
  if (path.length === 1) return 'because it is in that domain itself';
  return `because ${path[path.length - 1]!} does: ${chainText(path)}`;
}

/** Why an up capability is degraded: `redirect lost 1 of its 3 alternatives (2 left)`. */
export function weakenedText(groups: readonly WeakenedGroup[]): string {
  if (groups.length === 0) return 'up; something it can do without is down';
  const said = groups.map(({ component, need, of, up }) => (need === 1 ? `${component} lost ${of - up} of its ${of} alternatives (${up} left)` : `${component} has ${up} of ${of} up (needs ${need})`));
  return `up, with less in reserve: ${said.join('; ')}`;
}
