/**
 * The brief as Markdown, for wikis and pull requests: the headline, the trend
 * against a baseline, one sentence per capability, an outage table per named
 * scenario, region and provider, the top risks with their fix, concentration
 * with a Mermaid pie chart per kind, and a Mermaid diagram of the critical paths.
 * Text from data is escaped for tables and for Mermaid labels.
 */
import { outageCounts, type Brief } from '../core/brief.js';
import { treeChains } from '../core/analysis/explain-failure.js';
import { outageRows, riskFixes, spofText, trendLines } from './brief-text.js';
import { cell, mermaid, text } from './markdown-text.js';
import { wholePercents } from './whole-percents.js';
import { countOf, verb } from '../core/count-words.js';

/**
 * Paths drawn in the critical-path diagram: renderers of Mermaid refuse large
 * diagrams (50,000 characters by default), and a wall of paths reads as none.
 */
const diagramPaths = 40;

export function renderBriefMarkdown(brief: Brief): string {
  const lines: string[] = [`# ${text(brief.name)}: resilience brief`, '', brief.headline, ''];
  if (brief.trend !== undefined) {
    const trend = trendLines(brief.trend);
    lines.push(`## Since the baseline (${text(trend.since)})`, '');
    for (const line of trend.summary) lines.push(`- ${text(line)}`);
    for (const list of trend.lists) lines.push('', `**${text(list.title)}**`, '', ...list.items.map((item) => `- ${text(item)}`));
    lines.push('');
  }
  lines.push('## What stops, and why', '');
  for (const capability of brief.capabilities) lines.push(`- ${text(capability.sentence)}${capability.description ? ` _${cell(capability.description)}_` : ''}`);
  lines.push('', '## If a region, a provider or a known outage strikes', '');
  if (brief.outages.length > 0) {
    lines.push('| outage | capabilities that stop | still up, with less in reserve |', '|---|---:|---:|');
    for (const outage of brief.outages) {
      const { down, degraded, total } = outageCounts(outage);
      lines.push(`| ${cell(outage.title)} | ${down} of ${total} | ${degraded} |`);
    }
    lines.push('');
  }
  for (const outage of brief.outages) {
    const { down, total } = outageCounts(outage);
    lines.push(`### ${text(outage.title)} — ${down} of ${countOf(total, 'capability')} ${verb(down, 'stops', 'stop')}`, '');
    if (outage.summary !== undefined) lines.push(`_${cell(outage.summary)}_`, '');
    lines.push('| capability | status | why |', '|---|---|---|');
    const { rows, up } = outageRows(outage);
    for (const capability of rows) lines.push(`| ${cell(capability.id)} | ${capability.status} | ${cell(capability.why)} |`);
    if (up > 0) lines.push(`| ${up} other capabilities | up |  |`);
    lines.push('');
  }
  if (brief.risks.length > 0) {
    lines.push('## Fix first', '');
    const fixes = riskFixes(brief.risks);
    brief.risks.forEach((risk, i) => lines.push(`${risk.rank}. **${risk.severity}** ${text(risk.message)}  `, ...(risk.owner !== undefined ? [`   Owner: ${text(risk.owner)}${risk.system !== undefined ? ` (${text(risk.system)})` : ''}  `] : []), `   Fix: ${text(fixes[i]!)}`));
    lines.push('');
  }
  if (brief.undeclared !== undefined) {
    lines.push('## What your systems call that nobody wrote down', '', '| caller | calls | queries | first seen | last seen | e.g. | needed by |', '|---|---|---:|---|---|---|---|');
    for (const call of brief.undeclared.calls) lines.push(`| ${cell(call.from)} | ${cell(call.to)} | ${call.count ?? ''} | ${call.firstSeen ?? ''} | ${call.lastSeen ?? ''} | ${cell(call.example ?? '')} | ${cell(call.capability ?? '')} |`);
    if (brief.undeclared.more > 0) lines.push(`| and ${brief.undeclared.more} more (\`analyze --format json\` lists them) |  |  |  |  |  |  |`);
    lines.push('');
  }
  if (brief.systems !== undefined) {
    lines.push('## Catalog systems', '', '| system | domain | members | owners | needed by | alone stop a capability |', '|---|---|---:|---|---|---|');
    for (const system of brief.systems) lines.push(`| ${cell(system.system)} | ${cell(system.domain ?? '')} | ${system.members} | ${cell(system.owners.join(', '))} | ${cell(system.capabilities.join(', '))} | ${cell(spofText(system))} |`);
    lines.push('');
  }
  if (brief.concentration.length > 0) {
    lines.push('## Concentration', '', '| kind | largest | share | HHI | effective number |', '|---|---|---:|---:|---:|');
    // Whole percentages rounded together (the chart's slices add up to 100, and Mermaid labels each slice with its value's share), the table's the chart's first.
    const percents = brief.concentration.map((entry) => wholePercents(entry.shares.map((share) => share.share)));
    brief.concentration.forEach((entry, i) => lines.push(`| ${entry.kind} | ${cell(entry.largest)} | ${percents[i]![0]}% | ${entry.hhi.toFixed(2)} | ${entry.effective.toFixed(1)} |`));
    lines.push('');
    brief.concentration.forEach((entry, i) => {
      lines.push('```mermaid', `pie title By ${entry.kind}`, ...entry.shares.map((share, j) => `  "${mermaid(share.name)}" : ${percents[i]![j]}`), '```', '');
    });
  }
  if (brief.paths.length > 0) {
    lines.push('## Critical paths', '', '```mermaid', 'graph LR');
    const ids = new Map<string, string>();
    const node = (id: string) => {
      if (!ids.has(id)) ids.set(id, `n${ids.size}`);
      return `${ids.get(id)}["${mermaid(id)}"]`;
    };
    const edges = new Set<string>();
    for (const { path, domain, tree } of brief.paths.slice(0, diagramPaths)) {
      for (let i = 0; i + 1 < path.length; i++) edges.add(`  ${node(path[i]!)} --> ${node(path[i + 1]!)}`);
      // Without a tree the path ends at the cause; with one, at the alternatives that all fail, each to where it fails.
      const ends = tree === undefined ? [path] : treeChains(tree);
      for (const chain of ends) {
        for (let i = 0; i + 1 < chain.length; i++) edges.add(`  ${node(chain[i]!)} --> ${node(chain[i + 1]!)}`);
        edges.add(`  ${node(chain[chain.length - 1]!)} -. in .-> ${node(domain)}`);
      }
    }
    lines.push(...edges, '```', '');
    const more = brief.paths.length - diagramPaths;
    if (more > 0) lines.push(`The diagram shows the first ${diagramPaths} capabilities; \`faultline analyze\` gives the critical paths of all ${brief.paths.length}.`, '');
  }
  return `${lines.join('\n')}\n`;
}
