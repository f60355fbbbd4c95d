import type { AnalysisResult, Severity } from '../analysis/types';
import { catalog } from '../catalog/index';
import type { PipelineDocument } from '../model/document';
import { isWorse, SEVERITIES } from '../util/severity';
import { PALETTES } from './sheet/theme';
import { displayText } from './text';
import { mermaidSubgraphs } from './mermaidSubgraphs';

/**
 * The design as a Mermaid `flowchart LR` (renders in GitHub, GitLab, Obsidian). Node ids are generated
 * (`n0_src`), never taken raw from the document, and every label is quoted with Mermaid's entity codes
 * for the characters that could end the string, open HTML or start Markdown, so any label parses.
 */

/** Text inside a quoted Mermaid label: one line, with `"`, `#`, `&`, `<`, `>`, backtick and `|` as entity codes. */
export function mermaidText(value: string): string {
  return displayText(value)
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .replace(/%/g, '#37;')
    .replace(/\\/g, '#92;')
    .trim();
}

/** A Mermaid-safe id for the node at `index`: a fixed prefix, the index, and the id's plain letters. */
export function mermaidId(id: string, index: number): string {
  const readable = id.replace(/[^A-Za-z0-9]/g, '').slice(0, 24);
  return readable ? `n${index}_${readable}` : `n${index}`;
}

export interface MermaidOptions {
  /** Outline nodes with issues in their worst severity's colour (default true). */
  issues?: boolean;
}

export function mermaidFlowchart(document: PipelineDocument, analysis: AnalysisResult, options: MermaidOptions = {}): string {
  const palette = PALETTES.light;
  const lines = ['flowchart LR'];
  if (document.nodes.length === 0) {
    lines.push('  empty["No services yet"]');
    return `${lines.join('\n')}\n`;
  }
  const ids = new Map<string, string>();
  document.nodes.forEach((node, index) => ids.set(node.id, mermaidId(node.id, index)));
  const categories = new Map<string, string[]>();
  for (const node of document.nodes) {
    const service = catalog[node.service];
    const parts = [mermaidText(node.label) || mermaidText(service.shortName)];
    parts.push(mermaidText(service.shortName === node.label ? service.category : service.shortName));
    const headline = analysis.derived.nodes[node.id]?.headline;
    if (headline) parts.push(mermaidText(headline));
    lines.push(`  ${ids.get(node.id)!}["${parts.join('<br/>')}"]`);
    const members = categories.get(service.category) ?? [];
    members.push(ids.get(node.id)!);
    categories.set(service.category, members);
  }
  lines.push(...mermaidSubgraphs(document, ids));
  for (const edge of document.edges) {
    const from = ids.get(edge.source);
    const to = ids.get(edge.target);
    if (!from || !to) continue;
    const label = analysis.derived.edges[edge.id]?.label;
    lines.push(label ? `  ${from} -->|"${mermaidText(label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  for (const [category, members] of categories) {
    const colour = palette.category[category as keyof typeof palette.category];
    lines.push(`  classDef ${category} stroke:${colour},stroke-width:2px`);
    lines.push(`  class ${members.join(',')} ${category}`);
  }
  if (options.issues ?? true) {
    const worst = new Map<string, Severity>();
    for (const issue of analysis.issues) {
      for (const id of issue.nodes) {
        const current = worst.get(id);
        if (ids.has(id) && isWorse(issue.severity, current)) worst.set(id, issue.severity);
      }
    }
    for (const severity of SEVERITIES) {
      const members = document.nodes.filter((node) => worst.get(node.id) === severity).map((node) => ids.get(node.id)!);
      if (members.length === 0) continue;
      lines.push(`  classDef ${severity} stroke:${palette.severity[severity].fill},stroke-width:3px,stroke-dasharray:${severity === 'error' ? '0' : '5 3'}`);
      lines.push(`  class ${members.join(',')} ${severity}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
