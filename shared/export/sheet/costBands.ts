import type { AnalysisResult, CostLine } from '../../analysis/types';
import { countOf, formatMoney, formatNumber } from '../../util/numbers';
import { displayText } from '../text';
import { headingBand } from './headerBand';
import { wrapText } from './measure';
import { SHEET_MARGIN, text } from './drawing';
import type { SheetPalette } from './theme';
import { FONT_SIZE, LINE_HEIGHT } from './typography';
import type { Band, SheetItem } from './types';

/** The cost sheet: one row per line item with its formula, the total, and the budget verdict. */

interface Columns {
  node: number;
  item: number;
  formula: number;
  amount: number;
  nodeWidth: number;
  itemWidth: number;
  formulaWidth: number;
}

function costColumns(width: number): Columns {
  const contentWidth = width - 2 * SHEET_MARGIN;
  const nodeWidth = Math.round(Math.min(280, Math.max(170, contentWidth * 0.2)));
  const itemWidth = Math.round(Math.min(260, Math.max(160, contentWidth * 0.18)));
  const amountWidth = 120;
  const node = SHEET_MARGIN + 12;
  const item = node + nodeWidth;
  const formula = item + itemWidth;
  const amount = width - SHEET_MARGIN - 12;
  return { node, item, formula, amount, nodeWidth: nodeWidth - 16, itemWidth: itemWidth - 16, formulaWidth: amount - formula - amountWidth };
}

export function costBands(analysis: AnalysisResult, palette: SheetPalette, width: number, limit: number): Band[] {
  const { cost } = analysis;
  // Over the limit: the largest line items, in sheet order, and one row for the rest.
  let shown = cost.lines;
  if (cost.lines.length > limit) {
    const keep = new Set(cost.lines.map((line, index) => ({ line, index })).sort((a, b) => b.line.amount - a.line.amount || a.index - b.index).slice(0, limit).map((entry) => entry.index));
    shown = cost.lines.filter((_line, index) => keep.has(index));
  }
  const columns = costColumns(width);
  const contentWidth = width - 2 * SHEET_MARGIN;
  const bands: Band[] = [headingBand('Cost sheet', `${countOf(cost.lines.length, 'line item')} · list prices ${cost.region} ${cost.priceDate}`, palette, width)];
  const header: Band = {
    kind: 'table-header',
    height: 30,
    items: [
      text(columns.node, 19, 'NODE', FONT_SIZE.caps, 'bold', palette.muted),
      text(columns.item, 19, 'ITEM', FONT_SIZE.caps, 'bold', palette.muted),
      text(columns.formula, 19, 'FORMULA', FONT_SIZE.caps, 'bold', palette.muted),
      text(columns.amount, 19, 'MONTHLY', FONT_SIZE.caps, 'bold', palette.muted, 'end'),
      { kind: 'rect', x: SHEET_MARGIN, y: 29, w: contentWidth, h: 1, fill: palette.borderStrong },
    ],
  };
  bands.push(header);
  if (cost.lines.length === 0) {
    bands.push({ kind: 'row', height: 34, items: [text(columns.node, 22, 'Nothing to price: the design has no billable services.', FONT_SIZE.body, 'regular', palette.muted)] });
  }
  shown.forEach((line: CostLine, index) => {
    const label = wrapText(displayText(line.label).replace(/\n/g, ' '), columns.nodeWidth, { size: FONT_SIZE.body, weight: 'bold', maxLines: 3 });
    const item = wrapText(displayText(line.item) + (line.overridden ? ' · custom price' : ''), columns.itemWidth, { size: FONT_SIZE.body, maxLines: 3 });
    const formula = wrapText(displayText(line.formula), columns.formulaWidth, { size: FONT_SIZE.body, maxLines: 6 });
    const lineCount = Math.max(label.length, item.length, formula.length);
    const height = lineCount * 17 + 12;
    const items: SheetItem[] = [];
    if (index % 2 === 1) items.push({ kind: 'rect', x: SHEET_MARGIN, y: 0, w: contentWidth, h: height, fill: palette.panelAlt });
    label.forEach((value, k) => items.push(text(columns.node, 19 + k * LINE_HEIGHT.tableRow, value, FONT_SIZE.body, 'bold', palette.text)));
    item.forEach((value, k) => items.push(text(columns.item, 19 + k * LINE_HEIGHT.tableRow, value, FONT_SIZE.body, 'regular', palette.text)));
    formula.forEach((value, k) => items.push(text(columns.formula, 19 + k * LINE_HEIGHT.tableRow, value, FONT_SIZE.body, 'regular', palette.muted)));
    items.push(text(columns.amount, 19, formatMoney(line.amount), FONT_SIZE.body, 'bold', palette.text, 'end'));
    items.push({ kind: 'rect', x: SHEET_MARGIN, y: height - 0.5, w: contentWidth, h: 0.5, fill: palette.border });
    bands.push({
      kind: 'row',
      height,
      header,
      items: [{ kind: 'group', role: 'cost-line', data: { 'node-id': line.node, item: line.item }, ...(label.join(' ') !== displayText(line.label) ? { title: displayText(line.label) } : {}), items }],
    });
  });
  if (shown.length < cost.lines.length) {
    const rest = cost.lines.length - shown.length;
    const restAmount = cost.lines.reduce((sum, line) => sum + line.amount, 0) - shown.reduce((sum, line) => sum + line.amount, 0);
    bands.push({
      kind: 'row',
      height: 34,
      header,
      items: [
        {
          kind: 'group',
          role: 'cost-more',
          items: [
            text(columns.node, 21, `+ ${countOf(rest, 'more line item')}`, FONT_SIZE.body, 'bold', palette.muted),
            text(columns.formula, 21, `The ${formatNumber(shown.length)} largest of ${formatNumber(cost.lines.length)} are shown; the PDF, CSV and Markdown exports list them all.`, FONT_SIZE.body, 'regular', palette.muted),
            text(columns.amount, 21, formatMoney(restAmount), FONT_SIZE.body, 'bold', palette.muted, 'end'),
          ],
        },
      ],
    });
  }
  bands.push({
    kind: 'row',
    height: 44,
    items: [
      {
        kind: 'group',
        role: 'cost-total',
        items: [
          { kind: 'rect', x: SHEET_MARGIN, y: 0, w: contentWidth, h: 1.5, fill: palette.text },
          text(columns.node, 28, 'Total per month', FONT_SIZE.large, 'bold', palette.text),
          text(columns.formula, 28, `${countOf(cost.lines.length, 'line item')}, each rounded to the cent; the total is the sum of the unrounded amounts`, FONT_SIZE.small, 'regular', palette.muted),
          text(columns.amount, 28, formatMoney(cost.total), FONT_SIZE.total, 'bold', palette.text, 'end'),
        ],
      },
    ],
  });
  if (cost.budgetPerMonth !== undefined) bands.push(budgetBand(cost.total, cost.budgetPerMonth, palette, width));
  bands.push({ kind: 'block', height: 20, items: [] });
  return bands;
}

function budgetBand(total: number, budget: number, palette: SheetPalette, width: number): Band {
  const x = SHEET_MARGIN;
  const barWidth = Math.min(520, width - 2 * SHEET_MARGIN - 420);
  const over = Math.round(total * 100) > Math.round(budget * 100);
  const share = budget > 0 ? total / budget : total > 0 ? Infinity : 0;
  const colour = over ? palette.severity.error.fill : share >= 0.8 ? palette.severity.warning.fill : palette.success;
  const filled = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 1)) * barWidth;
  const verdict = over
    ? `Over the ${formatMoney(budget)}/month budget by ${formatMoney(total - budget)}`
    : `Within the ${formatMoney(budget)}/month budget: ${formatMoney(budget - total)} to spare${budget > 0 ? ` (${formatNumber(Math.round(share * 100))}% used)` : ''}`;
  const items: SheetItem[] = [
    text(x, 26, 'Budget', FONT_SIZE.body, 'bold', palette.muted),
    { kind: 'rect', x: x + 70, y: 15, w: barWidth, h: 14, r: 7, fill: palette.panelAlt, stroke: palette.border, strokeWidth: 1 },
    ...(filled > 0 ? [{ kind: 'rect' as const, x: x + 70, y: 15, w: Math.max(filled, 14), h: 14, r: 7, fill: colour }] : []),
    text(x + 70 + barWidth + 16, 26, verdict, FONT_SIZE.body, 'bold', over ? palette.severity.error.ink : palette.success),
  ];
  return { kind: 'row', height: 40, items: [{ kind: 'group', role: 'budget', items }] };
}
