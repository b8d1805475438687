/**
 * Where nodes go, and the first view of them. Layered (dagre) from left to right:
 * capabilities in the first column, what they need to their right, so the page
 * reads from the capabilities, and each group in bands of its own (bands.ts);
 * deterministic, since the same elements arrive in the same order. A graph too
 * large to lay out while the page starts (a large estate's overview) is laid out
 * in rows instead, capabilities first, then by how far each node is from one.
 * Force (fcose) starts from the current positions, so it too gives the same
 * picture every time (its group boxes may take in other nodes).
 */
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type Layouts, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { placeInBands } from './bands.js';

export type LayoutName = 'dagre' | 'fcose';

/** Above this many nodes, the layered layout would keep the page busy for seconds: rows instead. */
export const rowsAbove = 600;
/** The smallest label height the first view of a graph shows, in screen pixels. */
export const readablePx = 10;
/**
 * The most rows a column has within one group before it wraps into columns side
 * by side: at the readable zoom, 16 rows are under 500 px, so the first band
 * (the capabilities and what they need directly) fits on the screen with room
 * for the next.
 */
const maxRows = 16;
/** Tiny graphs are not blown up beyond this zoom. */
const maxFirstZoom = 1.5;
const padding = 24;

export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  const nodes = cy.nodes();
  if (nodes.length > rowsAbove) {
    const leaves = nodes.filter((node) => !node.isParent());
    return run(leaves.layout({ name: 'grid', animate: false, fit: false, avoidOverlap: true, condense: true, cols: Math.ceil(Math.sqrt(leaves.length / 3)), sort: byDistance(cy) } as LayoutOptions));
  }
  if (name === 'fcose') return run(cy.layout({ name: 'fcose', randomize: false, quality: 'default', nodeDimensionsIncludeLabels: true, animate: false, fit: false, nodeRepulsion: 9000, idealEdgeLength: 90 } as LayoutOptions));
  const positions = layered(cy);
  cy.batch(() => {
    for (const [id, at] of positions) cy.getElementById(id).position(at);
  });
}

function run(layout: Layouts): Promise<void> {
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

/**
 * Dagre on the nodes and edges alone, in a headless copy (its own handling of
 * groups lets other nodes into a group's box), with every capability in the
 * first column: each hangs from a root that is not drawn, and an edge into a
 * capability (one capability needing another) is left out of the ranking and
 * drawn backwards. Then the groups become bands (bands.ts).
 */
function layered(cy: Core): Map<string, { x: number; y: number }> {
  const leaves = cy.nodes().filter((node) => !node.isParent()).toArray() as NodeSingular[];
  const edges = cy.edges().toArray() as EdgeSingular[];
  const root = '\u0000root';
  const elements: ElementDefinition[] = [
    { data: { id: root, width: 1 } },
    ...leaves.map((node) => ({ data: { id: node.id(), width: node.data('width') as number }, classes: node.classes().join(' ') })),
    ...leaves.filter((node) => node.hasClass('capability')).map((node) => ({ data: { id: `${root}${node.id()}`, source: root, target: node.id(), weight: 10 } })),
    ...edges.filter((edge) => !edge.target().hasClass('capability')).map((edge) => ({ data: { id: edge.id(), source: edge.source().id(), target: edge.target().id(), weight: 1 } })),
  ];
  // Only sizes matter to the ranking: the boxes as wide as their labels.
  const copy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(width)', height: 26 } }], elements });
  copy
    .layout({ name: 'dagre', rankDir: 'LR', nodeSep: 10, rankSep: 70, edgeSep: 6, animate: false, fit: false, edgeWeight: (edge: EdgeSingular) => edge.data('weight') as number } as LayoutOptions)
    .run();
  const placed = leaves.map((node) => {
    const at = copy.getElementById(node.id()).position();
    return { id: node.id(), x: at.x, y: at.y, width: node.data('width') as number, groups: node.ancestors().map((group) => group.id()).reverse() as string[] };
  });
  copy.destroy();
  return placeInBands(placed, { row: 34, gap: 22, label: 10, maxRows, wrapGap: 16 });
}

/**
 * Fits the graph, unless its labels would then be smaller than `readablePx`: then
 * the zoom is the one at which they are that tall, and the view starts at the
 * top left of the drawing, where the capabilities are (or at the first
 * capability, should they not fit below the top), the rest a pan away.
 */
export function showReadable(cy: Core): void {
  const drawn = cy.nodes(':visible');
  if (drawn.empty()) return;
  cy.fit(drawn, padding);
  if (cy.zoom() > maxFirstZoom) {
    cy.zoom(maxFirstZoom);
    cy.center(drawn);
  }
  const smallest = Math.min(...drawn.map((node) => Number.parseFloat(String(node.style('font-size')))));
  const zoom = readablePx / smallest;
  if (cy.zoom() >= zoom) return;
  const box = drawn.boundingBox({});
  const capabilities = drawn.filter('.capability');
  // The top of the drawing, unless the capabilities would then end below the screen.
  let top = box.y1;
  if (capabilities.nonempty() && (capabilities.boundingBox({}).y2 - top) * zoom + padding > cy.height()) top = capabilities.boundingBox({}).y1;
  cy.zoom(zoom);
  cy.pan({ x: padding - box.x1 * zoom, y: padding - top * zoom });
}

/** For rows: capabilities first, then by the fewest requirement steps from one, then by id. */
function byDistance(cy: Core): (a: NodeSingular, b: NodeSingular) => number {
  const steps = new Map<string, number>();
  let layer = cy.nodes('.capability').toArray();
  for (const node of layer) steps.set(node.id(), 0);
  for (let step = 1; layer.length > 0; step++) {
    const next: NodeSingular[] = [];
    for (const node of layer) {
      for (const target of node.outgoers('node').nodes().toArray()) {
        if (steps.has(target.id())) continue;
        steps.set(target.id(), step);
        next.push(target);
      }
    }
    layer = next;
  }
  const of = (node: NodeSingular) => steps.get(node.id()) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => of(a) - of(b) || (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);
}
