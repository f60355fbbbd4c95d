import type { AnalysisResult, CostLine, Issue, Severity } from '../../analysis/types';
import { catalog } from '../../catalog/index';
import type { PipelineDocument, PipelineNode } from '../../model/document';
import { countBySeverity } from '../../analysis/analyze';
import { countOf, formatMoney, formatNumber } from '../../util/numbers';
import { isWorse, SEVERITY_LABEL, severitySummary } from '../../util/severity';
import { displayText } from '../text';
import { isRtl, textWidth, truncate, wrapText, type FontWeight } from './measure';
import { PALETTES, type ExportTheme, type SheetPalette } from './theme';
import type { Band, GroupItem, SheetItem, Sheet, TextItem } from './types';

/**
 * The study sheet's layout, shared by the SVG and PDF writers: a title with the key figures, the
 * diagram from the node positions, the cost sheet, the issues with their why, needs and notes, and a
 * footer with the price table's date, region and assumptions. Pure and deterministic.
 */

export interface SheetInclude {
  cost: boolean;
  issues: boolean;
  notes: boolean;
}

export interface SheetOptions {
  theme: ExportTheme;
  include: SheetInclude;
  /** A fixed sheet width in px (the PDF's); by default the sheet fits the diagram, 1200–2400 px wide. */
  width?: number;
  /** The tallest the diagram may be before it is scaled down (px). */
  maxDiagramHeight?: number;
  /** Say in the footer that the design travels inside the file (SVG and PNG). */
  embedsDesign?: boolean;
  /**
   * Most cost lines, issues and note lines drawn; a large design shows its largest line items and
   * first issues, then says how many more there are (an image of 1,000 rows helps nobody, and PNG time
   * grows with the picture). Default: everything (the PDF pages the full sheet).
   */
  limits?: SheetLimits;
}

export interface SheetLimits {
  costLines: number;
  issues: number;
  noteLines: number;
}

/** The limits of the SVG and PNG sheet. */
export const IMAGE_SHEET_LIMITS: SheetLimits = { costLines: 20, issues: 4, noteLines: 40 };

export const SHEET_MARGIN = 48;
const MIN_WIDTH = 1200;
const MAX_WIDTH = 2400;
const MIN_DIAGRAM_SCALE = 0.35;

export const CARD_WIDTH = 188;
const ICON_SIZE = 36;
const CARD_PAD = 12;
const CARD_TEXT_X = CARD_PAD + ICON_SIZE + 10;
const CARD_TEXT_WIDTH = CARD_WIDTH - CARD_TEXT_X - CARD_PAD;
const CARD_MIN_HEIGHT = 64;
const PANEL_PAD = 36;
/** Empty stretches of canvas wider than this are closed up, so far-flung nodes still fit a sheet. */
const MAX_GAP = 1000;


export function text(x: number, y: number, value: string, size: number, weight: FontWeight, fill: string, anchor: TextItem['anchor'] = 'start'): TextItem {
  const shown = displayText(value).replace(/\n/g, ' ');
  return { kind: 'text', x, y, text: shown, size, weight, fill, anchor, width: textWidth(shown, size, weight), rtl: isRtl(shown) };
}

/** Wrapped lines as text items from baseline `y`, `lineHeight` apart; returns the items and the lines used. */
function paragraph(x: number, y: number, value: string, width: number, size: number, weight: FontWeight, fill: string, lineHeight: number, maxLines?: number): { items: TextItem[]; lines: number } {
  const lines = wrapText(displayText(value), width, { size, weight, ...(maxLines === undefined ? {} : { maxLines }) });
  return { items: lines.map((line, k) => text(x, y + k * lineHeight, line, size, weight, fill)), lines: lines.length };
}

function roundedTopPath(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x} ${y + h}V${y + r}Q${x} ${y} ${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h}Z`;
}

// ---------------------------------------------------------------------------------------------------
// The diagram

interface CardLayout {
  node: PipelineNode;
  x: number;
  y: number;
  height: number;
  labelLines: string[];
  serviceLine: string;
  headlineLines: string[];
}

/** Positions along one axis with huge empty stretches closed up (order and small gaps kept). */
function closeGaps(values: readonly number[]): Map<number, number> {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const placed = new Map<number, number>();
  let previous: number | undefined;
  let at = 0;
  for (const value of sorted) {
    if (previous !== undefined) {
      const gap = value - previous;
      at += Number.isFinite(gap) ? Math.min(gap, MAX_GAP) : MAX_GAP;
    }
    placed.set(value, at);
    previous = value;
  }
  return placed;
}

function worstSeverity(issues: readonly Issue[]): { nodes: Map<string, Severity>; edges: Map<string, Severity>; counts: Map<string, number> } {
  const nodes = new Map<string, Severity>();
  const edges = new Map<string, Severity>();
  const counts = new Map<string, number>();
  const note = (map: Map<string, Severity>, id: string, severity: Severity): void => {
    const current = map.get(id);
    if (isWorse(severity, current)) map.set(id, severity);
  };
  for (const issue of issues) {
    for (const id of new Set(issue.nodes)) {
      note(nodes, id, issue.severity);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of new Set(issue.edges)) note(edges, id, issue.severity);
  }
  return { nodes, edges, counts };
}

/** A headline ("8 shards · records-bound") broken between its " · " parts when it needs two lines. */
function headlineLines(headline: string): string[] {
  const options = { size: 11.5, weight: 'bold' as const };
  if (textWidth(headline, options.size, options.weight) <= CARD_TEXT_WIDTH) return [headline];
  const lines: string[] = [];
  let line = '';
  for (const part of headline.split(' · ')) {
    const joined = line === '' ? part : `${line} · ${part}`;
    if (textWidth(joined, options.size, options.weight) <= CARD_TEXT_WIDTH) line = joined;
    else {
      if (line !== '') lines.push(line);
      line = part;
    }
  }
  lines.push(line);
  if (lines.length <= 2 && lines.every((entry) => textWidth(entry, options.size, options.weight) <= CARD_TEXT_WIDTH)) return lines;
  return wrapText(headline, CARD_TEXT_WIDTH, { ...options, maxLines: 2 });
}

function cardLayouts(document: PipelineDocument, analysis: AnalysisResult): CardLayout[] {
  const xs = closeGaps(document.nodes.map((node) => node.position.x));
  const ys = closeGaps(document.nodes.map((node) => node.position.y));
  const cards = document.nodes.map((node) => {
    const service = catalog[node.service];
    const labelLines = wrapText(displayText(node.label).replace(/\n/g, ' ').trim() || service.shortName, CARD_TEXT_WIDTH, { size: 13, weight: 'bold', maxLines: 3 });
    const serviceLine = truncate(service.shortName === node.label ? service.category : service.shortName, CARD_TEXT_WIDTH, 11);
    const headline = analysis.derived.nodes[node.id]?.headline;
    const headline_ = headline ? headlineLines(displayText(headline)) : [];
    const textHeight = labelLines.length * 16 + 15 + headline_.length * 15;
    const height = Math.max(CARD_MIN_HEIGHT, textHeight + 2 * CARD_PAD - 2);
    return { node, x: xs.get(node.position.x)!, y: ys.get(node.position.y)!, height, labelLines, serviceLine, headlineLines: headline_ };
  });
  // One height for every card, so cards in a row line up and edges between them run straight.
  const height = Math.max(CARD_MIN_HEIGHT, ...cards.map((card) => card.height));
  for (const card of cards) card.height = height;
  return cards;
}

function cardItems(card: CardLayout, palette: SheetPalette, severity: Severity | undefined, issueCount: number): GroupItem {
  const { node, x, y, height } = card;
  const service = catalog[node.service];
  const accent = palette.category[service.category];
  const items: SheetItem[] = [
    { kind: 'rect', x, y, w: CARD_WIDTH, h: height, r: 8, fill: accent },
    { kind: 'path', d: `M${x + 4} ${y}H${x + CARD_WIDTH - 8}Q${x + CARD_WIDTH} ${y} ${x + CARD_WIDTH} ${y + 8}V${y + height - 8}Q${x + CARD_WIDTH} ${y + height} ${x + CARD_WIDTH - 8} ${y + height}H${x + 4}Z`, fill: palette.panel },
    { kind: 'rect', x, y, w: CARD_WIDTH, h: height, r: 8, stroke: severity === 'error' ? palette.severity.error.fill : palette.borderStrong, strokeWidth: severity === 'error' ? 1.5 : 1 },
    { kind: 'icon', icon: service.icon, x: x + CARD_PAD, y: y + (height - ICON_SIZE) / 2, size: ICON_SIZE },
  ];
  const textHeight = card.labelLines.length * 16 + 15 + card.headlineLines.length * 15;
  let baseline = y + (height - textHeight) / 2 + 12;
  for (const line of card.labelLines) {
    items.push(text(x + CARD_TEXT_X, baseline, line, 13, 'bold', palette.text));
    baseline += 16;
  }
  items.push(text(x + CARD_TEXT_X, baseline - 1, card.serviceLine, 11, 'regular', palette.muted));
  baseline += 15;
  for (const line of card.headlineLines) {
    items.push(text(x + CARD_TEXT_X, baseline, line, 11.5, 'bold', palette.accent));
    baseline += 15;
  }
  if (severity) {
    const colours = palette.severity[severity];
    const cx = x + CARD_WIDTH - 3;
    const cy = y + 3;
    items.push({ kind: 'circle', cx, cy, r: 10, fill: colours.fill, stroke: palette.canvas, strokeWidth: 2 });
    const mark = issueCount > 1 ? String(Math.min(issueCount, 99)) : severity === 'tip' ? 'i' : '!';
    items.push(text(cx, cy + 4.2, mark, mark.length > 1 ? 10 : 12, 'bold', colours.text, 'middle'));
  }
  const label = displayText(node.label);
  const title = `${label} — ${service.name}${issueCount ? ` (${countOf(issueCount, 'issue')})` : ''}`;
  return { kind: 'group', role: 'node', data: { 'node-id': node.id, service: node.service }, title, items };
}

interface DiagramLayout {
  width: number;
  height: number;
  items: SheetItem[];
  icons: string[];
}

function diagramLayout(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, include: SheetInclude): DiagramLayout {
  const cards = cardLayouts(document, analysis);
  const severities = include.issues ? worstSeverity(analysis.issues) : { nodes: new Map<string, Severity>(), edges: new Map<string, Severity>(), counts: new Map<string, number>() };
  if (cards.length === 0) {
    const items: SheetItem[] = [text(PANEL_PAD + 120, PANEL_PAD + 24, 'This design has no services yet.', 14, 'regular', palette.muted, 'middle')];
    return { width: 240 + 2 * PANEL_PAD, height: 48 + 2 * PANEL_PAD, items, icons: [] };
  }
  const minX = Math.min(...cards.map((card) => card.x));
  const minY = Math.min(...cards.map((card) => card.y));
  for (const card of cards) {
    card.x = card.x - minX + PANEL_PAD;
    card.y = card.y - minY + PANEL_PAD;
  }
  const width = Math.max(...cards.map((card) => card.x + CARD_WIDTH)) + PANEL_PAD;
  const height = Math.max(...cards.map((card) => card.y + card.height)) + PANEL_PAD;
  const byId = new Map(cards.map((card) => [card.node.id, card]));

  const edgeItems: SheetItem[] = [];
  const labelItems: SheetItem[] = [];
  for (const edge of document.edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const sx = from.x + CARD_WIDTH;
    const sy = from.y + from.height / 2;
    const tx = to.x - 7;
    const ty = to.y + to.height / 2;
    const dx = tx - sx;
    // React Flow's bezier: horizontal tangents, pulled further out when the edge runs backwards.
    const pull = dx >= 0 ? Math.max(dx * 0.5, 12) : 0.25 * 25 * Math.sqrt(-dx) + 40;
    const c1x = sx + pull;
    const c2x = tx - pull;
    const severity = severities.edges.get(edge.id);
    const colour = severity ? palette.severity[severity].fill : palette.edge;
    const items: SheetItem[] = [
      { kind: 'path', d: `M${sx} ${sy}C${c1x} ${sy} ${c2x} ${ty} ${tx} ${ty}`, stroke: colour, strokeWidth: 1.75, ...(severity === 'error' ? { dash: [6, 4] } : {}) },
      { kind: 'path', d: `M${tx + 7} ${ty}L${tx - 3} ${ty - 5}L${tx - 1} ${ty}L${tx - 3} ${ty + 5}Z`, fill: colour },
    ];
    edgeItems.push({ kind: 'group', role: 'edge', data: { 'edge-id': edge.id, source: edge.source, target: edge.target }, items });
    const label = analysis.derived.edges[edge.id]?.label;
    if (label) {
      // The bezier's midpoint (t = 0.5).
      const mx = 0.125 * sx + 0.375 * c1x + 0.375 * c2x + 0.125 * tx;
      // Above a straight line, so the arrow stays visible under it.
      const my = (sy + ty) / 2 - (Math.abs(ty - sy) < 24 ? 13 : 0);
      const caption = text(mx, my + 3.3, label, 9.5, 'bold', palette.text, 'middle');
      const w = caption.width + 10;
      labelItems.push({
        kind: 'group',
        role: 'edge-label',
        data: { 'edge-id': edge.id },
        items: [{ kind: 'rect', x: mx - w / 2, y: my - 8, w, h: 16, r: 8, fill: palette.panel, stroke: palette.border, strokeWidth: 1 }, caption],
      });
    }
  }
  const cardGroups = cards.map((card) => cardItems(card, palette, severities.nodes.get(card.node.id), severities.counts.get(card.node.id) ?? 0));
  const icons: string[] = [];
  for (const card of cards) {
    const icon = catalog[card.node.service].icon;
    if (!icons.includes(icon)) icons.push(icon);
  }
  return { width, height, items: [...edgeItems, ...cardGroups, ...labelItems], icons };
}

// ---------------------------------------------------------------------------------------------------
// The sheet

interface Tile {
  label: string;
  value: string;
  colour: string;
}

function headerBand(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, include: SheetInclude, width: number): Band {
  const x = SHEET_MARGIN;
  const contentWidth = width - 2 * SHEET_MARGIN;
  const items: SheetItem[] = [text(x, SHEET_MARGIN + 8, 'PIPEBOARD · STUDY SHEET', 11, 'bold', palette.accent)];
  const title = paragraph(x, SHEET_MARGIN + 42, document.title.trim() || 'Untitled pipeline', contentWidth, 28, 'bold', palette.text, 35, 3);
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
    const valueSize = tile.label === 'MONTHLY COST' ? 20 : 15;
    const valueText = truncate(tile.value, contentWidth - 32, valueSize, 'bold');
    const w = Math.ceil(Math.max(textWidth(tile.label, 10.5, 'bold'), textWidth(valueText, valueSize, 'bold')) + 32);
    if (tileX > x && tileX + w > x + contentWidth) {
      tileX = x;
      y = rowBottom + 10;
    }
    items.push({
      kind: 'group',
      role: 'figure',
      items: [
        { kind: 'rect', x: tileX, y, w, h: 60, r: 10, fill: palette.panelAlt, stroke: palette.border, strokeWidth: 1 },
        text(tileX + 16, y + 22, tile.label, 10.5, 'bold', palette.muted),
        text(tileX + 16, y + 46, valueText, valueSize, 'bold', tile.colour),
      ],
    });
    tileX += w + 12;
    rowBottom = y + 60;
  }
  return { kind: 'header', height: rowBottom + 28, items };
}

function headingBand(title: string, right: string | undefined, palette: SheetPalette, width: number): Band {
  const x = SHEET_MARGIN;
  const items: SheetItem[] = [text(x, 24, title, 18, 'bold', palette.text)];
  if (right) items.push(text(width - SHEET_MARGIN, 24, right, 13, 'regular', palette.muted, 'end'));
  items.push({ kind: 'rect', x, y: 35, w: width - 2 * SHEET_MARGIN, h: 1.5, fill: palette.text });
  return { kind: 'heading', height: 44, items, keepWithNext: true };
}

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

function costBands(analysis: AnalysisResult, palette: SheetPalette, width: number, limit: number): Band[] {
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
      text(columns.node, 19, 'NODE', 10.5, 'bold', palette.muted),
      text(columns.item, 19, 'ITEM', 10.5, 'bold', palette.muted),
      text(columns.formula, 19, 'FORMULA', 10.5, 'bold', palette.muted),
      text(columns.amount, 19, 'MONTHLY', 10.5, 'bold', palette.muted, 'end'),
      { kind: 'rect', x: SHEET_MARGIN, y: 29, w: contentWidth, h: 1, fill: palette.borderStrong },
    ],
  };
  bands.push(header);
  if (cost.lines.length === 0) {
    bands.push({ kind: 'row', height: 34, items: [text(columns.node, 22, 'Nothing to price: the design has no billable services.', 12.5, 'regular', palette.muted)] });
  }
  shown.forEach((line: CostLine, index) => {
    const label = wrapText(displayText(line.label).replace(/\n/g, ' '), columns.nodeWidth, { size: 12.5, weight: 'bold', maxLines: 3 });
    const item = wrapText(displayText(line.item) + (line.overridden ? ' · custom price' : ''), columns.itemWidth, { size: 12.5, maxLines: 3 });
    const formula = wrapText(displayText(line.formula), columns.formulaWidth, { size: 12.5, maxLines: 6 });
    const lineCount = Math.max(label.length, item.length, formula.length);
    const height = lineCount * 17 + 12;
    const items: SheetItem[] = [];
    if (index % 2 === 1) items.push({ kind: 'rect', x: SHEET_MARGIN, y: 0, w: contentWidth, h: height, fill: palette.panelAlt });
    label.forEach((value, k) => items.push(text(columns.node, 19 + k * 17, value, 12.5, 'bold', palette.text)));
    item.forEach((value, k) => items.push(text(columns.item, 19 + k * 17, value, 12.5, 'regular', palette.text)));
    formula.forEach((value, k) => items.push(text(columns.formula, 19 + k * 17, value, 12.5, 'regular', palette.muted)));
    items.push(text(columns.amount, 19, formatMoney(line.amount), 12.5, 'bold', palette.text, 'end'));
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
            text(columns.node, 21, `+ ${countOf(rest, 'more line item')}`, 12.5, 'bold', palette.muted),
            text(columns.formula, 21, `The ${formatNumber(shown.length)} largest of ${formatNumber(cost.lines.length)} are shown; the PDF, CSV and Markdown exports list them all.`, 12.5, 'regular', palette.muted),
            text(columns.amount, 21, formatMoney(restAmount), 12.5, 'bold', palette.muted, 'end'),
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
          text(columns.node, 28, 'Total per month', 14, 'bold', palette.text),
          text(columns.formula, 28, `${countOf(cost.lines.length, 'line item')}, each rounded to the cent; the total is the sum of the unrounded amounts`, 11.5, 'regular', palette.muted),
          text(columns.amount, 28, formatMoney(cost.total), 16, 'bold', palette.text, 'end'),
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
    text(x, 26, 'Budget', 12.5, 'bold', palette.muted),
    { kind: 'rect', x: x + 70, y: 15, w: barWidth, h: 14, r: 7, fill: palette.panelAlt, stroke: palette.border, strokeWidth: 1 },
    ...(filled > 0 ? [{ kind: 'rect' as const, x: x + 70, y: 15, w: Math.max(filled, 14), h: 14, r: 7, fill: colour }] : []),
    text(x + 70 + barWidth + 16, 26, verdict, 12.5, 'bold', over ? palette.severity.error.ink : palette.success),
  ];
  return { kind: 'row', height: 40, items: [{ kind: 'group', role: 'budget', items }] };
}

/** One issue as a card at `x`, `width` wide: severity, rule, message, why, fix and the nodes it names. */
function issueCard(issue: Issue, x: number, width: number, labels: ReadonlyMap<string, string>, palette: SheetPalette): { height: number; build: (height: number) => GroupItem } {
  const colours = palette.severity[issue.severity];
  const word = SEVERITY_LABEL[issue.severity].toUpperCase();
  const pillWidth = textWidth(word, 10, 'bold') + 16;
  const innerX = x + 20;
  const innerWidth = width - 36;
  const items: SheetItem[] = [
    { kind: 'rect', x: innerX, y: 12, w: pillWidth, h: 18, r: 9, fill: colours.fill },
    text(innerX + pillWidth / 2, 24.5, word, 10, 'bold', colours.text, 'middle'),
    text(innerX + pillWidth + 10, 25, truncate(issue.rule, innerWidth - pillWidth - 10, 11.5), 11.5, 'regular', palette.muted),
  ];
  let y = 50;
  const message = paragraph(innerX, y, issue.message, innerWidth, 13.5, 'bold', palette.text, 19, 8);
  items.push(...message.items);
  y += message.lines * 19 + 4;
  const why = paragraph(innerX, y, `Why: ${issue.why}`, innerWidth, 12.5, 'regular', palette.muted, 18, 14);
  items.push(...why.items);
  y += why.lines * 18;
  if (issue.fix) {
    const fix = paragraph(innerX, y + 2, `Fix: ${issue.fix.label}`, innerWidth, 12.5, 'bold', palette.accent, 18, 4);
    items.push(...fix.items);
    y += fix.lines * 18 + 2;
  }
  const names = [...new Set(issue.nodes)].map((id) => labels.get(id) ?? id);
  if (names.length > 0) {
    const where = paragraph(innerX, y + 2, `${names.length === 1 ? 'Node' : 'Nodes'}: ${names.join(', ')}`, innerWidth, 11.5, 'regular', palette.muted, 16, 3);
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

function issueBands(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, width: number, limit: number): Band[] {
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
        text(x + 32, 26, 'No issues: an examiner would accept this design.', 14, 'bold', palette.success),
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
    bands.push({ kind: 'block', height: 30, items: [{ kind: 'group', role: 'issues-more', items: [text(x, 18, `+ ${countOf(rest.length, 'more issue')} (${summary}): run pipeboard check, or export the PDF or Markdown note, to see them all.`, 12.5, 'bold', palette.muted)] }] });
  }
  bands.push({ kind: 'block', height: 14, items: [] });
  return bands;
}

function needsBands(document: PipelineDocument, palette: SheetPalette, width: number, limit: number): Band[] {
  const bands: Band[] = [headingBand('Needs and notes', undefined, palette, width)];
  const { needs } = document;
  const chips = [
    needs.budgetPerMonth === undefined ? 'No budget set' : `Budget ≤ ${formatMoney(needs.budgetPerMonth)}/month`,
    `Kafka ecosystem: ${needs.kafkaEcosystem ? 'needed' : 'not needed'}`,
    `Exactly-once: ${needs.exactlyOnce ? 'needed' : 'not needed'}`,
    `Replay: ${needs.replay ? 'needed' : 'not needed'}`,
  ];
  const items: SheetItem[] = [];
  let x = SHEET_MARGIN;
  let y = 8;
  for (const chip of chips) {
    const w = textWidth(chip, 12.5, 'bold') + 24;
    if (x > SHEET_MARGIN && x + w > width - SHEET_MARGIN) {
      x = SHEET_MARGIN;
      y += 36;
    }
    items.push({ kind: 'rect', x, y, w, h: 26, r: 13, fill: palette.accentSoft }, text(x + 12, y + 17.5, chip, 12.5, 'bold', palette.accent));
    x += w + 8;
  }
  bands.push({ kind: 'block', height: y + 26 + 16, items: [{ kind: 'group', role: 'needs', items }] });
  const notes = displayText(document.notes).trim();
  if (notes === '') {
    bands.push({ kind: 'block', height: 30, items: [text(SHEET_MARGIN, 18, 'No notes.', 13, 'regular', palette.muted)] });
  } else {
    const lines = wrapText(notes, Math.min(width - 2 * SHEET_MARGIN, 1100), { size: 13.5, maxLines: limit });
    // One band per line, so long notes flow across PDF pages.
    lines.forEach((line) => bands.push({ kind: 'row', height: 21, items: [{ kind: 'group', role: 'note-line', items: line === '' ? [] : [text(SHEET_MARGIN, 15, line, 13.5, 'regular', palette.text)] }] }));
  }
  bands.push({ kind: 'block', height: 14, items: [] });
  return bands;
}

function footerBand(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, width: number, embedsDesign: boolean): Band {
  const { cost } = analysis;
  const x = SHEET_MARGIN;
  const contentWidth = width - 2 * SHEET_MARGIN;
  const items: SheetItem[] = [{ kind: 'rect', x, y: 8, w: contentWidth, h: 1, fill: palette.border }];
  const spot = `Spot discount ${formatNumber(document.settings.spotDiscount * 100)}%`;
  items.push(text(x, 34, `Prices: ${displayText(cost.region)} list prices of ${cost.priceDate} · ${formatNumber(cost.hoursPerMonth)} hours/month · ${spot} · amounts in USD per month`, 12, 'bold', palette.muted));
  let y = 56;
  for (const assumption of cost.assumptions) {
    const lines = paragraph(x + 14, y, assumption, contentWidth - 14, 12, 'regular', palette.muted, 17, 4);
    items.push({ kind: 'circle', cx: x + 4, cy: y - 4, r: 2, fill: palette.muted }, ...lines.items);
    y += lines.lines * 17 + 2;
  }
  y += 10;
  const made = embedsDesign ? 'Made with Pipeboard. The editable design is embedded in this file: open it in Pipeboard to change it.' : 'Made with Pipeboard.';
  items.push(text(x, y, made, 11, 'regular', palette.muted));
  return { kind: 'footer', height: y + SHEET_MARGIN - 10, items: [{ kind: 'group', role: 'footer', items }] };
}

export function layoutSheet(document: PipelineDocument, analysis: AnalysisResult, options: SheetOptions): Sheet {
  const palette = PALETTES[options.theme];
  const include = options.include;
  const diagram = diagramLayout(document, analysis, palette, include);
  const maxHeight = options.maxDiagramHeight ?? 1200;
  let width: number;
  let scale: number;
  if (options.width !== undefined) {
    width = options.width;
    scale = Math.min(1, (width - 2 * SHEET_MARGIN) / diagram.width, maxHeight / diagram.height);
  } else {
    scale = Math.min(1, (MAX_WIDTH - 2 * SHEET_MARGIN) / diagram.width, Math.max(MIN_DIAGRAM_SCALE, maxHeight / diagram.height));
    width = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, diagram.width * scale + 2 * SHEET_MARGIN)));
    scale = Math.min(scale, (width - 2 * SHEET_MARGIN) / diagram.width);
  }
  const contentWidth = width - 2 * SHEET_MARGIN;
  const bands: Band[] = [headerBand(document, analysis, palette, include, width)];
  const panelHeight = diagram.height * scale;
  bands.push({
    kind: 'diagram',
    height: panelHeight + 32,
    items: [{ kind: 'rect', x: SHEET_MARGIN, y: 0, w: contentWidth, h: panelHeight, r: 12, fill: palette.canvas, stroke: palette.border, strokeWidth: 1 }],
    scale,
    naturalWidth: diagram.width,
    diagram: { x: SHEET_MARGIN + (contentWidth - diagram.width * scale) / 2, items: diagram.items },
  });
  const limits = options.limits ?? { costLines: Infinity, issues: Infinity, noteLines: 2000 };
  if (include.cost) bands.push(...costBands(analysis, palette, width, limits.costLines));
  if (include.issues) bands.push(...issueBands(document, analysis, palette, width, limits.issues));
  if (include.notes) bands.push(...needsBands(document, palette, width, limits.noteLines));
  bands.push(footerBand(document, analysis, palette, width, options.embedsDesign ?? false));
  const height = Math.ceil(bands.reduce((sum, band) => sum + band.height, 0));
  const counts = analysis.issues.length === 0 ? 'no issues' : countOf(analysis.issues.length, 'issue');
  const summary = `${countOf(document.nodes.length, 'service')}, ${countOf(document.edges.length, 'connection')}; ${formatMoney(analysis.cost.total)} per month; ${counts}.`;
  return { width, height, background: palette.page, bands, title: displayText(document.title).trim() || 'Untitled pipeline', summary, icons: diagram.icons };
}
