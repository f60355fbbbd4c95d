import { catalog, type Category, type ServiceId } from '../../shared/catalog/index';
import type { PipelineDocument } from '../../shared/model/document';

/** The size of a node on the canvas, in document units: positions are its top-left corner. */
export const DOC_NODE_WIDTH = 200;
export const DOC_NODE_HEIGHT = 72;

export interface MiniOptions {
  /** The drawing's width in pixels; its height follows from the design's shape. */
  width: number;
  maxHeight: number;
  /** Icons keep this size at any scale, so small drawings stay legible. */
  iconSize: number;
  padding: number;
  /** The widest a label under an icon may be; labels are dropped when fewer than 7 characters fit. */
  labelMaxWidth: number;
  fontSize: number;
  /** Never enlarge beyond this (a two-node design should not fill a wide card). */
  maxScale: number;
}

interface MiniNode {
  id: string;
  service: ServiceId;
  category: Category;
  label: string;
  /** The label as drawn: shortened to fit between neighbours, or empty. */
  shortLabel: string;
  /** Centre of the icon, in pixels. */
  x: number;
  y: number;
}

interface MiniEdge {
  id: string;
  source: string;
  target: string;
  /** An SVG path from the source icon's right side to the target icon's left side. */
  path: string;
}

export interface MiniLayout {
  width: number;
  height: number;
  /** Canvas units to pixels across; `scaleY` down (rows may be spread further apart). */
  scale: number;
  scaleY: number;
  iconSize: number;
  fontSize: number;
  nodes: MiniNode[];
  edges: MiniEdge[];
}

const CHAR_WIDTH_EM = 0.56;
/** Fewer characters than this say nothing ("Soc…"): the label is left out, the tooltip keeps it. */
const MIN_LABEL_CHARS = 7;

/** Shortens `text` to at most `chars` characters, ending with an ellipsis when cut. */
export function truncateLabel(text: string, chars: number): string {
  if (chars <= 0) return '';
  const glyphs = Array.from(text);
  if (glyphs.length <= chars) return text;
  return `${glyphs.slice(0, Math.max(1, chars - 1)).join('').trimEnd()}…`;
}

/** The smallest gap between two nodes on the same canvas row, in document units (Infinity if none). */
function sameRowGap(centres: readonly { x: number; y: number }[]): number {
  let gap = Infinity;
  for (let i = 0; i < centres.length; i++) {
    for (let j = i + 1; j < centres.length; j++) {
      const a = centres[i]!;
      const b = centres[j]!;
      if (Math.abs(a.y - b.y) < DOC_NODE_HEIGHT) gap = Math.min(gap, Math.abs(a.x - b.x));
    }
  }
  return gap;
}

/** The smallest vertical distance between two nodes on different rows, in document units. */
function rowDistance(centres: readonly { x: number; y: number }[]): number {
  let distance = Infinity;
  for (let i = 0; i < centres.length; i++) {
    for (let j = i + 1; j < centres.length; j++) {
      const dy = Math.abs(centres[i]!.y - centres[j]!.y);
      if (dy >= DOC_NODE_HEIGHT) distance = Math.min(distance, dy);
    }
  }
  return distance;
}

/**
 * A static miniature of a design: node positions scaled to fit `width` (and `maxHeight`), icons at a
 * fixed size, edges as curves between them. Pure, so it is tested without a DOM.
 */
export function miniLayout(doc: Pick<PipelineDocument, 'nodes' | 'edges'>, options: MiniOptions): MiniLayout {
  const { width, maxHeight, iconSize, padding, labelMaxWidth, fontSize, maxScale } = options;
  const labelHeight = Math.ceil(fontSize * 1.5);
  if (doc.nodes.length === 0) return { width, height: Math.min(maxHeight, iconSize * 2 + padding * 2), scale: 1, scaleY: 1, iconSize, fontSize, nodes: [], edges: [] };

  const centres = doc.nodes.map((node) => ({ x: node.position.x + DOC_NODE_WIDTH / 2, y: node.position.y + DOC_NODE_HEIGHT / 2 }));
  const xs = centres.map((c) => c.x);
  const ys = centres.map((c) => c.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;

  const padX = padding + Math.max(iconSize, Math.min(labelMaxWidth, 2 * iconSize)) / 2;
  const padTop = padding + iconSize / 2;
  const padBottom = padding + iconSize / 2 + labelHeight;
  const innerWidth = Math.max(1, width - 2 * padX);
  const innerHeight = Math.max(1, maxHeight - padTop - padBottom);

  // Across, the canvas spacing shrunk to fit the width.
  const scale = Math.min(maxScale, spanX > 0 ? innerWidth / spanX : Infinity);
  // Labels fit between neighbours on a row, or are left out.
  const room = Math.max(0, Math.min(labelMaxWidth, sameRowGap(centres) * scale - 6));
  const chars = Math.floor(room / (fontSize * CHAR_WIDTH_EM));
  const labelled = chars >= MIN_LABEL_CHARS;
  // Down, rows may stretch apart (a schematic, not a map) so icons and labels never sit on each other.
  const rowGap = iconSize + 8 + (labelled ? labelHeight : 0);
  const scaleY = spanY > 0 ? Math.min(innerHeight / spanY, Math.max(scale, rowGap / rowDistance(centres))) : scale;

  const drawnWidth = spanX * scale;
  const height = Math.round(spanY * scaleY + padTop + padBottom);
  const offsetX = (width - drawnWidth) / 2;
  const placed = centres.map((c) => ({ x: offsetX + (c.x - minX) * scale, y: padTop + (c.y - minY) * scaleY }));

  const nodes: MiniNode[] = doc.nodes.map((node, i) => ({
    id: node.id,
    service: node.service,
    category: catalog[node.service].category,
    label: node.label,
    shortLabel: labelled ? truncateLabel(node.label, chars) : '',
    x: placed[i]!.x,
    y: placed[i]!.y,
  }));

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const half = iconSize / 2;
  const edges: MiniEdge[] = [];
  for (const edge of doc.edges) {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) continue;
    const x1 = from.x + half;
    const x2 = to.x - half;
    const bend = Math.max(12, Math.abs(x2 - x1) / 2);
    const path = `M${round(x1)} ${round(from.y)} C${round(x1 + bend)} ${round(from.y)} ${round(x2 - bend)} ${round(to.y)} ${round(x2)} ${round(to.y)}`;
    edges.push({ id: edge.id, source: edge.source, target: edge.target, path });
  }
  return { width, height, scale, scaleY, iconSize, fontSize, nodes, edges };
}

const round = (value: number): number => Math.round(value * 10) / 10;
