/**
 * The controls around the graph: which view, grouping and layout, search, Fit,
 * PNG, printing, clearing the what-if, the cascade's steps, and the keys `/` and
 * Escape.
 */
import type { Core } from 'cytoscape';
import type { PageData } from './data.js';
import { byId } from './dom.js';
import { componentIdOf } from './element-ids.js';
import type { Grouping } from './elements.js';
import type { LayoutName } from './layout.js';
import type { View } from './views.js';

export interface Controls {
  show(view: View): void;
  relayout(name: LayoutName): Promise<void>;
  regroup(grouping: Grouping): Promise<void>;
  clear(): void;
  clearNode(): void;
  pick(id: string): void;
  /** True for a component of the estate, drawn or not. */
  knows(id: string): boolean;
  rounds: { back(): void; next(): void; all(): void; play(): void };
}

export function wireControls(cy: Core, data: PageData, controls: Controls): void {
  const layoutSelect = byId<HTMLSelectElement>('layout');
  byId<HTMLSelectElement>('group-by').addEventListener('change', (event) => void controls.regroup((event.target as HTMLSelectElement).value as Grouping));
  layoutSelect.addEventListener('change', () => void controls.relayout(layoutSelect.value as LayoutName));
  byId('view-overview').addEventListener('click', () => controls.show({ kind: 'overview' }));
  byId('view-all').addEventListener('click', () => controls.show({ kind: 'all' }));
  byId('unfocus').addEventListener('click', () => controls.show({ kind: 'overview' }));
  byId('fit').addEventListener('click', () => cy.fit(undefined, 24));
  byId('png').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    link.download = `${data.graph.name}.png`;
    link.click();
  });
  // Printing (and the PDF export) shows the graph as the explorer draws it now, as a picture: the controls mean nothing on paper.
  window.addEventListener('beforeprint', () => {
    let picture = document.getElementById('print-graph') as HTMLImageElement | null;
    if (picture === null) {
      picture = Object.assign(document.createElement('img'), { id: 'print-graph', alt: `dependency graph of ${data.graph.name}` });
      document.body.append(picture);
    }
    picture.src = cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 });
  });
  byId('clear').addEventListener('click', () => controls.clear());
  byId('round-back').addEventListener('click', () => controls.rounds.back());
  byId('round-next').addEventListener('click', () => controls.rounds.next());
  byId('round-all').addEventListener('click', () => controls.rounds.all());
  byId('round-play').addEventListener('click', () => controls.rounds.play());

  const search = byId<HTMLInputElement>('search');
  const matches = (text: string) => (id: string) => id.toLowerCase().includes(text);
  search.addEventListener('input', () => {
    const text = search.value.trim().toLowerCase();
    cy.batch(() => {
      cy.nodes().removeClass('match');
      if (text.length >= 2) cy.nodes().filter((node) => !node.hasClass('group') && matches(text)(componentIdOf(node.id()))).addClass('match');
    });
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = cy.nodes('.match').first();
    if (first.nonempty()) return controls.pick(componentIdOf(first.id()));
    // Nothing drawn matches: a component folded away, or outside the focused capability.
    const text = search.value.trim().toLowerCase();
    const hidden = text.length >= 2 ? data.graph.nodes.map((node) => node.id).find(matches(text)) : undefined;
    if (hidden !== undefined && controls.knows(hidden)) controls.pick(hidden);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape') {
      cy.elements().unselect();
      controls.clearNode();
    }
  });
}
