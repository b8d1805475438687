import type { StylesheetJson } from 'cytoscape';

export const graphStyle: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'background-color': '#94a3b8', 'border-width': 1, 'border-color': '#64748b' } },
  { selector: 'node.capability', style: { shape: 'round-rectangle', width: 'label', height: 24, padding: '6px', 'text-valign': 'center', 'text-margin-y': 0, 'background-color': '#16a34a', color: '#fff', 'font-size': 12, 'font-weight': 'bold' } },
  { selector: 'node.capability.spof', style: { 'border-width': 3, 'border-color': '#7f1d1d' } },
  { selector: 'node.spof-component', style: { 'border-width': 3, 'border-color': '#f97316' } },
  { selector: 'node.bundle', style: { shape: 'round-rectangle', width: 26, height: 26, 'background-color': '#cbd5e1', 'border-style': 'double', 'border-width': 3 } },
  { selector: 'node.group', style: { 'background-color': '#f1f5f9', 'background-opacity': 0.7, 'border-color': '#cbd5e1', 'text-valign': 'top', 'font-size': 11, color: '#334155', shape: 'round-rectangle' } },
  { selector: 'node.down', style: { 'background-color': '#dc2626' } },
  { selector: 'node.capability.degraded', style: { 'background-color': '#f59e0b' } },
  { selector: 'node.failed', style: { 'background-color': '#7f1d1d', 'border-color': '#000', 'border-width': 2 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#dc2626' } },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#2563eb' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25 } },
  { selector: 'edge', style: { width: 1.2, 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier' } },
  { selector: 'edge.alternative', style: { 'line-style': 'dashed' } },
  // Seen at run time (DNS query logs), declared nowhere: dotted, in the colour of a finding to read.
  { selector: 'edge.observed', style: { 'line-style': 'dotted', 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed' } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
];
