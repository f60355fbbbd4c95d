import { CANVAS_OBJECT_SIZES, annotationSize, type AnnotationKind, type GroupKind } from '../../shared/model/canvasObjects';
import { frameAround } from '../../shared/model/groupMembers';
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
  const around = frameAround(selected, CANVAS_OBJECT_SIZES.groupPadding, CANVAS_OBJECT_SIZES.groupHeader);
  const centre = viewCentre();
  const { width, height } = CANVAS_OBJECT_SIZES.group;
  const box = around ?? { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
  const { created } = commit([{ op: 'addGroup', kind, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } }], {
    select: 'created',
  });
  toast(around ? `Added a group around ${selected.length} node${selected.length === 1 ? '' : 's'}.` : 'Added a group.', 'success');
  return created.objects[0];
}

/** Adds a note of `kind` at the centre of the view, selected, ready to be typed into. */
export function addAnnotation(kind: AnnotationKind): string | undefined {
  const { commit } = docState();
  const centre = viewCentre();
  const size = annotationSize(kind);
  const { created } = commit([{ op: 'addAnnotation', kind, text: '', position: { x: centre.x - size.width / 2, y: centre.y - size.height / 2 } }], {
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

export function requestEdit(id: string): void {
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
