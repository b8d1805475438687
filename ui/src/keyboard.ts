/**
 * The graph without a mouse. With the graph focused (Tab), the arrow keys walk the
 * requirement edges: Right goes to what the selected node needs, Left to what
 * needs it, Up and Down to the previous and next of the nodes reached the same
 * way. Enter does what a double-click does (fail the node or bring it back; open a
 * component standing for folded resources). A live region says where you are.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { componentIdOf } from './element-ids.js';

export interface GraphKeys {
  /** Selects, centres and shows a node, as a click does. */
  pick(id: string): void;
  /** What a double-click does; resolves once the page shows the result. */
  activate(id: string): Promise<void>;
  /** How the live region names a node: its id, kind and status. */
  describe(id: string): string;
}

export function wireGraphKeyboard(cy: Core, container: HTMLElement, announcer: HTMLElement, keys: GraphKeys): void {
  // The nodes the last step could have reached, and where in them we are.
  let row: string[] = [];
  let at = 0;
  const go = (ids: string[], index: number) => {
    if (ids.length === 0) return;
    row = ids;
    at = (index + ids.length) % ids.length;
    const id = row[at]!;
    keys.pick(id);
    announcer.textContent = `${keys.describe(id)} (${at + 1} of ${row.length})`;
  };
  const drawn = (nodes: cytoscape.NodeCollection) => nodes.filter((node) => !node.hasClass('group')).map((node) => componentIdOf(node.id()));
  const selected = (): NodeSingular | undefined => {
    const node = cy.nodes(':selected').first();
    return node.nonempty() && !node.hasClass('group') ? node : undefined;
  };

  container.addEventListener('keydown', (event) => {
    const node = selected();
    let handled = true;
    if (node === undefined && event.key.startsWith('Arrow')) go(drawn(cy.nodes('.capability')), 0);
    else if (node === undefined) handled = false;
    else if (event.key === 'ArrowRight') go(drawn(node.outgoers('node')), 0);
    else if (event.key === 'ArrowLeft') go(drawn(node.incomers('node')), 0);
    else if (event.key === 'ArrowDown') go(row.includes(componentIdOf(node.id())) ? row : [componentIdOf(node.id())], at + 1);
    else if (event.key === 'ArrowUp') go(row.includes(componentIdOf(node.id())) ? row : [componentIdOf(node.id())], at - 1);
    else if (event.key === 'Enter') {
      const id = componentIdOf(node.id());
      void keys.activate(id).then(() => (announcer.textContent = keys.describe(id)));
    } else handled = false;
    if (handled) event.preventDefault();
  });
}
