import type { PipelineDocument } from '../../shared/model/document';
import { NODE_CARD } from '../../shared/model/groupMembers';
import type { Rect } from './edgeRoute';
import { COMPACT_BELOW_ZOOM } from './semanticZoom';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How a design opens: fitted (at most 100%), or at a set viewport. */
export type OpeningView = { kind: 'fit' } | { kind: 'at'; x: number; y: number; zoom: number };

/** Cards show their figures from this zoom on: the semantic-zoom threshold, up to a whole percent. */
export const READABLE_ZOOM = Math.ceil(COMPACT_BELOW_ZOOM * 100) / 100;
/**
 * A design no more than this many times the pane's room at the readable zoom (an example of 5–7
 * nodes in a window of laptop size) opens readable from its left end rather than fitted as specks.
 */
const READABLE_OVERFLOW = 1.5;

/**
 * The view a design opens at: the whole design, at 100% at most, when its cards stay readable so;
 * a design a little too large for that at the readable zoom, from its left end (where its flow starts),
 * centred down; a larger design fitted, with compact cards.
 */
export function openingView(bounds: Rect | undefined, pane: { width: number; height: number }, padding: Padding): OpeningView {
  const roomWidth = pane.width - padding.left - padding.right;
  const roomHeight = pane.height - padding.top - padding.bottom;
  if (!bounds || roomWidth <= 0 || roomHeight <= 0 || bounds.width <= 0 || bounds.height <= 0) return { kind: 'fit' };
  const fitZoom = Math.min(roomWidth / bounds.width, roomHeight / bounds.height);
  if (fitZoom >= READABLE_ZOOM) return { kind: 'fit' };
  const zoom = READABLE_ZOOM;
  const drawnWidth = bounds.width * zoom;
  const drawnHeight = bounds.height * zoom;
  if (drawnWidth > READABLE_OVERFLOW * roomWidth || drawnHeight > READABLE_OVERFLOW * roomHeight) return { kind: 'fit' };
  const x = padding.left - bounds.x * zoom;
  const y = padding.top + Math.max(0, (roomHeight - drawnHeight) / 2) - bounds.y * zoom;
  return { kind: 'at', x, y, zoom };
}

/** The box around every card, frame and note of a design, in canvas units (cards at their nominal size). */
export function designBounds(doc: Pick<PipelineDocument, 'nodes' | 'groups' | 'annotations'>): Rect | undefined {
  const boxes: Rect[] = [
    ...doc.nodes.map((n) => ({ ...n.position, ...NODE_CARD })),
    ...doc.groups.map((g) => ({ ...g.position, ...g.size })),
    ...doc.annotations.map((a) => ({ ...a.position, ...a.size })),
  ];
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
