/**
 * How the graph looks; the legend (legend.ts) explains every colour, border and
 * line used here, and the two must change together. Labels sit inside their
 * boxes, at sizes the first view keeps at 10 px or more on screen.
 */
import type { StylesheetJson } from 'cytoscape';

export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Label sizes (model units) by kind of node; the node is as wide as its label. */
export const fontSizes = { capability: 14, component: 13, resource: 12, group: 12 } as const;

export const colours = {
  capability: '#15803d',
  component: '#e2e8f0',
  componentBorder: '#94a3b8',
  resource: '#ffffff',
  spofCapability: '#111827',
  spofComponent: '#f97316',
  down: '#dc2626',
  failed: '#7f1d1d',
  degraded: '#f59e0b',
  reason: '#dc2626',
  round: '#7c3aed',
  match: '#2563eb',
  group: '#f8fafc',
  groupBorder: '#cbd5e1',
  edge: '#94a3b8',
  observed: '#0d9488',
} as const;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': fontFamily,
      'font-size': fontSizes.component,
      color: '#0f172a',
      'text-valign': 'center',
      'text-halign': 'center',
      shape: 'round-rectangle',
      height: 24,
      'background-color': colours.component,
      'border-width': 1,
      'border-color': colours.componentBorder,
    },
  },
  { selector: 'node[width]', style: { width: 'data(width)' } },
  { selector: 'node.resource', style: { 'font-size': fontSizes.resource, height: 22, 'background-color': colours.resource } },
  { selector: 'node.capability', style: { 'font-size': fontSizes.capability, 'font-weight': 'bold', height: 28, 'background-color': colours.capability, color: '#ffffff', 'border-color': colours.capability } },
  { selector: 'node.capability.spof', style: { 'border-width': 3, 'border-color': colours.spofCapability } },
  { selector: 'node.spof-component', style: { 'border-width': 3, 'border-color': colours.spofComponent } },
  { selector: 'node.bundle', style: { 'border-style': 'double', 'border-width': 4 } },
  { selector: 'node.bundle.spof-component', style: { 'border-width': 5 } },
  {
    selector: 'node.group',
    style: {
      'background-color': colours.group,
      'background-opacity': 1,
      'border-color': colours.groupBorder,
      'border-width': 1,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -2,
      'font-size': fontSizes.group,
      color: '#334155',
      padding: '12px',
    },
  },
  { selector: 'node.degraded', style: { 'background-color': colours.degraded, color: '#0f172a' } },
  { selector: 'node.down', style: { 'background-color': colours.down, color: '#ffffff' } },
  { selector: 'node.failed', style: { 'background-color': colours.failed, color: '#ffffff', 'border-color': '#000000', 'border-width': 3 } },
  { selector: 'node.on-path', style: { 'underlay-color': colours.reason, 'underlay-opacity': 0.25, 'underlay-padding': 6, 'underlay-shape': 'round-rectangle' } },
  { selector: 'node.this-round', style: { 'underlay-color': colours.round, 'underlay-opacity': 0.45, 'underlay-padding': 7, 'underlay-shape': 'round-rectangle' } },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': colours.match } },
  { selector: 'node:selected', style: { 'overlay-color': colours.match, 'overlay-opacity': 0.2, 'overlay-padding': 4 } },
  { selector: 'edge', style: { width: 1.3, 'line-color': colours.edge, 'target-arrow-color': colours.edge, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier' } },
  { selector: 'edge.alternative', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.folded', style: { 'line-style': 'dotted' } },
  // Seen at run time (DNS query logs), declared nowhere: dotted, in teal.
  { selector: 'edge.observed', style: { 'line-style': 'dotted', width: 2, 'line-color': colours.observed, 'target-arrow-color': colours.observed } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': colours.reason, 'target-arrow-color': colours.reason, 'z-index': 10 } },
];
