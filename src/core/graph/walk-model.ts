/**
 * One walk over the model's requirement structure, shared by the graphology graph
 * and the compiled index so the two can never disagree: every component, then
 * for each component its nested requirement groups as gate nodes
 * (`<owner>#<n>`, numbered depth-first) and its `requires` edges, with provenance.
 */
import type { Component, Model, Provenance, Requirement } from '../model.js';
import { positionsOf } from '../term-positions.js';

export type GateOp = 'allOf' | 'anyOf' | 'atLeast';

export interface Gate {
  id: string;
  op: GateOp;
  /** How many children must be up: n for allOf, 1 for anyOf, k for atLeast. */
  k: number;
  owner: string;
  provenance: Provenance;
  label?: string;
}

export interface ModelVisitor {
  gate(gate: Gate): void;
  /**
   * A `requires` edge from a component or gate to a component or gate; `at` is the
   * model's position of `to` where the model records it (Model.termPositions).
   */
  edge(from: string, to: string, provenance: Provenance, at?: number): void;
  /**
   * Edges from one node to each id of a list whose positions the model records (a
   * selection's), in one call; a visitor without it is called at `edge` for each.
   */
  edges?(from: string, to: readonly string[], provenance: Provenance, at: ArrayLike<number>): void;
}

export function walkRequirements(component: Component, visitor: ModelVisitor, termPositions?: Model['termPositions']): void {
  // Most resources need nothing: no closures for them.
  if (component.requires.length === 0) return;
  let gates = 0;
  const visit = (parent: string, term: Requirement, provenance: Provenance, at?: number): void => {
    if (typeof term === 'string') {
      visitor.edge(parent, term, provenance, at);
      return;
    }
    const id = `${component.id}#${++gates}`;
    const childProvenance: Provenance = term.origin === 'declared' ? provenance : term.origin;
    visitor.gate({
      id,
      op: term.op,
      k: term.op === 'atLeast' ? term.k : term.op === 'allOf' ? term.terms.length : 1,
      owner: component.id,
      provenance: childProvenance,
      ...(term.op !== 'atLeast' && term.label !== undefined && { label: term.label }),
    });
    visitor.edge(parent, id, childProvenance);
    const known = positionsOf(termPositions, term.terms);
    if (known !== undefined && visitor.edges !== undefined && isIdList(term.terms)) visitor.edges(id, term.terms, childProvenance, known);
    else for (let i = 0; i < term.terms.length; i++) visit(id, term.terms[i]!, childProvenance, known?.[i]);
  };
  // A resource's own requirements came from a discovery source or from its tags; a declared component's from the manifest.
  const isFound = createFoundTest(component.discovered);
  const own = (term: Requirement): Provenance => (component.kind !== 'resource' ? 'declared' : typeof term === 'string' && isFound(term) ? 'discovered' : 'inventory');
  const known = positionsOf(termPositions, component.requires);
  for (let i = 0; i < component.requires.length; i++) {
    const term = component.requires[i]!;
    visit(component.id, term, own(term), known?.[i]);
  }
}

function isIdList(terms: readonly Requirement[]): terms is readonly string[] {
  for (let i = 0; i < terms.length; i++) if (typeof terms[i] !== 'string') return false;
  return true;
}

/**
 * Whether a source found a need of `id`. A resource has a few discovered needs (a
 * Terraform resource three or four): they are searched as they are, and only a long
 * list (DNS logs can give one caller hundreds) is worth a set, not one per resource.
 */
function createFoundTest(discovered: Component['discovered']): (id: string) => boolean {
  if (discovered === undefined) return () => false;
  if (discovered.length > 16) {
    const found = new Set(discovered.flatMap((need) => need.to));
    return (id) => found.has(id);
  }
  return (id) => discovered.some((need) => need.to.includes(id));
}

export function walkModel(model: Model, visitor: ModelVisitor): void {
  for (let v = 0; v < model.components.length; v++) walkRequirements(model.components[v]!, visitor);
}
