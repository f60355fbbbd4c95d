import { CANVAS_OBJECT_SIZES, annotationSize, type AnnotationKind, type GroupKind } from '../../shared/model/canvasObjects';
import { NODE_CARD, frameAround, groupMembers } from '../../shared/model/groupMembers';
import type { Position } from '../../shared/model/document';
import type { DocumentOp } from '../../shared/model/ops';
import { viewCentre } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';

/** Frames and notes: adding them (the commands) and removing them with the rest of a selection. */

const docState = () => useDocumentStore.getState();

/**
 * Adds a frame: around the selected nodes when there are some (so select, then Add group), else a
 * frame of the default size at the centre of the view. The new frame is selected.
 */
export function addGroup(kind: GroupKind = 'stage'): string | undefined {
  const { doc, selection, commit } = docState();
  const selected = doc.nodes.filter((n) => selection.nodes.includes(n.id));
  const { groupPadding, groupHeader } = CANVAS_OBJECT_SIZES;
  const nodeBox = frameAround(selected, groupPadding, groupHeader);
  // Frames already around some of the selected nodes go inside the new one, clear of its label.
  const ids = new Set(selection.nodes);
  const inner = doc.groups.filter((g) => {
    const members = groupMembers(g, doc).nodes;
    return members.length > 0 && members.every((id) => ids.has(id));
  });
  const around = nodeBox && inner.reduce((box, g) => union(box, { x: g.position.x - groupPadding, y: g.position.y - groupPadding - groupHeader, width: g.size.width + 2 * groupPadding, height: g.size.height + 2 * groupPadding + groupHeader }), nodeBox);
  const centre = viewCentre();
  const { width, height } = CANVAS_OBJECT_SIZES.group;
  const box = around ?? { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
  const { created } = commit([{ op: 'addGroup', kind, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } }], {
    select: 'created',
  });
  toast(around ? `Added a group around ${selected.length} node${selected.length === 1 ? '' : 's'}.` : 'Added a group.', 'success');
  return created.objects[0];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Room kept between a new note and the cards. */
const NOTE_GAP = 24;

/** `box`'s corner, moved down below any of `obstacles` it would cover (a few tries, then where it is). */
function clearOf(obstacles: readonly Box[], box: Box): Position {
  let y = box.y;
  for (let attempt = 0; attempt < 20; attempt++) {
    const covered = obstacles.filter(
      (o) => o.x < box.x + box.width + NOTE_GAP && box.x < o.x + o.width + NOTE_GAP && o.y < y + box.height + NOTE_GAP && y < o.y + o.height + NOTE_GAP,
    );
    if (covered.length === 0) break;
    y = Math.max(...covered.map((o) => o.y + o.height + NOTE_GAP));
  }
  return { x: box.x, y };
}

/** Adds a note of `kind` near the centre of the view, clear of the cards, selected and ready to be typed into. */
export function addAnnotation(kind: AnnotationKind): string | undefined {
  const { doc, commit } = docState();
  const centre = viewCentre();
  const size = annotationSize(kind);
  const obstacles = [...doc.nodes.map((n) => ({ ...n.position, ...NODE_CARD })), ...doc.annotations.map((a) => ({ ...a.position, ...a.size }))];
  const position = clearOf(obstacles, { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2), ...size });
  const { created } = commit([{ op: 'addAnnotation', kind, text: '', position }], {
    select: 'created',
  });
  const id = created.objects[0];
  if (id) requestEdit(id);
  return id;
}

/** The ops that remove these frames and notes. */
export function removeObjectsOps(ids: readonly string[]): DocumentOp[] {
  const { doc } = docState();
  const groups = new Set(doc.groups.map((g) => g.id));
  return ids.map((id): DocumentOp => (groups.has(id) ? { op: 'removeGroup', group: id } : { op: 'removeAnnotation', annotation: id }));
}

/** The note whose text box should open for typing next (a new note, Enter on a selected note). */
let editRequest: string | null = null;
const editListeners = new Set<() => void>();

function requestEdit(id: string): void {
  editRequest = id;
  for (const listener of editListeners) listener();
}

/** Takes the pending edit request for `id`, if there is one. */
export function takeEditRequest(id: string): boolean {
  if (editRequest !== id) return false;
  editRequest = null;
  return true;
}

export function onEditRequest(listener: () => void): () => void {
  editListeners.add(listener);
  return () => editListeners.delete(listener);
}
