import { ANNOTATION_KINDS, GROUP_COLOURS, GROUP_KINDS, type Annotation, type CanvasGroup, type Size } from '../../shared/model/canvasObjects';
import type { Position } from '../../shared/model/document';
import { FORMAT_LIMITS } from '../../shared/format/limits';

/** Frames and notes in pasted clipboard data: anything malformed is left out (the add ops check the rest). */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPoint(value: unknown): Position | null {
  if (!isRecord(value) || typeof value.x !== 'number' || typeof value.y !== 'number') return null;
  return Number.isFinite(value.x) && Number.isFinite(value.y) ? { x: value.x, y: value.y } : null;
}

function readSize(value: unknown): Size | null {
  if (!isRecord(value) || typeof value.width !== 'number' || typeof value.height !== 'number') return null;
  return value.width > 0 && value.height > 0 && value.width <= FORMAT_LIMITS.maxObjectSize && value.height <= FORMAT_LIMITS.maxObjectSize ? { width: value.width, height: value.height } : null;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function readGroup(value: unknown): CanvasGroup | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.label !== 'string') return null;
  const kind = oneOf(GROUP_KINDS, value.kind);
  const colour = oneOf(GROUP_COLOURS, value.colour);
  const position = readPoint(value.position);
  const size = readSize(value.size);
  if (!kind || !colour || !position || !size) return null;
  return { id: value.id, kind, label: value.label.slice(0, FORMAT_LIMITS.maxLabelLength), colour, position, size };
}

function readAnnotation(value: unknown): Annotation | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null;
  const kind = oneOf(ANNOTATION_KINDS, value.kind);
  const position = readPoint(value.position);
  const size = readSize(value.size);
  if (!kind || !position || !size) return null;
  return { id: value.id, kind, text: value.text.slice(0, FORMAT_LIMITS.maxAnnotationTextLength), position, size };
}

export function readCanvasObjects(data: Record<string, unknown>): { groups: CanvasGroup[]; annotations: Annotation[] } {
  const groups = Array.isArray(data.groups) ? data.groups.map(readGroup).filter((g): g is CanvasGroup => g !== null) : [];
  const annotations = Array.isArray(data.annotations) ? data.annotations.map(readAnnotation).filter((a): a is Annotation => a !== null) : [];
  return { groups, annotations };
}
