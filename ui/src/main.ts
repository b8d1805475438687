/**
 * The interactive report: the dependency graph in Cytoscape.js, a what-if panel
 * that fails domains or components and recolours at once, with the reason for
 * every capability that goes down lit up in the graph.
 * `window.cy` is the Cytoscape instance; `document.body.dataset.ready` is "true"
 * after the first layout.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { Simulation } from '../../src/core/report.js';
import { loadPageData, type PageData } from './data.js';
import { byId } from './dom.js';
import { toElements, type Grouping } from './elements.js';
import { createEngine } from './engine.js';
import { graphStyle } from './graph-style.js';
import { renderCapabilities, renderConcentration, renderDomainToggles, renderFindings, renderNode } from './panels.js';

declare global {
  interface Window {
    cy?: Core;
  }
}

cytoscape.use(fcose);
cytoscape.use(dagre);

async function start(): Promise<void> {
  const data = await loadPageData();
  byId('title').textContent = `faultline · ${data.graph.name}`;
  document.title = `faultline · ${data.graph.name}`;
  const engine = createEngine(data.graph);
  const components = new Map(data.graph.components.map((component) => [component.id, component]));
  const failed = new Set<string>();
  let simulation: Simulation | undefined;

  const cy = cytoscape({ container: byId('graph'), elements: toElements(data.graph, 'provider'), style: graphStyle, wheelSensitivity: 0.3 });
  window.cy = cy;
  const layout = (name: string) => cy.layout({ name, animate: false, ...(name === 'dagre' ? { rankDir: 'LR' } : { quality: 'default', nodeDimensionsIncludeLabels: true }) } as cytoscape.LayoutOptions);

  const pick = (id: string) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 200 });
    showNode(id);
  };

  const showNode = (id: string | undefined) => {
    const component = id === undefined ? undefined : components.get(id);
    const blast = component === undefined ? [] : engine.simulate([component.id]).capabilities.filter((c) => c.status === 'down').map((c) => c.id);
    renderNode(component, blast, id !== undefined && failed.has(id), () => {
      if (id === undefined) return;
      if (failed.has(id)) failed.delete(id);
      else failed.add(id);
      update();
      showNode(id);
    });
  };

  const update = () => {
    simulation = failed.size === 0 ? undefined : engine.simulate([...failed]);
    cy.batch(() => {
      cy.elements().removeClass('down degraded failed on-path');
      if (simulation === undefined) return;
      const down = new Set(simulation.down);
      for (const id of down) cy.getElementById(id).addClass('down');
      for (const id of failed) cy.getElementById(id).addClass('failed');
      for (const capability of simulation.capabilities) {
        const node = cy.getElementById(capability.id);
        if (capability.status === 'down') node.addClass('down');
        if (capability.status === 'degraded') node.addClass('degraded');
        capability.path.forEach((id, i) => {
          cy.getElementById(id).addClass('on-path');
          const next = capability.path[i + 1];
          if (next !== undefined) cy.edges(`[source = "${cssEscape(id)}"][target = "${cssEscape(next)}"]`).addClass('on-path');
        });
      }
    });
    renderCapabilities(simulation, data.analysis, pick);
  };

  renderDomainToggles(data.graph.domains, (domain, on) => {
    if (on) failed.add(domain);
    else failed.delete(domain);
    update();
  });
  renderCapabilities(undefined, data.analysis, pick);
  renderFindings(data.analysis, pick);
  renderConcentration(data.analysis);
  wireControls(cy, data, layout, failed, update, () => showNode(undefined), pick);

  cy.on('tap', 'node', (event) => {
    if (!event.target.hasClass('group')) showNode(event.target.id());
  });
  // Double-click fails a node (or brings it back), the same as the panel's button.
  cy.on('dbltap', 'node', (event) => {
    const id: string = event.target.id();
    if (event.target.hasClass('group') || !components.has(id)) return;
    if (failed.has(id)) failed.delete(id);
    else failed.add(id);
    update();
    showNode(id);
  });
  const first = layout('fcose');
  first.one('layoutstop', () => {
    cy.fit(undefined, 30);
    document.body.dataset.ready = 'true';
  });
  first.run();
}

function wireControls(cy: Core, data: PageData, layout: (name: string) => cytoscape.Layouts, failed: Set<string>, update: () => void, clearNode: () => void, pick: (id: string) => void): void {
  const layoutSelect = byId<HTMLSelectElement>('layout');
  byId<HTMLSelectElement>('group-by').addEventListener('change', (event) => {
    cy.elements().remove();
    cy.add(toElements(data.graph, (event.target as HTMLSelectElement).value as Grouping));
    update();
    layout(layoutSelect.value).run();
  });
  layoutSelect.addEventListener('change', () => layout(layoutSelect.value).run());
  byId('fit').addEventListener('click', () => cy.fit(undefined, 30));
  byId('png').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
    link.download = `${data.graph.name}.png`;
    link.click();
  });
  byId('clear').addEventListener('click', () => {
    failed.clear();
    for (const box of document.querySelectorAll<HTMLInputElement>('#domains input')) box.checked = false;
    update();
  });
  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => {
    const text = search.value.trim().toLowerCase();
    cy.batch(() => {
      cy.nodes().removeClass('match');
      if (text.length >= 2) cy.nodes().filter((node) => !node.hasClass('group') && node.id().toLowerCase().includes(text)).addClass('match');
    });
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = cy.nodes('.match').first();
    if (first.nonempty()) pick(first.id());
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape') {
      cy.elements().unselect();
      clearNode();
    }
  });
}

/** Quotes an id for a Cytoscape selector. */
function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

start().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = `faultline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(message);
  document.body.dataset.ready = 'error';
});
