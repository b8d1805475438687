/**
 * The legend under the graph: every fill, border, line and glow the graph uses,
 * drawn from the same colours (graph-style.ts), in words.
 */
import { el, replaceChildren } from './dom.js';
import { colours } from './graph-style.js';

interface Swatch {
  label: string;
  title: string;
  /** A box (node) or a line (edge). */
  shape: 'box' | 'line';
  style: Partial<Record<'background' | 'border' | 'borderTop' | 'boxShadow', string>>;
}

const swatches: Swatch[] = [
  { label: 'capability', title: 'something the organisation must keep doing', shape: 'box', style: { background: colours.capability, border: `1px solid ${colours.capability}` } },
  { label: 'a single domain stops it', title: 'capability with a dark border: one failure domain alone takes it down', shape: 'box', style: { background: colours.capability, border: `3px solid ${colours.spofCapability}` } },
  { label: 'component', title: 'a declared service, SaaS or control plane (white: a scanned resource)', shape: 'box', style: { background: colours.component, border: `1px solid ${colours.componentBorder}` } },
  { label: 'single point of failure', title: 'orange ring: its failure alone takes a capability down', shape: 'box', style: { background: colours.component, border: `3px solid ${colours.spofComponent}` } },
  { label: 'folded resources', title: 'double border: stands for the scanned resources it needs (the count); double-click to show them', shape: 'box', style: { background: colours.component, border: `4px double ${colours.componentBorder}` } },
  { label: 'failure domain', title: 'a box: the provider › region (or account, or vendor) its members are in', shape: 'box', style: { background: colours.group, border: `1px solid ${colours.groupBorder}` } },
  { label: 'needs', title: 'arrow: needs what it points to', shape: 'line', style: { borderTop: `2px solid ${colours.edge}` } },
  { label: 'one of alternatives', title: 'dashed: one of a group of alternatives (any of, k of n)', shape: 'line', style: { borderTop: `2px dashed ${colours.edge}` } },
  { label: 'seen called', title: 'teal dots: a call seen in DNS query logs that nothing declares; the node panel gives its evidence', shape: 'line', style: { borderTop: `2px dotted ${colours.observed}` } },
  { label: 'needed by its resources', title: 'dotted: needed by the scanned resources folded into it', shape: 'line', style: { borderTop: `2px dotted ${colours.edge}` } },
  { label: 'failed', title: 'dark red, black border: failed by the what-if itself (its domain, or itself)', shape: 'box', style: { background: colours.failed, border: '3px solid #000' } },
  { label: 'down', title: 'red: down because something it needs is down', shape: 'box', style: { background: colours.down, border: `1px solid ${colours.down}` } },
  { label: 'degraded', title: 'amber: up, with fewer alternatives left', shape: 'box', style: { background: colours.degraded, border: `1px solid ${colours.degraded}` } },
  { label: 'the reason', title: 'thick red line and red glow: the chain from a capability to what takes it down', shape: 'line', style: { borderTop: `4px solid ${colours.reason}` } },
  { label: 'this round', title: 'violet glow: went down in the round of the cascade shown', shape: 'box', style: { background: colours.component, border: `1px solid ${colours.componentBorder}`, boxShadow: `0 0 0 4px ${colours.round}88` } },
  { label: 'search match', title: 'blue border: matches the search', shape: 'box', style: { background: colours.component, border: `3px solid ${colours.match}` } },
];

export function renderLegend(container: HTMLElement): void {
  const items = swatches.map((swatch) => {
    const mark = el('span', { class: `swatch ${swatch.shape}`, 'aria-hidden': 'true' });
    Object.assign(mark.style, swatch.style);
    return el('li', { title: swatch.title }, mark, swatch.label);
  });
  replaceChildren(container, el('ul', {}, ...items));
}
