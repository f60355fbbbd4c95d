import { ANNOTATION_KINDS, CANVAS_OBJECT_SIZES, GROUP_COLOURS, GROUP_KIND_COLOURS, GROUP_KIND_LABELS, GROUP_KINDS, annotationSize, type Size } from './canvasObjects';
import type { DocumentDraft } from './documentDraft';
import { groupMembers } from './groupMembers';
import type { DocumentOp } from './ops';
import type { Position } from './document';

/** The ops on frames and notes. */
export type CanvasObjectOp = Extract<
  DocumentOp,
  {
    op:
      | 'addGroup'
      | 'moveGroup'
      | 'resizeGroup'
      | 'relabelGroup'
      | 'recolourGroup'
      | 'setGroupKind'
      | 'removeGroup'
      | 'addAnnotation'
      | 'moveAnnotation'
      | 'resizeAnnotation'
      | 'editAnnotation'
      | 'removeAnnotation';
  }
>;

const CANVAS_OBJECT_OPS: ReadonlySet<string> = new Set<CanvasObjectOp['op']>([
  'addGroup',
  'moveGroup',
  'resizeGroup',
  'relabelGroup',
  'recolourGroup',
  'setGroupKind',
  'removeGroup',
  'addAnnotation',
  'moveAnnotation',
  'resizeAnnotation',
  'editAnnotation',
  'removeAnnotation',
]);

export function isCanvasObjectOp(op: DocumentOp): op is CanvasObjectOp {
  return CANVAS_OBJECT_OPS.has(op.op);
}

function finitePoint(x: number, y: number): Position | undefined {
  return Number.isFinite(x) && Number.isFinite(y) ? { x: Math.round(x), y: Math.round(y) } : undefined;
}

/** A finite size no smaller than `min`, rounded to whole pixels. */
function fittedSize(size: Size, min: Size): Size | undefined {
  if (!Number.isFinite(size.width) || !Number.isFinite(size.height)) return undefined;
  return { width: Math.max(min.width, Math.round(size.width)), height: Math.max(min.height, Math.round(size.height)) };
}

/** Applies one op on a frame or note; an op that does not fit the document changes nothing. */
export function applyCanvasObjectOp(draft: DocumentDraft, op: CanvasObjectOp): void {
  switch (op.op) {
    case 'addGroup': {
      const position = finitePoint(op.position.x, op.position.y);
      const size = fittedSize(op.size, CANVAS_OBJECT_SIZES.minGroup);
      if (!position || !size || !GROUP_KINDS.includes(op.kind)) return;
      const colour = op.colour && GROUP_COLOURS.includes(op.colour) ? op.colour : GROUP_KIND_COLOURS[op.kind];
      draft.addGroup({ kind: op.kind, label: op.label ?? GROUP_KIND_LABELS[op.kind], colour, position, size });
      return;
    }
    case 'moveGroup':
      moveGroup(draft, op.group, op.x, op.y);
      return;
    case 'resizeGroup': {
      const position = finitePoint(op.position.x, op.position.y);
      const size = fittedSize(op.size, CANVAS_OBJECT_SIZES.minGroup);
      if (!position || !size) return;
      draft.groups.update(op.group, (g) =>
        g.position.x === position.x && g.position.y === position.y && g.size.width === size.width && g.size.height === size.height ? g : { ...g, position, size },
      );
      return;
    }
    case 'relabelGroup':
      draft.groups.update(op.group, (g) => (g.label === op.label ? g : { ...g, label: op.label }));
      return;
    case 'recolourGroup':
      if (GROUP_COLOURS.includes(op.colour)) draft.groups.update(op.group, (g) => (g.colour === op.colour ? g : { ...g, colour: op.colour }));
      return;
    case 'setGroupKind':
      if (GROUP_KINDS.includes(op.kind)) draft.groups.update(op.group, (g) => (g.kind === op.kind ? g : { ...g, kind: op.kind }));
      return;
    case 'removeGroup':
      draft.groups.remove(op.group);
      return;
    case 'addAnnotation': {
      const position = finitePoint(op.position.x, op.position.y);
      if (!position || !ANNOTATION_KINDS.includes(op.kind)) return;
      const size = fittedSize(op.size ?? annotationSize(op.kind), CANVAS_OBJECT_SIZES.minAnnotation);
      if (size) draft.addAnnotation({ kind: op.kind, text: op.text, position, size });
      return;
    }
    case 'moveAnnotation': {
      const position = finitePoint(op.x, op.y);
      if (position) draft.annotations.update(op.annotation, (n) => (n.position.x === position.x && n.position.y === position.y ? n : { ...n, position }));
      return;
    }
    case 'resizeAnnotation': {
      const size = fittedSize(op.size, CANVAS_OBJECT_SIZES.minAnnotation);
      if (size) draft.annotations.update(op.annotation, (n) => (n.size.width === size.width && n.size.height === size.height ? n : { ...n, size }));
      return;
    }
    case 'editAnnotation':
      draft.annotations.update(op.annotation, (n) => (n.text === op.text ? n : { ...n, text: op.text }));
      return;
    case 'removeAnnotation':
      draft.annotations.remove(op.annotation);
      return;
  }
}

/** Moves a frame and, by the same distance, every node, note and frame inside it (found before the move). */
function moveGroup(draft: DocumentDraft, id: string, x: number, y: number): void {
  const group = draft.groups.find(id);
  const to = finitePoint(x, y);
  if (!group || !to) return;
  const dx = to.x - group.position.x;
  const dy = to.y - group.position.y;
  if (dx === 0 && dy === 0) return;
  const members = groupMembers(group, { nodes: draft.liveNodes(), annotations: draft.annotations.current, groups: draft.groups.current });
  draft.groups.update(id, (g) => ({ ...g, position: to }));
  for (const node of members.nodes) draft.updateNode(node, (n) => ({ ...n, position: { x: n.position.x + dx, y: n.position.y + dy } }));
  for (const note of members.annotations) draft.annotations.update(note, (n) => ({ ...n, position: { x: n.position.x + dx, y: n.position.y + dy } }));
  for (const inner of members.groups) draft.groups.update(inner, (g) => ({ ...g, position: { x: g.position.x + dx, y: g.position.y + dy } }));
}
