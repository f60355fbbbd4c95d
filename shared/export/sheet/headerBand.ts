import { countBySeverity } from '../../analysis/analyze';
import type { AnalysisResult } from '../../analysis/types';
import type { PipelineDocument } from '../../model/document';
import { countOf, formatMoney, formatNumber } from '../../util/numbers';
import { severitySummary } from '../../util/severity';
import { displayText } from '../text';
import { textWidth, truncate } from './measure';
import type { SheetInclude } from './options';
import { paragraph, SHEET_MARGIN, text } from './drawing';
import type { SheetPalette } from './theme';
import { FONT_SIZE, LINE_HEIGHT } from './typography';
import type { Band, SheetItem } from './types';

/** The sheet's title band with its key-figure tiles, and the heading band each section starts with. */

interface Tile {
  label: string;
  value: string;
  colour: string;
}

export function headerBand(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, include: SheetInclude, width: number): Band {
  const x = SHEET_MARGIN;
  const contentWidth = width - 2 * SHEET_MARGIN;
  const items: SheetItem[] = [text(x, SHEET_MARGIN + 8, 'PIPEBOARD · STUDY SHEET', FONT_SIZE.caption, 'bold', palette.accent)];
  const title = paragraph(x, SHEET_MARGIN + 42, document.title.trim() || 'Untitled pipeline', contentWidth, FONT_SIZE.title, 'bold', palette.text, LINE_HEIGHT.title, 3);
  items.push(...title.items);
  let y = SHEET_MARGIN + 42 + (title.lines - 1) * 35 + 22;

  const tiles: Tile[] = [];
  const { cost } = analysis;
  if (include.cost) {
    tiles.push({ label: 'MONTHLY COST', value: formatMoney(cost.total), colour: palette.text });
    if (cost.budgetPerMonth !== undefined) {
      const over = Math.round(cost.total * 100) > Math.round(cost.budgetPerMonth * 100);
      const share = cost.budgetPerMonth > 0 ? `${formatNumber(Math.round((cost.total / cost.budgetPerMonth) * 100))}% used` : over ? 'over' : 'within';
      tiles.push({ label: `BUDGET ${formatMoney(cost.budgetPerMonth)}/MONTH`, value: over ? `Over · ${share}` : `Within · ${share}`, colour: over ? palette.severity.error.ink : palette.success });
    }
    // Beside the cost: "least operational overhead" questions compare this before price.
    tiles.push({ label: 'OPERATIONS (0–3 PER SERVICE)', value: `Score ${formatNumber(analysis.operations.score)}`, colour: palette.text });
  }
  if (include.issues) {
    const counts = countBySeverity(analysis.issues);
    const value = analysis.issues.length === 0 ? 'None' : severitySummary(counts, ' · ');
    const colour = counts.error ? palette.severity.error.ink : counts.warning ? palette.severity.warning.ink : counts.tip ? palette.severity.tip.ink : palette.success;
    tiles.push({ label: 'ISSUES', value, colour });
  }
  tiles.push({ label: 'DESIGN', value: `${countOf(document.nodes.length, 'service')} · ${countOf(document.edges.length, 'connection')}`, colour: palette.text });
  tiles.push({ label: 'PRICES', value: `${displayText(cost.region)} · ${cost.priceDate}`, colour: palette.text });

  let tileX = x;
  let rowBottom = y;
  for (const tile of tiles) {
    const valueSize = tile.label === 'MONTHLY COST' ? FONT_SIZE.costFigure : FONT_SIZE.figure;
    const valueText = truncate(tile.value, contentWidth - 32, valueSize, 'bold');
    const w = Math.ceil(Math.max(textWidth(tile.label, FONT_SIZE.caps, 'bold'), textWidth(valueText, valueSize, 'bold')) + 32);
    if (tileX > x && tileX + w > x + contentWidth) {
      tileX = x;
      y = rowBottom + 10;
    }
    items.push({
      kind: 'group',
      role: 'figure',
      items: [
        { kind: 'rect', x: tileX, y, w, h: 60, r: 10, fill: palette.panelAlt, stroke: palette.border, strokeWidth: 1 },
        text(tileX + 16, y + 22, tile.label, FONT_SIZE.caps, 'bold', palette.muted),
        text(tileX + 16, y + 46, valueText, valueSize, 'bold', tile.colour),
      ],
    });
    tileX += w + 12;
    rowBottom = y + 60;
  }
  return { kind: 'header', height: rowBottom + 28, items };
}

export function headingBand(title: string, right: string | undefined, palette: SheetPalette, width: number): Band {
  const x = SHEET_MARGIN;
  const items: SheetItem[] = [text(x, 24, title, FONT_SIZE.heading, 'bold', palette.text)];
  if (right) items.push(text(width - SHEET_MARGIN, 24, right, FONT_SIZE.label, 'regular', palette.muted, 'end'));
  items.push({ kind: 'rect', x, y: 35, w: width - 2 * SHEET_MARGIN, h: 1.5, fill: palette.text });
  return { kind: 'heading', height: 44, items, keepWithNext: true };
}
