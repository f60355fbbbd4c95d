import type { AnalysisResult } from '../analysis/types';
import type { PipelineDocument } from '../model/document';
import { countBySeverity } from '../analysis/analyze';
import { countOf, formatMoney, formatNumber } from '../util/numbers';
import { SEVERITY_LABEL, severitySummary } from '../util/severity';
import { costSheetMarkdown } from './costMarkdown';
import { mermaidFlowchart } from './mermaid';
import type { SheetInclude } from './sheet/options';
import { displayText, markdownInline, markdownText } from './text';

export interface MarkdownExportOptions {
  include: SheetInclude;
  /** The SVG written beside the note (`name.svg`), linked as its picture; omitted when undefined. */
  svgFileName?: string;
}


/** A relative link target for a file name: percent-encoded, so spaces and brackets cannot break the link. */
function linkTarget(fileName: string): string {
  return encodeURIComponent(displayText(fileName)).replace(/[()'*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The design as a Markdown study note: title, the sheet's SVG beside it, the diagram as Mermaid, needs
 * and notes, the cost table and the issues with their why. User text is escaped so it reads literally
 * and cannot break the note's structure.
 */
export function exportMarkdown(document: PipelineDocument, analysis: AnalysisResult, options: MarkdownExportOptions): string {
  const { include } = options;
  const title = displayText(document.title).trim() || 'Untitled pipeline';
  const out: string[] = [`# ${markdownInline(title)}`, ''];
  if (options.svgFileName) out.push(`![Study sheet: ${markdownInline(title)}](${linkTarget(options.svgFileName)})`, '');
  const facts = [countOf(document.nodes.length, 'service'), countOf(document.edges.length, 'connection')];
  if (include.cost) facts.push(`${formatMoney(analysis.cost.total)}/month`, `operations score ${formatNumber(analysis.operations.score)}`);
  if (include.issues) {
    facts.push(analysis.issues.length === 0 ? 'no issues' : severitySummary(countBySeverity(analysis.issues), ', '));
  }
  out.push(`*${facts.join(' · ')}*`, '');

  out.push('## Diagram', '', '```mermaid', mermaidFlowchart(document, analysis, { issues: include.issues }).trimEnd(), '```', '');

  if (include.notes) {
    const { needs } = document;
    out.push('## Needs and notes', '');
    out.push(`- Budget: ${needs.budgetPerMonth === undefined ? 'none set' : `≤ ${formatMoney(needs.budgetPerMonth)}/month`}`);
    out.push(`- Kafka ecosystem: ${needs.kafkaEcosystem ? 'needed' : 'not needed'}`);
    out.push(`- Exactly-once delivery: ${needs.exactlyOnce ? 'needed' : 'not needed'}`);
    out.push(`- Replay: ${needs.replayHours > 0 ? `${formatNumber(needs.replayHours)} h window` : 'not needed'}`);
    out.push(`- Request-time inputs: ${needs.requestTimeFeatures ? 'needed (predictions cannot be precomputed)' : 'not needed'}`);
    out.push(`- Least operational overhead: ${needs.leastOperationalOverhead ? 'needed' : 'not needed'}`, '');
    const notes = markdownText(document.notes);
    out.push(notes === '' ? '*No notes.*' : notes, '');
  }

  if (include.cost) out.push('## Cost sheet', '', costSheetMarkdown(analysis.cost).trimEnd(), '');

  if (include.issues) {
    out.push('## Issues and why', '');
    if (analysis.issues.length === 0) out.push('No issues: an examiner would accept this design.', '');
    const labels = new Map(document.nodes.map((node) => [node.id, node.label]));
    analysis.issues.forEach((issue, index) => {
      const where = [...new Set(issue.nodes)].map((id) => markdownInline(labels.get(id) ?? id)).join(', ');
      const item = [
        `${index + 1}. **${SEVERITY_LABEL[issue.severity]}** \`${issue.rule.replace(/`/g, '')}\`${where ? ` (${where})` : ''}: ${markdownInline(issue.message)}`,
        `   *Why:* ${markdownInline(issue.why)}`,
      ];
      if (issue.fix) item.push(`   *Fix:* ${markdownInline(issue.fix.label)}`);
      // A trailing backslash is a hard line break inside the list item.
      out.push(item.join('\\\n'), '');
    });
  }
  out.push(`---`, '', `*Made with Pipeboard. Prices: ${markdownInline(analysis.cost.region)} list prices of ${analysis.cost.priceDate}, ${formatNumber(analysis.cost.hoursPerMonth)} hours/month.*`, '');
  return out.join('\n');
}
