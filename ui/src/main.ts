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
import { treeChains } from '../../src/core/analysis/explain-failure.js';
import type { Component } from '../../src/core/model.js';
import type { GraphNode } from '../../src/render/graph-payload.js';
import { loadPageData, type PageData } from './data.js';
import { byId } from './dom.js';
import { ElementBuilder, toElements, type Grouping } from './elements.js';
import { componentIdOf, edgeIdOf, elementIdOf } from './element-ids.js';
import { createEngine } from './engine.js';
import { wireGraphKeyboard } from './keyboard.js';
import { graphStyle } from './graph-style.js';
import { checkDomainBoxes, forgetScenario, renderCapabilities, renderConcentration, renderDomainToggles, renderFindings, renderNode, renderScenarioPicker, renderTrend } from './panels.js';

declare global {
  interface Window {
    cy?: Core;
  }
}

cytoscape.use(fcose);
cytoscape.use(dagre);

/** Above this many nodes the first layout is a grid: a force layout would keep the page busy for seconds. */
const quickLayoutAbove = 1500;

async function start(): Promise<void> {
  const data = await loadPageData();
  byId('title').textContent = `faultline · ${data.graph.name}`;
  document.title = `faultline · ${data.graph.name}`;
  const engine = createEngine(data.graph, data.analysis);
  const nodesById = new Map(data.graph.nodes.map((node) => [node.id, node]));
  // Bundles of a collapsed graph the user has opened; results name the others instead of their resources.
  const expanded = new Set<string>();
  const failed = new Set<string>();
  let simulation: Simulation | undefined;
  // A collapsed (large) graph starts without compound groups: restyling thousands of
  // nested nodes is what makes a large page slow. The selector still offers them.
  const collapsed = data.graph.collapsed === true;
  if (collapsed) byId<HTMLSelectElement>('group-by').value = 'none';
  let builder = new ElementBuilder(collapsed ? 'none' : 'provider');

  const cy = cytoscape({
    container: byId('graph'),
    elements: toElements(data.graph, builder),
    style: graphStyle,
    wheelSensitivity: 0.3,
    // Large graphs: draw a snapshot while panning and zooming, and one pixel per pixel.
    ...(collapsed && { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 }),
  });
  window.cy = cy;
  // Large graphs: labels too small to read at the current zoom are not drawn; they cost the most to render.
  if (collapsed) cy.style().selector('node').style('min-zoomed-font-size', 7).update();
  const layout = (name: string) =>
    cy.layout({ name, animate: false, ...(name === 'dagre' ? { rankDir: 'LR' } : name === 'fcose' ? { quality: 'default', nodeDimensionsIncludeLabels: true } : {}) } as cytoscape.LayoutOptions);

  const pick = (id: string) => {
    const node = cy.getElementById(elementIdOf(id));
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 200 });
    void showNode(id);
  };

  const showNode = async (id: string | undefined) => {
    const node = id === undefined ? undefined : nodesById.get(id);
    const component = id === undefined ? undefined : describe(engine.component(id), node);
    const blast = component === undefined ? [] : (await engine.simulate([component.id], expanded)).capabilities.filter((c) => c.status === 'down').map((c) => c.id);
    renderNode(component, blast, id !== undefined && failed.has(id), () => {
      if (id !== undefined) void toggleNode(id);
    });
  };

  /** Fails a node, or brings it back, and shows it again. */
  const toggleNode = async (id: string) => {
    if (failed.has(id)) failed.delete(id);
    else failed.add(id);
    forgetScenario();
    await update();
    await showNode(id);
  };

  // Which classes each element (by element id) wears now, so an update touches only what changed:
  // restyling thousands of compound nodes is what makes a large graph slow.
  let painted = new Map<string, string>();
  const update = async () => {
    simulation = failed.size === 0 ? undefined : await engine.simulate([...failed], expanded);
    const next = new Map<string, string>();
    const wearOn = (elementId: string, name: string) => {
      const had = next.get(elementId);
      if (had === undefined) next.set(elementId, name);
      else if (!had.split(' ').includes(name)) next.set(elementId, `${had} ${name}`);
    };
    const wear = (id: string, name: string) => wearOn(elementIdOf(id), name);
    if (simulation !== undefined) {
      for (const id of simulation.down) wear(id, 'down');
      for (const id of failed) wear(id, 'failed');
      for (const capability of simulation.capabilities) {
        if (capability.status === 'down') wear(capability.id, 'down');
        if (capability.status === 'degraded') wear(capability.id, 'degraded');
        // Every chain of the explanation: the one to the cause, or one to each failed alternative.
        const chains = capability.tree === undefined ? [capability.path] : treeChains(capability.tree);
        for (const path of chains) {
          path.forEach((id, i) => {
            wear(id, 'on-path');
            const after = path[i + 1];
            if (after !== undefined) wearOn(edgeIdOf(id, after), 'on-path');
          });
        }
      }
    }
    cy.batch(() => {
      for (const [id, classes] of painted) if (next.get(id) !== classes) cy.getElementById(id).removeClass(classes);
      for (const [id, classes] of next) if (painted.get(id) !== classes) cy.getElementById(id).addClass(classes);
    });
    painted = next;
    renderCapabilities(simulation, data.analysis, pick);
  };

  const expand = async (owner: string) => {
    const contents = await engine.openBundle(owner);
    if (contents === undefined) return;
    const { nodes, edges } = contents;
    const at = cy.getElementById(elementIdOf(owner)).position();
    for (const node of nodes) nodesById.set(node.id, node);
    expanded.add(owner);
    cy.getElementById(elementIdOf(owner)).removeClass('bundle');
    const drawn = (id: string) => nodesById.has(id) && (cy.hasElementWithId(elementIdOf(id)) || nodes.some((node) => node.id === id));
    const added = cy.add([...builder.nodes(nodes), ...builder.edges(edges.filter((edge) => drawn(edge.source) && drawn(edge.target)))]);
    const side = Math.ceil(Math.sqrt(nodes.length)) * 40;
    added.nodes().layout({ name: 'grid', boundingBox: { x1: at.x + 40, y1: at.y - side / 2, w: side, h: side }, animate: false }).run();
    await update();
  };

  renderDomainToggles(data.graph.domains, (domain, on) => {
    if (on) failed.add(domain);
    else failed.delete(domain);
    forgetScenario();
    void update();
  });
  renderScenarioPicker(data.graph.scenarios ?? [], (scenario) => {
    failed.clear();
    for (const entry of scenario?.fail ?? []) failed.add(entry);
    checkDomainBoxes(failed);
    void update();
  });
  renderCapabilities(undefined, data.analysis, pick);
  renderFindings(data.analysis, pick);
  renderTrend(data.trend);
  renderConcentration(data.analysis);
  wireControls(cy, data, layout, failed, update, () => void showNode(undefined), pick, (grouping) => {
    builder = new ElementBuilder(grouping);
    painted = new Map();
    return builder;
  });

  cy.on('tap', 'node', (event) => {
    if (!event.target.hasClass('group')) void showNode(componentIdOf(event.target.id()));
  });
  // Double-click opens a component that stands for folded resources, or fails a node
  // (or brings it back), as the panel's button does.
  cy.on('dbltap', 'node', (event) => {
    const id = componentIdOf(event.target.id());
    if (event.target.hasClass('bundle')) return void expand(id);
    if (event.target.hasClass('group') || !nodesById.has(id)) return;
    void toggleNode(id);
  });
  wireGraphKeyboard(cy, byId('graph'), byId('graph-status'), {
    pick,
    activate: (id) => (cy.getElementById(elementIdOf(id)).hasClass('bundle') ? expand(id) : toggleNode(id)),
    describe: (id) => {
      const node = cy.getElementById(elementIdOf(id));
      const state = ['failed', 'down', 'degraded'].find((name) => node.hasClass(name)) ?? 'up';
      return `${id}, ${String(node.data('kind'))}, ${state}; needs ${node.outgoers('node').length}, needed by ${node.incomers('node').length}`;
    },
  });
  const first = layout(cy.nodes().length > quickLayoutAbove ? 'grid' : 'fcose');
  first.one('layoutstop', () => {
    cy.fit(undefined, 30);
    document.body.dataset.ready = 'true';
    performance.mark('faultline-ready');
    // A large export unpacks and prepares its model once the page is painted, not on the first click.
    requestAnimationFrame(() => setTimeout(() => void engine.warm(), 50));
  });
  first.run();
}

/** What the node panel shows: the component when the page has it, else what the node says; a bundle says what it stands for. */
function describe(component: Component | undefined, node: GraphNode | undefined): Component | undefined {
  if (node === undefined) return component;
  const known: Component = component ?? { id: node.id, kind: node.kind, provenance: node.provenance as Component['provenance'], requires: [], domains: node.domains, ...(node.type !== undefined && { type: node.type }) };
  if (node.count === undefined) return known;
  const note = `stands for ${node.count} scanned resources; double-click to show them`;
  return { ...known, description: known.description === undefined ? note : `${known.description} (${note})` };
}

function wireControls(
  cy: Core,
  data: PageData,
  layout: (name: string) => cytoscape.Layouts,
  failed: Set<string>,
  update: () => Promise<void>,
  clearNode: () => void,
  pick: (id: string) => void,
  regroup: (grouping: Grouping) => ElementBuilder,
): void {
  const layoutSelect = byId<HTMLSelectElement>('layout');
  byId<HTMLSelectElement>('group-by').addEventListener('change', (event) => {
    cy.elements().remove();
    cy.add(toElements(data.graph, regroup((event.target as HTMLSelectElement).value as Grouping)));
    void update();
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
  // Printing (and the PDF export) shows the graph as the explorer draws it now, as a picture: the controls mean nothing on paper.
  window.addEventListener('beforeprint', () => {
    let picture = document.getElementById('print-graph') as HTMLImageElement | null;
    if (picture === null) {
      picture = Object.assign(document.createElement('img'), { id: 'print-graph', alt: `dependency graph of ${data.graph.name}` });
      document.body.append(picture);
    }
    picture.src = cy.png({ full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 4000 });
  });
  byId('clear').addEventListener('click', () => {
    failed.clear();
    forgetScenario();
    checkDomainBoxes(failed);
    void update();
  });
  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => {
    const text = search.value.trim().toLowerCase();
    cy.batch(() => {
      cy.nodes().removeClass('match');
      if (text.length >= 2) cy.nodes().filter((node) => !node.hasClass('group') && componentIdOf(node.id()).toLowerCase().includes(text)).addClass('match');
    });
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    const first = cy.nodes('.match').first();
    if (first.nonempty()) pick(componentIdOf(first.id()));
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

start().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = `faultline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(message);
  document.body.dataset.ready = 'error';
});
