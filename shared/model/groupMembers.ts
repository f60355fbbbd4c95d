import type { Annotation, CanvasGroup, Size } from './canvasObjects';
import type { PipelineNode, Position } from './document';

/** The nominal card of a node on the canvas (its width; the height of a card with one line of figures). */
export const NODE_CARD: Size = { width: 200, height: 72 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function contains(frame: Box, point: Position): boolean {
  return point.x >= frame.x && point.x <= frame.x + frame.width && point.y >= frame.y && point.y <= frame.y + frame.height;
}

function frameBox(group: Pick<CanvasGroup, 'position' | 'size'>): Box {
  return { x: group.position.x, y: group.position.y, width: group.size.width, height: group.size.height };
}

/** A node's card centre lies inside the frame. */
function nodeIsInside(group: Pick<CanvasGroup, 'position' | 'size'>, node: Pick<PipelineNode, 'position'>): boolean {
  return contains(frameBox(group), { x: node.position.x + NODE_CARD.width / 2, y: node.position.y + NODE_CARD.height / 2 });
}

/** An annotation's centre lies inside the frame. */
function annotationIsInside(group: Pick<CanvasGroup, 'position' | 'size'>, note: Pick<Annotation, 'position' | 'size'>): boolean {
  return contains(frameBox(group), { x: note.position.x + note.size.width / 2, y: note.position.y + note.size.height / 2 });
}

/** `inner` is another frame lying wholly inside `outer`. */
function groupIsInside(outer: CanvasGroup, inner: CanvasGroup): boolean {
  if (outer.id === inner.id) return false;
  const box = frameBox(outer);
  return contains(box, inner.position) && contains(box, { x: inner.position.x + inner.size.width, y: inner.position.y + inner.size.height });
}

export interface GroupMembers {
  nodes: string[];
  annotations: string[];
  groups: string[];
}

/** Everything a frame holds: the nodes, notes and frames that move with it. */
export function groupMembers(
  group: CanvasGroup,
  content: { nodes: readonly PipelineNode[]; annotations: readonly Annotation[]; groups: readonly CanvasGroup[] },
): GroupMembers {
  return {
    nodes: content.nodes.filter((node) => nodeIsInside(group, node)).map((node) => node.id),
    annotations: content.annotations.filter((note) => annotationIsInside(group, note)).map((note) => note.id),
    groups: content.groups.filter((other) => groupIsInside(group, other)).map((other) => other.id),
  };
}

/** Frames larger first, so a frame drawn later (in front) is never hidden behind a bigger one. */
export function groupsBackToFront(groups: readonly CanvasGroup[]): CanvasGroup[] {
  return [...groups].sort((a, b) => b.size.width * b.size.height - a.size.width * a.size.height);
}

/** The frame around some nodes' cards with `padding` on every side and room for the label on top. */
export function frameAround(nodes: readonly Pick<PipelineNode, 'position'>[], padding: number, header: number): Box | undefined {
  if (nodes.length === 0) return undefined;
  const left = Math.min(...nodes.map((n) => n.position.x)) - padding;
  const top = Math.min(...nodes.map((n) => n.position.y)) - padding - header;
  const right = Math.max(...nodes.map((n) => n.position.x + NODE_CARD.width)) + padding;
  const bottom = Math.max(...nodes.map((n) => n.position.y + NODE_CARD.height)) + padding;
  return { x: Math.round(left), y: Math.round(top), width: Math.round(right - left), height: Math.round(bottom - top) };
}

/**
 * Where each frame and node sits in the nesting of frames: the smallest frame holding it (absent at the
 * top level). Mermaid's `subgraph`s follow this tree.
 */
export function innermostGroups(doc: { nodes: readonly PipelineNode[]; groups: readonly CanvasGroup[] }): { nodes: Map<string, string>; groups: Map<string, string> } {
  const smallestFirst = groupsBackToFront(doc.groups).reverse();
  const nodes = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const node of doc.nodes) {
    const holder = smallestFirst.find((group) => nodeIsInside(group, node));
    if (holder) nodes.set(node.id, holder.id);
  }
  for (const inner of doc.groups) {
    const holder = smallestFirst.find((group) => groupIsInside(group, inner) && !(groupIsInside(inner, group)));
    if (holder) groups.set(inner.id, holder.id);
  }
  return { nodes, groups };
}
