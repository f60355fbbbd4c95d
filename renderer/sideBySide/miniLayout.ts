import { catalog, type Category, type ServiceId } from '../../shared/catalog/index';
import type { CanvasGroup, GroupColour } from '../../shared/model/canvasObjects';
import type { PipelineDocument } from '../../shared/model/document';
import { groupMembers, groupsBackToFront } from '../../shared/model/groupMembers';

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

/** A group frame, drawn behind the icons: its box in pixels, holding its members' icons and labels. */
interface MiniFrame {
  id: string;
  label: string;
  /** The label as drawn: shortened to the frame's width, or empty. */
  shortLabel: string;
  colour: GroupColour;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a miniature draws: the pipeline, and the frames when the design has some. */
export type MiniDesign = Pick<PipelineDocument, 'nodes' | 'edges'> & { groups?: readonly CanvasGroup[] };

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
  /** Larger frames first (drawn behind smaller ones). */
  frames: MiniFrame[];
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
export function miniLayout(doc: MiniDesign, options: MiniOptions): MiniLayout {
  const { width, maxHeight, iconSize, padding, labelMaxWidth, fontSize, maxScale } = options;
  const labelHeight = Math.ceil(fontSize * 1.5);
  if (doc.nodes.length === 0) return { width, height: Math.min(maxHeight, iconSize * 2 + padding * 2), scale: 1, scaleY: 1, iconSize, fontSize, nodes: [], edges: [], frames: [] };

  const centres = doc.nodes.map((node) => ({ x: node.position.x + DOC_NODE_WIDTH / 2, y: node.position.y + DOC_NODE_HEIGHT / 2 }));
  const groups = doc.groups ?? [];
  // Frames widen the drawing's extent (a frame reaches past its nodes' centres).
  const xs = [...centres.map((c) => c.x), ...groups.flatMap((g) => [g.position.x, g.position.x + g.size.width])];
  const ys = [...centres.map((c) => c.y), ...groups.flatMap((g) => [g.position.y, g.position.y + g.size.height])];
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
  const toX = (x: number) => offsetX + (x - minX) * scale;
  const toY = (y: number) => padTop + (y - minY) * scaleY;
  const placed = centres.map((c) => ({ x: toX(c.x), y: toY(c.y) }));

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
  const frames = miniFrames(groups, doc, { toX, toY, width, height, iconSize, fontSize, labelHeight: labelled ? labelHeight : 0, byId });
  return { width, height, scale, scaleY, iconSize, fontSize, nodes, edges, frames };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Room around a member's icon inside its frame, and the frame's label strip, in pixels. */
const FRAME_MARGIN = 4;

interface FramePlacement {
  toX(x: number): number;
  toY(y: number): number;
  width: number;
  height: number;
  iconSize: number;
  fontSize: number;
  /** The height of a label under an icon (0 when labels are left out). */
  labelHeight: number;
  byId: ReadonlyMap<string, MiniNode>;
}

/**
 * The frames scaled like the nodes, each grown to hold its members' icons and labels (icons keep their
 * size however small the drawing), kept inside the drawing.
 */
function miniFrames(groups: readonly CanvasGroup[], doc: MiniDesign, at: FramePlacement): MiniFrame[] {
  const half = at.iconSize / 2;
  const labelStrip = at.fontSize + 4;
  return groupsBackToFront(groups).map((group) => {
    let left = at.toX(group.position.x);
    let top = at.toY(group.position.y);
    let right = at.toX(group.position.x + group.size.width);
    let bottom = at.toY(group.position.y + group.size.height);
    for (const id of groupMembers(group, { nodes: doc.nodes, annotations: [], groups: [] }).nodes) {
      const node = at.byId.get(id);
      if (!node) continue;
      left = Math.min(left, node.x - half - FRAME_MARGIN);
      right = Math.max(right, node.x + half + FRAME_MARGIN);
      top = Math.min(top, node.y - half - FRAME_MARGIN - labelStrip);
      bottom = Math.max(bottom, node.y + half + at.labelHeight + FRAME_MARGIN);
    }
    left = Math.max(1, left);
    top = Math.max(1, top);
    right = Math.min(at.width - 1, right);
    bottom = Math.min(at.height - 1, bottom);
    const chars = Math.floor((right - left - 8) / ((at.fontSize - 1) * CHAR_WIDTH_EM));
    return {
      id: group.id,
      label: group.label,
      shortLabel: chars >= 4 ? truncateLabel(group.label, chars) : '',
      colour: group.colour,
      x: round(left),
      y: round(top),
      width: round(right - left),
      height: round(bottom - top),
    };
  });
}
