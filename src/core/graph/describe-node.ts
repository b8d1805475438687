/** Readable names for nodes of the compiled index, for messages and explanations. */
import type { CompiledIndex } from './compiled-index.js';

/**
 * A component's id; a selection's region or zone group by its owner and place;
 * another group as `(a + b)` (all needed), `(a | b)` (any one) or `(2 of a, b, c)`,
 * naming its first three members.
 */
export function describeNode(index: CompiledIndex, v: number): string {
  if (v < index.componentCount) return index.ids[v]!;
  // A selection's group of one region or zone: "checkout's eu-west-1 resources".
  const label = index.gateLabels[v - index.componentCount];
  if (label !== undefined) {
    const id = index.ids[v]!;
    return `${id.slice(0, id.lastIndexOf('#'))}'s ${label.slice(label.indexOf(':') + 1)} resources`;
  }
  const members = index.children.subarray(index.childOffsets[v]!, index.childOffsets[v + 1]!);
  if (members.length === 1) return describeNode(index, members[0]!);
  const need = members.length - index.threshold[v]! + 1;
  const parts = Array.from(members.subarray(0, 3), (member) => describeNode(index, member));
  const more = members.length > 3 ? `${need === 1 ? ' |' : ','} ${members.length - 3} more` : '';
  if (need === members.length) return `(${parts.join(' + ')}${members.length > 3 ? ` + ${members.length - 3} more` : ''})`;
  if (need === 1) return `(${parts.join(' | ')}${more})`;
  return `(${need} of ${parts.join(', ')}${more})`;
}
