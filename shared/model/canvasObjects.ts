import type { Position } from './document';

/*
 * Things on the canvas that are not part of the pipeline: group frames and text notes. The engine
 * never sees them (analysis, cost and rules read `nodes` and `edges` only); they are kept in the file,
 * drawn on the canvas and on every export.
 *
 * Group membership is computed, not stored: a node (or note) belongs to a group when its centre lies
 * inside the frame, and a group belongs to another when its frame lies wholly inside the other's. So
 * dragging a node out of a frame takes it out of the group, and nested frames (a VPC inside a region
 * inside an account) need no bookkeeping; larger frames are drawn behind smaller ones.
 */

export interface Size {
  width: number;
  height: number;
}

/** What a frame stands for: an AWS account, a region, a VPC, or a stage of the pipeline. */
export const GROUP_KINDS = ['account', 'region', 'vpc', 'stage'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** The frame colours people can pick (the values are in `groupPalette.ts`). */
export const GROUP_COLOURS = ['blue', 'green', 'orange', 'purple', 'red', 'grey'] as const;
export type GroupColour = (typeof GROUP_COLOURS)[number];

export interface CanvasGroup {
  id: string;
  kind: GroupKind;
  label: string;
  colour: GroupColour;
  /** Top-left corner of the frame, in canvas coordinates. */
  position: Position;
  size: Size;
}

/** Free text sits on the canvas as it is; a sticky note is a coloured square. */
export const ANNOTATION_KINDS = ['text', 'sticky'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Annotation {
  id: string;
  kind: AnnotationKind;
  text: string;
  position: Position;
  size: Size;
}

/** The default label of a new frame of each kind. */
export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, string>> = {
  account: 'AWS account',
  region: 'Region',
  vpc: 'VPC',
  stage: 'Stage',
};

/** The colour a new frame of each kind gets. */
export const GROUP_KIND_COLOURS: Readonly<Record<GroupKind, GroupColour>> = {
  account: 'grey',
  region: 'blue',
  vpc: 'green',
  stage: 'purple',
};

/** Sizes of new objects, and the smallest a frame or note may be resized to. */
export const CANVAS_OBJECT_SIZES = {
  group: { width: 520, height: 300 },
  text: { width: 240, height: 48 },
  sticky: { width: 200, height: 160 },
  minGroup: { width: 160, height: 100 },
  minAnnotation: { width: 80, height: 32 },
  /** Room kept around the members when a frame is drawn around a selection. */
  groupPadding: 40,
  /** Height of the label strip at the top of a frame. */
  groupHeader: 32,
} as const;

/** The default size of an annotation of `kind`. */
export function annotationSize(kind: AnnotationKind): Size {
  const size = CANVAS_OBJECT_SIZES[kind];
  return { width: size.width, height: size.height };
}

export function isGroupKind(value: string): value is GroupKind {
  return (GROUP_KINDS as readonly string[]).includes(value);
}
