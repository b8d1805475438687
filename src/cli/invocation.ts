/** What the command line asked for, after parsing and before anything runs. */
import type { PlanOption } from '../sources/manifest/load-manifest.js';

export type { PlanOption };
export type OutputFormat = 'text' | 'json';
export type CheckFormat = OutputFormat | 'md' | 'sarif' | 'junit' | 'github';
export const exportFormats = ['html', 'md', 'json', 'graphml', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A duration as the user wrote it (`90m`), and in milliseconds. */
export interface Duration {
  ms: number;
  text: string;
}


export interface CommonOptions {
  manifest: string;
  format: OutputFormat;
  out?: string;
  allowPartial: boolean;
  plan?: PlanOption;
}

export type Invocation =
  | { command: 'init'; manifest: string; fromCatalog?: string }
  | { command: 'analyze'; options: CommonOptions & { maxOrder: number; failOn?: string; maxAge: Duration } }
  | { command: 'simulate'; options: CommonOptions & { fail: string[]; scenario?: string; maxAge: Duration } }
  | { command: 'scan'; options: { manifest: string; out?: string; profile?: string; regions?: 'all' | string[]; concurrency: number; allowPartial: boolean } }
  | { command: 'serve'; options: { manifest: string; plan?: PlanOption; host: string; port: number; watch: boolean; collapseAbove: number; baseline?: string; allowPartial: boolean; maxAge: Duration } }
  | { command: 'baseline'; options: { manifest: string; plan?: PlanOption; out: string; regions?: string[]; allowPartial: boolean; maxAge: Duration } }
  | { command: 'check'; options: { manifest: string; plan?: PlanOption; baseline: string; updateBaseline: boolean; format: CheckFormat; out?: string; regions?: string[]; spofDomainKinds?: string[]; spofComponents?: boolean; allowPartial: boolean; maxAge: Duration } }
  | { command: 'export'; options: { manifest: string; plan?: PlanOption; format: ExportFormat; out?: string; baseline?: string; collapseAbove: number; chromium?: string; allowPartial: boolean; maxAge: Duration } }
  | { command: 'schema'; out?: string }
  | { command: 'rules'; format: OutputFormat };
