/**
 * The resolved model: every component with its requirement expression and its
 * failure domains, after the manifest was checked and selections were expanded.
 */
import type { Policy } from './manifest/schema.js';
import type { Dependency, IgnoredDependency, ResourceOrigin } from './inventory.js';

export type ComponentKind = 'capability' | 'component' | 'resource';

/** Where a node or an edge came from. */
export type Provenance = 'declared' | 'inventory' | 'selection' | 'knowledge' | 'discovered';

/** A monotone boolean expression over component ids; a plain string is a component id. */
export type Requirement =
  | string
  | { op: 'allOf' | 'anyOf'; terms: Requirement[]; origin: 'declared' | 'selection' | 'knowledge' | 'discovered'; label?: string }
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
  /** Capabilities: serving (data, the default) or changing things (control). */
  plane?: 'data' | 'control';
  /** Control-plane capabilities: the components they change. */
  operates?: string[];
  /** SaaS: what kind of service (from the manifest or the catalog). */
  category?: string;
  /** SaaS: where its hosting came from; `unknown` when nothing says. */
  hostingSource?: 'manifest' | 'catalog' | 'unknown';
  /** The snapshot file a scanned resource came from. */
  source?: string;
  /** Where discovery sources found it (a Terraform address in a state file, ...). */
  origins?: ResourceOrigin[];
  /** What sources found it needs, each with where it came from (its `requires` holds them as terms). */
  discovered?: DiscoveredNeed[];
  /** What sources found it references without needing it, each with why: nothing discovered is hidden. */
  ignored?: IgnoredNeed[];
}

/** A dependency a source found, as the needing component keeps it. */
export type DiscoveredNeed = Omit<Dependency, 'from'>;
export type IgnoredNeed = Omit<IgnoredDependency, 'from'>;

export interface SnapshotSummary {
  file: string;
  scannedAt: string;
  partial: boolean;
  /** `account/region` places that could not be read. */
  missing: string[];
  /** Resources left out because their ARN could not be read. */
  unreadable?: number;
  /** Written by `faultline scan` (it records what it asked). */
  scanned: boolean;
  /** A hand-made example inventory (`"sample": true`), not a scan: present only when true. */
  sample?: true;
}

export interface InventorySummary {
  files: string[];
  resources: number;
  /** Scanned resources no component depends on. */
  unreferenced: number;
  partial: boolean;
  oldestScan?: string;
  snapshots?: SnapshotSummary[];
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
  /** Scenarios the manifest defines. */
  scenarios: Record<string, { description?: string; fail: string[] }>;
  /** Region names the manifest adds to faultline's lists (`knowledge.regions`), per provider. */
  extraRegions?: Record<string, string[]>;
  /**
   * Where the model knows them already (the resources a selection picked): for a
   * list of component ids, the position in `components` of each. Compiling the
   * index then looks up no id per selected resource: at a million resources the
   * lookups were a third of its time. A hint only: a position is used after
   * checking that the component there has that id, so a copy of the model whose
   * components changed compiles the same index as without it.
   */
  termPositions?: TermPositions;
}

/** Positions of the ids of some lists of requirement terms, all in one array (see Model.termPositions). */
export interface TermPositions {
  /** Where each list's positions start in `positions`; they run for the list's length. */
  starts: WeakMap<readonly Requirement[], number>;
  positions: Int32Array;
}
