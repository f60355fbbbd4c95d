import type { Node } from '@xyflow/react';
import { GROUP_KIND_LABELS, type Annotation, type CanvasGroup } from '../../shared/model/canvasObjects';
import { groupsBackToFront } from '../../shared/model/groupMembers';
import type { FlowNode } from './flowNodes';

/** A frame on the canvas: a React Flow node drawn behind the service cards. */
export type GroupFlowNode = Node<{ group: CanvasGroup }, 'frame'>;
/** A text or sticky note on the canvas. */
export type AnnotationFlowNode = Node<{ annotation: Annotation }, 'annotation'>;
/** Every kind of node on the canvas. */
export type CanvasFlowNode = FlowNode | GroupFlowNode | AnnotationFlowNode;

/** Frames sit far below the cards; larger frames lower still, so nested frames show. */
const GROUP_Z_BASE = -3000;
const SELECTED_LIFT = 1000;
/** Notes float above the cards and edges, so their text is never covered. */
const ANNOTATION_Z = 5;

export function groupFlowNodes(groups: readonly CanvasGroup[], selected: ReadonlySet<string>): GroupFlowNode[] {
  return groupsBackToFront(groups).map((group, rank) => ({
    id: group.id,
    type: 'frame',
    position: group.position,
    width: group.size.width,
    height: group.size.height,
    data: { group },
    selected: selected.has(group.id),
    // React Flow lifts a selected node by 1000: take it back, so a selected outer frame stays behind inner ones.
    zIndex: GROUP_Z_BASE + rank - (selected.has(group.id) ? SELECTED_LIFT : 0),
    // Only the label strip drags the frame: the inside stays free for selecting and panning.
    dragHandle: '.group-frame__header',
    style: { pointerEvents: 'none' },
    ariaLabel: `${group.label || GROUP_KIND_LABELS[group.kind]}, ${GROUP_KIND_LABELS[group.kind]} group`,
  }));
}

export function annotationFlowNodes(annotations: readonly Annotation[], selected: ReadonlySet<string>): AnnotationFlowNode[] {
  return annotations.map((annotation) => ({
    id: annotation.id,
    type: 'annotation',
    position: annotation.position,
    width: annotation.size.width,
    height: annotation.size.height,
    data: { annotation },
    selected: selected.has(annotation.id),
    zIndex: ANNOTATION_Z,
    ariaLabel: `${annotation.kind === 'sticky' ? 'Sticky note' : 'Text'}: ${annotation.text || 'empty'}`,
  }));
}
