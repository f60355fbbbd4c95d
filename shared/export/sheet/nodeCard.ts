import type { AnalysisResult, Severity } from '../../analysis/types';
import { INFERENCE_MODE_FACTS, inferenceModeOf } from '../../catalog/inferenceModes';
import { catalog } from '../../catalog/index';
import type { PipelineDocument, PipelineNode } from '../../model/document';
import { countOf } from '../../util/numbers';
import { displayText } from '../text';
import { closeGaps } from './diagram';
import { textWidth, truncate, wrapText } from './measure';
import { text } from './drawing';
import type { SheetPalette } from './theme';
import type { GroupItem, SheetItem } from './types';
import { FONT_SIZE } from './typography';

/** A node's card on the diagram: icon, label, service and the engine's headline, outlined by its worst issue. */

export const CARD_WIDTH = 188;

const ICON_SIZE = 36;

const CARD_PAD = 12;

const CARD_TEXT_X = CARD_PAD + ICON_SIZE + 10;

const CARD_TEXT_WIDTH = CARD_WIDTH - CARD_TEXT_X - CARD_PAD;

const CARD_MIN_HEIGHT = 64;

interface CardLayout {
  node: PipelineNode;
  x: number;
  y: number;
  height: number;
  labelLines: string[];
  serviceLine: string;
  headlineLines: string[];
}

/** A headline ("8 shards · records-bound") broken between its " · " parts when it needs two lines. */
function headlineLines(headline: string): string[] {
  const options = { size: FONT_SIZE.small, weight: 'bold' as const };
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

/** `xs` and `ys` place canvas coordinates on the sheet (`closeGaps`); by default, the nodes' own. */
export function cardLayouts(
  document: PipelineDocument,
  analysis: AnalysisResult,
  xs: ReadonlyMap<number, number> = closeGaps(document.nodes.map((node) => node.position.x)),
  ys: ReadonlyMap<number, number> = closeGaps(document.nodes.map((node) => node.position.y)),
): CardLayout[] {
  const cards = document.nodes.map((node) => {
    const service = catalog[node.service];
    const labelLines = wrapText(displayText(node.label).replace(/\n/g, ' ').trim() || service.shortName, CARD_TEXT_WIDTH, { size: FONT_SIZE.label, weight: 'bold', maxLines: 3 });
    const caption = service.shortName === node.label ? service.category : service.shortName;
    // An endpoint's inference mode, as the canvas card's badge shows it.
    const mode = node.service === 'sagemaker-endpoint' ? ` · ${INFERENCE_MODE_FACTS[inferenceModeOf(node.params)].label}` : '';
    const serviceLine = truncate(`${caption}${mode}`, CARD_TEXT_WIDTH, FONT_SIZE.caption);
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

export function cardItems(card: CardLayout, palette: SheetPalette, severity: Severity | undefined, issueCount: number): GroupItem {
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
    items.push(text(x + CARD_TEXT_X, baseline, line, FONT_SIZE.label, 'bold', palette.text));
    baseline += 16;
  }
  items.push(text(x + CARD_TEXT_X, baseline - 1, card.serviceLine, FONT_SIZE.caption, 'regular', palette.muted));
  baseline += 15;
  for (const line of card.headlineLines) {
    items.push(text(x + CARD_TEXT_X, baseline, line, FONT_SIZE.small, 'bold', palette.accent));
    baseline += 15;
  }
  if (severity) {
    const colours = palette.severity[severity];
    const cx = x + CARD_WIDTH - 3;
    const cy = y + 3;
    items.push({ kind: 'circle', cx, cy, r: 10, fill: colours.fill, stroke: palette.canvas, strokeWidth: 2 });
    const mark = issueCount > 1 ? String(Math.min(issueCount, 99)) : severity === 'tip' ? 'i' : '!';
    items.push(text(cx, cy + 4.2, mark, mark.length > 1 ? FONT_SIZE.tiny : FONT_SIZE.footnote, 'bold', colours.text, 'middle'));
  }
  const label = displayText(node.label);
  const title = `${label} — ${service.name}${issueCount ? ` (${countOf(issueCount, 'issue')})` : ''}`;
  return { kind: 'group', role: 'node', data: { 'node-id': node.id, service: node.service }, title, items };
}
