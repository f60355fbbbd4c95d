import type { AnalysisResult, Issue, Severity } from '../../analysis/types';
import { catalog } from '../../catalog/index';
import type { PipelineDocument } from '../../model/document';
import { isWorse } from '../../util/severity';
import { CARD_WIDTH, cardItems, cardLayouts } from './nodeCard';
import { sheetEdgePath } from './edgePath';
import { annotationItems, groupItems } from './canvasObjectItems';
import type { SheetInclude } from './options';
import { text } from './drawing';
import type { SheetPalette } from './theme';
import type { SheetItem } from './types';
import { FONT_SIZE } from './typography';

/** The diagram: node cards at their canvas positions (long empty stretches closed up) and the edges between them. */

const PANEL_PAD = 36;

/** Empty stretches of canvas wider than this are closed up, so far-flung nodes still fit a sheet. */
const MAX_GAP = 1000;

/** Positions along one axis with huge empty stretches closed up (order and small gaps kept). */
export function closeGaps(values: readonly number[]): Map<number, number> {
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

interface DiagramLayout {
  width: number;
  height: number;
  items: SheetItem[];
  icons: string[];
}

/** Canvas coordinates onto the sheet: nodes, frame corners and notes share the gap-closed axes. */
function sheetAxes(document: PipelineDocument): { xs: Map<number, number>; ys: Map<number, number> } {
  const xs = document.nodes.map((node) => node.position.x);
  const ys = document.nodes.map((node) => node.position.y);
  for (const group of document.groups) {
    xs.push(group.position.x, group.position.x + group.size.width);
    ys.push(group.position.y, group.position.y + group.size.height);
  }
  for (const note of document.annotations) {
    xs.push(note.position.x);
    ys.push(note.position.y);
  }
  return { xs: closeGaps(xs), ys: closeGaps(ys) };
}

export function diagramLayout(document: PipelineDocument, analysis: AnalysisResult, palette: SheetPalette, include: SheetInclude): DiagramLayout {
  const { xs, ys } = sheetAxes(document);
  const cards = cardLayouts(document, analysis, xs, ys);
  const severities = include.issues ? worstSeverity(analysis.issues) : { nodes: new Map<string, Severity>(), edges: new Map<string, Severity>(), counts: new Map<string, number>() };
  if (cards.length === 0 && document.groups.length === 0 && document.annotations.length === 0) {
    const items: SheetItem[] = [text(PANEL_PAD + 120, PANEL_PAD + 24, 'This design has no services yet.', FONT_SIZE.large, 'regular', palette.muted, 'middle')];
    return { width: 240 + 2 * PANEL_PAD, height: 48 + 2 * PANEL_PAD, items, icons: [] };
  }
  const boxes = [
    ...cards.map((card) => ({ left: card.x, top: card.y, right: card.x + CARD_WIDTH, bottom: card.y + card.height })),
    ...document.groups.map((g) => ({ left: xs.get(g.position.x)!, top: ys.get(g.position.y)!, right: xs.get(g.position.x + g.size.width)!, bottom: ys.get(g.position.y + g.size.height)! })),
    ...document.annotations.map((a) => ({ left: xs.get(a.position.x)!, top: ys.get(a.position.y)!, right: xs.get(a.position.x)! + a.size.width, bottom: ys.get(a.position.y)! + a.size.height })),
  ];
  const minX = Math.min(...boxes.map((box) => box.left));
  const minY = Math.min(...boxes.map((box) => box.top));
  for (const card of cards) {
    card.x = card.x - minX + PANEL_PAD;
    card.y = card.y - minY + PANEL_PAD;
  }
  const width = Math.max(...boxes.map((box) => box.right)) - minX + 2 * PANEL_PAD;
  const height = Math.max(...boxes.map((box) => box.bottom)) - minY + 2 * PANEL_PAD;
  const place = (x: number, y: number) => ({ x: xs.get(x)! - minX + PANEL_PAD, y: ys.get(y)! - minY + PANEL_PAD });
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
    const route = sheetEdgePath(document.settings.edgeStyle ?? 'curved', { sx, sy, tx, ty, bottom: Math.max(from.y + from.height, to.y + to.height) });
    const severity = severities.edges.get(edge.id);
    const colour = severity ? palette.severity[severity].fill : palette.edge;
    const items: SheetItem[] = [
      // Errors dashed; an orchestrator running a step (no data flows) dotted, as on the canvas.
      { kind: 'path', d: route.d, stroke: colour, strokeWidth: 1.75, ...(severity === 'error' ? { dash: [6, 4] } : catalog[from.node.service].emits.includes('control') ? { dash: [2, 4] } : {}) },
      { kind: 'path', d: `M${tx + 7} ${ty}L${tx - 3} ${ty - 5}L${tx - 1} ${ty}L${tx - 3} ${ty + 5}Z`, fill: colour },
    ];
    edgeItems.push({ kind: 'group', role: 'edge', data: { 'edge-id': edge.id, source: edge.source, target: edge.target }, items });
    const label = analysis.derived.edges[edge.id]?.label;
    if (label) {
      const { x: mx, y: my } = route.mid;
      const caption = text(mx, my + 3.3, label, FONT_SIZE.edge, 'bold', palette.text, 'middle');
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
  const frames = groupItems(document.groups, place, palette);
  const notes = annotationItems(document.annotations, place, palette);
  return { width, height, items: [...frames, ...edgeItems, ...cardGroups, ...labelItems, ...notes], icons };
}
