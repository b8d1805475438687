/**
 * Component ids as the ids of the graph's Cytoscape elements. Cytoscape and its
 * layouts keep elements in plain objects keyed by id (cytoscape 3.34's
 * `eles.remove()`, cose-base's tiling in fcose, graphlib in dagre), where an id
 * such as `constructor` or `toString` finds what every object inherits: such a
 * node could never be removed, and both layouts fail on it. So those ids, and any
 * id that starts with the mark, are drawn as the mark and the id
 * (`~constructor`); every other id is drawn as itself.
 */
const mark = '~';

function needsMark(id: string): boolean {
  return id in Object.prototype || id.startsWith(mark);
}

/** The element id of a component (a node). */
export function elementIdOf(id: string): string {
  return needsMark(id) ? `${mark}${id}` : id;
}

/** The component a node's element id stands for. */
export function componentIdOf(elementId: string): string {
  return elementId.startsWith(mark) ? elementId.slice(mark.length) : elementId;
}

/** The element id of the edge from one component to another: `source NUL target`, so a path step finds its edge by id. */
export function edgeIdOf(source: string, target: string): string {
  return `${elementIdOf(source)}\u0000${elementIdOf(target)}`;
}
