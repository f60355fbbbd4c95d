import { countBySeverity } from '../../analysis/analyze';
import type { AnalysisResult, Issue } from '../../analysis/types';
import type { PipelineDocument } from '../../model/document';
import { countOf } from '../../util/numbers';
import { SEVERITY_LABEL, severitySummary } from '../../util/severity';
import { displayText } from '../text';
import { headingBand } from './headerBand';
import { textWidth, truncate } from './measure';
import { paragraph, SHEET_MARGIN, text } from './drawing';
import type { SheetPalette } from './theme';
import { FONT_SIZE, LINE_HEIGHT } from './typography';
import type { Band, GroupItem, SheetItem } from './types';

/** The issues with their why, as cards two to a row, and how many more there are beyond the limit. */

/** One issue as a card at `x`, `width` wide: severity, rule, message, why, fix and the nodes it names. */
function issueCard(issue: Issue, x: number, width: number, labels: ReadonlyMap<string, string>, palette: SheetPalette): { height: number; build: (height: number) => GroupItem } {
  const colours = palette.severity[issue.severity];
  const word = SEVERITY_LABEL[issue.severity].toUpperCase();
  const pillWidth = textWidth(word, FONT_SIZE.tiny, 'bold') + 16;
  const innerX = x + 20;
  const innerWidth = width - 36;
  const items: SheetItem[] = [
    { kind: 'rect', x: innerX, y: 12, w: pillWidth, h: 18, r: 9, fill: colours.fill },
    text(innerX + pillWidth / 2, 24.5, word, FONT_SIZE.tiny, 'bold', colours.text, 'middle'),
    text(innerX + pillWidth + 10, 25, truncate(issue.rule, innerWidth - pillWidth - 10, FONT_SIZE.small), FONT_SIZE.small, 'regular', palette.muted),
  ];
  let y = 50;
  const message = paragraph(innerX, y, issue.message, innerWidth, FONT_SIZE.lead, 'bold', palette.text, LINE_HEIGHT.lead, 8);
  items.push(...message.items);
  y += message.lines * 19 + 4;
  const why = paragraph(innerX, y, `Why: ${issue.why}`, innerWidth, FONT_SIZE.body, 'regular', palette.muted, LINE_HEIGHT.body, 14);
  items.push(...why.items);
  y += why.lines * 18;
  if (issue.fix) {
    const fix = paragraph(innerX, y + 2, `Fix: ${issue.fix.label}`, innerWidth, FONT_SIZE.body, 'bold', palette.accent, LINE_HEIGHT.body, 4);
    items.push(...fix.items);
    y += fix.lines * 18 + 2;
  }
  const names = [...new Set(issue.nodes)].map((id) => labels.get(id) ?? id);
  if (names.length > 0) {
    const where = paragraph(innerX, y + 2, `${names.length === 1 ? 'Node' : 'Nodes'}: ${names.join(', ')}`, innerWidth, FONT_SIZE.small, 'regular', palette.muted, LINE_HEIGHT.small, 3);
    items.push(...where.items);
    y += where.lines * 16 + 2;
  }
  return {
    height: y + 4,
    build: (height) => ({
      kind: 'group',
      role: 'issue',
      data: { rule: issue.rule, severity: issue.severity },
      items: [
        { kind: 'rect', x, y: 0, w: width, h: height, r: 8, fill: palette.panel, stroke: palette.border, strokeWidth: 1 },
        { kind: 'path', d: `M${x + 4} 0V${height}H${x + 8}Q${x} ${height} ${x} ${height - 8}V8Q${x} 0 ${x + 8} 0Z`, fill: colours.fill },
        ...items,
      ],
    }),
  };
}

export function issueBands(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, width: number, limit: number): Band[] {
  const summary = analysis.issues.length === 0 ? undefined : severitySummary(countBySeverity(analysis.issues), ' · ');
  const bands: Band[] = [headingBand('Issues and why', summary, palette, width)];
  const x = SHEET_MARGIN;
  const contentWidth = width - 2 * SHEET_MARGIN;
  if (analysis.issues.length === 0) {
    bands.push({
      kind: 'block',
      height: 56,
      items: [
        { kind: 'circle', cx: x + 11, cy: 21, r: 11, fill: palette.success },
        { kind: 'path', d: `M${x + 6} ${21}L${x + 10} ${25}L${x + 16.5} ${17}`, stroke: '#ffffff', strokeWidth: 2.2 },
        text(x + 32, 26, 'No issues: an examiner would accept this design.', FONT_SIZE.large, 'bold', palette.success),
      ],
    });
    return bands;
  }
  const labels = new Map(document.nodes.map((node) => [node.id, displayText(node.label).replace(/\n/g, ' ')]));
  // Issue cards two to a row: a study sheet reads them like flash cards, and the sheet stays short.
  const columns = contentWidth >= 1000 ? 2 : 1;
  const gap = 16;
  const cardWidth = (contentWidth - gap * (columns - 1)) / columns;
  const shown = analysis.issues.slice(0, limit);
  for (let k = 0; k < shown.length; k += columns) {
    const row = shown.slice(k, k + columns).map((issue, column) => issueCard(issue, x + column * (cardWidth + gap), cardWidth, labels, palette));
    const height = Math.max(...row.map((card) => card.height));
    bands.push({ kind: 'block', height: height + 12, items: row.map((card) => card.build(height)) });
  }
  if (analysis.issues.length > limit) {
    const rest = analysis.issues.slice(limit);
    const summary = severitySummary(countBySeverity(rest), ', ', true);
    bands.push({ kind: 'block', height: 30, items: [{ kind: 'group', role: 'issues-more', items: [text(x, 18, `+ ${countOf(rest.length, 'more issue')} (${summary}): run pipeboard check, or export the PDF or Markdown note, to see them all.`, FONT_SIZE.body, 'bold', palette.muted)] }] });
  }
  bands.push({ kind: 'block', height: 14, items: [] });
  return bands;
}
