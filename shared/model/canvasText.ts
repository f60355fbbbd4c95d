import type { PipelineDocument, Position } from './document';

/** A piece of text on the canvas that is not a node: a frame's label or a note's text. */
export interface CanvasTextEntry {
  kind: 'group' | 'annotation';
  id: string;
  /** What the text says (a frame's label, a note's text). */
  text: string;
  /** What else a search may match: the frame's kind, the note's kind. */
  detail: string;
  position: Position;
}

/**
 * Every frame label and note on the canvas, in document order, for Find on canvas: search `text`
 * and `detail`, then jump to `position`.
 */
export function canvasTextEntries(doc: Pick<PipelineDocument, 'groups' | 'annotations'>): CanvasTextEntry[] {
  return [
    ...doc.groups.map((group) => ({ kind: 'group' as const, id: group.id, text: group.label, detail: group.kind, position: group.position })),
    ...doc.annotations.map((note) => ({ kind: 'annotation' as const, id: note.id, text: note.text, detail: note.kind, position: note.position })),
  ];
}
