/**
 * The resolved model: every component with its requirement expression and its
 * failure domains, after the manifest was checked and selections were expanded.
 */
import type { Policy } from './manifest/schema.js';

export type ComponentKind = 'capability' | 'component' | 'resource';

/** Where a node or an edge came from. */
export type Provenance = 'declared' | 'inventory' | 'selection';

/** A monotone boolean expression over component ids; a plain string is a component id. */
export type Requirement =
  | string
  | { op: 'allOf' | 'anyOf'; terms: Requirement[]; origin: 'declared' | 'selection'; label?: string }
  | { op: 'atLeast'; k: number; terms: Requirement[]; origin: 'declared' };

export interface Component {
  id: string;
  kind: ComponentKind;
  provenance: Provenance;
  /** All of these are needed (AND). */
  requires: Requirement[];
  /** Sorted, unique failure domains of this component itself. */
  domains: string[];
  description?: string;
  type?: string;
  provider?: string;
  region?: string;
  zone?: string;
  account?: string;
  vendor?: string;
  hosting?: string[];
  tags?: Record<string, string>;
  independentOf?: string[];
  /** The snapshot file a scanned resource came from. */
  source?: string;
}

export interface InventorySummary {
  files: string[];
  resources: number;
  /** Scanned resources no component depends on. */
  unreferenced: number;
  partial: boolean;
  oldestScan?: string;
}

export interface Model {
  name: string;
  /** Components in a stable order: capabilities first, then declared, then resources, each sorted by id. */
  components: Component[];
  byId: ReadonlyMap<string, Component>;
  /** Component id -> position in `components`. */
  positions: ReadonlyMap<string, number>;
  capabilities: string[];
  policy: Policy;
  inventory: InventorySummary;
  /** Things worth saying that do not stop the run (e.g. a resource in two snapshots). */
  warnings: string[];
}
