/**
 * The interactive report: the dependency graph in Cytoscape.js, laid out from the
 * capabilities, an overview first (scanned resources folded into the components
 * that need them), everything or one capability's dependency cone on demand; the
 * results always in view, a what-if panel that fails domains or components and
 * replays the cascade round by round, with the reason for every capability that
 * goes down lit up in the graph.
 * `window.cy` is the Cytoscape instance; `document.body.dataset.ready` is "true"
 * after the first layout.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { Simulation } from '../../src/core/report.js';
import type { Component } from '../../src/core/model.js';
import type { GraphNode } from '../../src/render/graph-payload.js';
import { loadPageData } from './data.js';
import { byId } from './dom.js';
import { ElementBuilder, toElements, type Grouping, type MeasureLabel } from './elements.js';
import { componentIdOf, edgeIdOf, elementIdOf } from './element-ids.js';
import { createEngine } from './engine.js';
import { explanationChains, renderFocus } from './focus-panel.js';
import { wireGraphKeyboard } from './keyboard.js';
import { fontFamily, fontSizes, graphStyle } from './graph-style.js';
import { rowsAbove, runLayout, showReadable, type LayoutName } from './layout.js';
import { renderLegend } from './legend.js';
import { paintClasses } from './paint.js';
import { centralityText, checkDomainBoxes, forgetScenario, renderConcentration, renderDomainToggles, renderFindings, renderHubs, renderNode, renderScenarioPicker, renderTrend } from './panels.js';
import { renderCapabilities, renderCascade } from './results.js';
import { createViews, type View } from './views.js';
import { wireControls } from './controls.js';

declare global {
  interface Window {
    cy?: Core;
  }
}

cytoscape.use(fcose);
cytoscape.use(dagre);

/** One round of the cascade on screen while it plays, in milliseconds. */
const roundMs = 900;

async function start(): Promise<void> {
  const data = await loadPageData();
  byId('title').textContent = `faultline · ${data.graph.name}`;
  document.title = `faultline · ${data.graph.name}`;
  const views = createViews(data.graph);
  const engine = createEngine(data.graph, data.analysis, views.folds ? views.overview.bundles : undefined);
  const nodesById = new Map((views.full ?? views.overview).nodes.map((node) => [node.id, node]));
  const owners = new Map(Object.entries(views.overview.bundles ?? {}).flatMap(([owner, members]) => members.map((member) => [member, owner] as const)));
  const large = views.overview.nodes.length > rowsAbove;
  const failed = new Set<string>();
  // Bundles opened in the current view; results name the others instead of their resources.
  let expanded = new Set<string>();
  let simulation: Simulation | undefined;
  let step: number | undefined;
  let view: View = { kind: 'overview' };
  let layoutName: LayoutName = 'dagre';
  // A large graph starts without compound groups: restyling thousands of nested nodes is what makes it slow.
  let grouping: Grouping = large ? 'none' : 'provider';
  byId<HTMLSelectElement>('group-by').value = grouping;
  const measure = labelMeasure();
  let builder = new ElementBuilder(grouping, measure);

  const cy = cytoscape({
    container: byId('graph'),
    style: graphStyle,
    // Large graphs: draw a snapshot while panning and zooming, and one pixel per pixel.
    ...(large && { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 }),
  });
  window.cy = cy;
  // Large graphs: labels too small to read at the current zoom are not drawn; they cost the most to render.
  if (large) cy.style().selector('node').style('min-zoomed-font-size', 7).update();

  const expandedNow = () => (views.isWhole(view) ? new Set(owners.values()) : expanded);
  const focused = () => (view.kind === 'focus' ? view.capability : undefined);

  // Which classes each element (by element id) wears now, so a repaint touches only what changed:
  // restyling thousands of compound nodes is what makes a large graph slow.
  let painted = new Map<string, string>();
  const repaint = () => {
    const next = paintClasses({ simulation, step, explained: simulation === undefined ? explanationChains(data.analysis, focused()) : [] });
    // What is not drawn (a resource folded away) wears nothing yet: it is painted when opened.
    for (const id of next.keys()) if (!cy.hasElementWithId(id)) next.delete(id);
    cy.batch(() => {
      for (const [id, classes] of painted) if (next.get(id) !== classes) cy.getElementById(id).removeClass(classes);
      for (const [id, classes] of next) if (painted.get(id) !== classes) cy.getElementById(id).addClass(classes);
    });
    painted = next;
    renderCapabilities(simulation, data.analysis, focused(), (id) => void show(focused() === id ? { kind: 'overview' } : { kind: 'focus', capability: id }), step);
    renderCascade(simulation?.rounds, step);
  };

  let playing: ReturnType<typeof setInterval> | undefined;
  const stopPlaying = () => {
    clearInterval(playing);
    playing = undefined;
    byId('round-play').textContent = 'Play';
  };
  const update = async () => {
    stopPlaying();
    simulation = failed.size === 0 ? undefined : await engine.simulate([...failed], expandedNow());
    step = undefined;
    repaint();
  };
  const stepTo = (next: number | undefined) => {
    step = next;
    repaint();
  };

  /** Draws a view: its elements, the marks that belong to it, a layout, and the first look at it. */
  const show = async (next: View) => {
    view = next;
    expanded = new Set();
    const graph = views.graphOf(view);
    builder = new ElementBuilder(grouping, measure);
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, builder));
      const capability = data.analysis.capabilities.find((entry) => entry.id === focused());
      // In focus, the orange ring marks the focused capability's own single points of failure.
      if (capability !== undefined) {
        cy.nodes('.spof-component').removeClass('spof-component');
        for (const id of capability.spofComponents) cy.getElementById(elementIdOf(id)).addClass('spof-component');
      }
    });
    painted = new Map();
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) button.setAttribute('aria-pressed', String(button.dataset.view === view.kind));
    byId('focus-chip').hidden = view.kind !== 'focus';
    byId('focus-name').textContent = focused() ?? '';
    renderFocus(data.analysis, focused(), graph.nodes.length - 1);
    if (simulation !== undefined) simulation = failed.size === 0 ? undefined : await engine.simulate([...failed], expandedNow());
    repaint();
    await runLayout(cy, layoutName);
    showReadable(cy);
  };

  const pick = async (id: string) => {
    let node = cy.getElementById(elementIdOf(id));
    if (node.empty() && nodesById.has(id)) {
      // Not drawn here: leave the focus, then open the bundle it is folded into, or show everything.
      if (view.kind === 'focus') await show({ kind: views.full !== undefined && views.folds && owners.has(id) ? 'all' : 'overview' });
      const owner = owners.get(id);
      if (cy.getElementById(elementIdOf(id)).nonempty()) node = cy.getElementById(elementIdOf(id));
      else if (owner !== undefined && cy.getElementById(elementIdOf(owner)).hasClass('bundle')) await expand(owner);
      else if (views.full !== undefined && view.kind !== 'all') await show({ kind: 'all' });
      node = cy.getElementById(elementIdOf(id));
    }
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 200 });
    await showNode(id);
  };

  const showNode = async (id: string | undefined) => {
    const node = id === undefined ? undefined : nodesById.get(id);
    const component = id === undefined ? undefined : describe(engine.component(id), node);
    const blast = component === undefined ? [] : (await engine.simulate([component.id], expandedNow())).capabilities.filter((c) => c.status === 'down').map((c) => c.id);
    renderNode(component, blast, component === undefined ? '' : centralityText(data.analysis, component.id), id !== undefined && failed.has(id), () => {
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

  const expand = async (owner: string) => {
    const contents = await engine.openBundle(owner);
    if (contents === undefined) return;
    const { nodes, edges } = contents;
    const at = cy.getElementById(elementIdOf(owner)).position();
    for (const node of nodes) nodesById.set(node.id, node);
    expanded.add(owner);
    cy.getElementById(elementIdOf(owner)).removeClass('bundle');
    const drawn = (id: string) => nodesById.has(id) && (cy.hasElementWithId(elementIdOf(id)) || nodes.some((node) => node.id === id));
    const added = cy.add([...builder.nodes(nodes), ...builder.edges(edges.filter((edge) => drawn(edge.source) && drawn(edge.target) && !cy.hasElementWithId(edgeIdOf(edge.source, edge.target))))]);
    const side = Math.ceil(Math.sqrt(nodes.length)) * 40;
    added.nodes().layout({ name: 'grid', boundingBox: { x1: at.x + 60, y1: at.y - side / 2, w: side * 3, h: side }, animate: false }).run();
    if (failed.size > 0) simulation = await engine.simulate([...failed], expandedNow());
    repaint();
  };

  renderLegend(byId('legend'));
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
  renderFindings(data.analysis, (id) => void pick(id));
  renderHubs(data.analysis, (id) => void pick(id));
  renderTrend(data.trend);
  renderConcentration(data.analysis);
  byId('view-all').hidden = views.full === undefined || !views.folds;
  wireControls(cy, data, {
    show: (next) => void show(next),
    relayout: async (name) => {
      layoutName = name;
      await runLayout(cy, name);
      showReadable(cy);
    },
    regroup: (next) => {
      grouping = next;
      return show(view);
    },
    clear: () => {
      failed.clear();
      forgetScenario();
      checkDomainBoxes(failed);
      void update();
    },
    clearNode: () => void showNode(undefined),
    pick: (id) => void pick(id),
    knows: (id) => nodesById.has(id),
    rounds: {
      back: () => stepTo(step === undefined ? (simulation?.rounds.length ?? 1) - 1 : Math.max(0, step - 1)),
      next: () => stepTo(step === undefined ? 0 : Math.min((simulation?.rounds.length ?? 1) - 1, step + 1)),
      all: () => {
        stopPlaying();
        stepTo(undefined);
      },
      play: () => {
        if (playing !== undefined) return stopPlaying();
        const last = (simulation?.rounds.length ?? 1) - 1;
        stepTo(step === undefined || step >= last ? 0 : step + 1);
        byId('round-play').textContent = 'Pause';
        playing = setInterval(() => {
          if (step === undefined || step >= last) return stopPlaying();
          stepTo(step + 1);
        }, roundMs);
      },
    },
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
    pick: (id) => void pick(id),
    activate: (id) => (cy.getElementById(elementIdOf(id)).hasClass('bundle') ? expand(id) : toggleNode(id)),
    describe: (id) => {
      const node = cy.getElementById(elementIdOf(id));
      const state = ['failed', 'down', 'degraded'].find((name) => node.hasClass(name)) ?? 'up';
      return `${id}, ${String(node.data('kind'))}, ${state}; needs ${node.outgoers('node').length}, needed by ${node.incomers('node').length}`;
    },
  });
  await show(view);
  document.body.dataset.ready = 'true';
  performance.mark('faultline-ready');
  // A large export unpacks and prepares its model once the page is painted, not on the first click.
  requestAnimationFrame(() => setTimeout(() => void engine.warm(), 50));
}

/** What the node panel shows: the component when the page has it, else what the node says; a bundle says what it stands for. */
function describe(component: Component | undefined, node: GraphNode | undefined): Component | undefined {
  if (node === undefined) return component;
  const known: Component = component ?? { id: node.id, kind: node.kind, provenance: node.provenance as Component['provenance'], requires: [], domains: node.domains, ...(node.type !== undefined && { type: node.type }) };
  if (node.count === undefined) return known;
  const note = `stands for ${node.count} scanned resources; double-click to show them`;
  return { ...known, description: known.description === undefined ? note : `${known.description} (${note})` };
}

/** Label widths as the graph draws them, measured once per label on a canvas with the graph's font. */
function labelMeasure(): MeasureLabel {
  const context = document.createElement('canvas').getContext('2d');
  return (label, kind) => {
    const size = fontSizes[kind === 'capability' ? 'capability' : kind === 'resource' ? 'resource' : 'component'];
    if (context === null) return label.length * size * 0.6;
    context.font = `${kind === 'capability' ? 'bold ' : ''}${size}px ${fontFamily}`;
    return context.measureText(label).width;
  };
}

start().catch((error: unknown) => {
  const message = document.createElement('p');
  message.textContent = `faultline could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(message);
  document.body.dataset.ready = 'error';
});
