import type { AnalysisResult } from '../../analysis/types';
import type { PipelineDocument } from '../../model/document';
import { formatMoney, formatNumber } from '../../util/numbers';
import { displayText } from '../text';
import { headingBand } from './headerBand';
import { textWidth, wrapText } from './measure';
import { paragraph, SHEET_MARGIN, text } from './drawing';
import type { SheetPalette } from './theme';
import { FONT_SIZE, LINE_HEIGHT } from './typography';
import type { Band, SheetItem } from './types';

/** The needs and notes, and the footer with the price table's region, date and assumptions. */

export function needsBands(document: PipelineDocument, palette: SheetPalette, width: number, limit: number): Band[] {
  const bands: Band[] = [headingBand('Needs and notes', undefined, palette, width)];
  const { needs } = document;
  const chips = [
    needs.budgetPerMonth === undefined ? 'No budget set' : `Budget ≤ ${formatMoney(needs.budgetPerMonth)}/month`,
    `Kafka ecosystem: ${needs.kafkaEcosystem ? 'needed' : 'not needed'}`,
    `Exactly-once: ${needs.exactlyOnce ? 'needed' : 'not needed'}`,
    `Replay: ${needs.replayHours > 0 ? `${formatNumber(needs.replayHours)} h window` : 'not needed'}`,
    // Shown only when set, so sheets of designs without the need keep their layout.
    ...(needs.requestTimeFeatures ? ['Request-time inputs: needed'] : []),
    ...(needs.leastOperationalOverhead ? ['Least operational overhead: needed'] : []),
  ];
  const items: SheetItem[] = [];
  let x = SHEET_MARGIN;
  let y = 8;
  for (const chip of chips) {
    const w = textWidth(chip, FONT_SIZE.body, 'bold') + 24;
    if (x > SHEET_MARGIN && x + w > width - SHEET_MARGIN) {
      x = SHEET_MARGIN;
      y += 36;
    }
    items.push({ kind: 'rect', x, y, w, h: 26, r: 13, fill: palette.accentSoft }, text(x + 12, y + 17.5, chip, FONT_SIZE.body, 'bold', palette.accent));
    x += w + 8;
  }
  bands.push({ kind: 'block', height: y + 26 + 16, items: [{ kind: 'group', role: 'needs', items }] });
  const notes = displayText(document.notes).trim();
  if (notes === '') {
    bands.push({ kind: 'block', height: 30, items: [text(SHEET_MARGIN, 18, 'No notes.', FONT_SIZE.label, 'regular', palette.muted)] });
  } else {
    const lines = wrapText(notes, Math.min(width - 2 * SHEET_MARGIN, 1100), { size: FONT_SIZE.lead, maxLines: limit });
    // One band per line, so long notes flow across PDF pages.
    lines.forEach((line) => bands.push({ kind: 'row', height: 21, items: [{ kind: 'group', role: 'note-line', items: line === '' ? [] : [text(SHEET_MARGIN, 15, line, FONT_SIZE.lead, 'regular', palette.text)] }] }));
  }
  bands.push({ kind: 'block', height: 14, items: [] });
  return bands;
}

export function footerBand(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, width: number, embedsDesign: boolean): Band {
  const { cost } = analysis;
  const x = SHEET_MARGIN;
  const contentWidth = width - 2 * SHEET_MARGIN;
  const items: SheetItem[] = [{ kind: 'rect', x, y: 8, w: contentWidth, h: 1, fill: palette.border }];
  const spot = `Spot discount ${formatNumber(document.settings.spotDiscount * 100)}%`;
  items.push(text(x, 34, `Prices: ${displayText(cost.region)} list prices of ${cost.priceDate} · ${formatNumber(cost.hoursPerMonth)} hours/month · ${spot} · amounts in USD per month`, FONT_SIZE.footnote, 'bold', palette.muted));
  let y = 56;
  for (const assumption of cost.assumptions) {
    const lines = paragraph(x + 14, y, assumption, contentWidth - 14, FONT_SIZE.footnote, 'regular', palette.muted, LINE_HEIGHT.footnote, 4);
    items.push({ kind: 'circle', cx: x + 4, cy: y - 4, r: 2, fill: palette.muted }, ...lines.items);
    y += lines.lines * 17 + 2;
  }
  y += 10;
  const made = embedsDesign ? 'Made with Pipeboard. The editable design is embedded in this file: open it in Pipeboard to change it.' : 'Made with Pipeboard.';
  items.push(text(x, y, made, FONT_SIZE.caption, 'regular', palette.muted));
  return { kind: 'footer', height: y + SHEET_MARGIN - 10, items: [{ kind: 'group', role: 'footer', items }] };
}
