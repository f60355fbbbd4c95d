import { create } from 'zustand';
import type { Rect } from './edgeRoute';
import { hiddenLabels, type LabelCandidate } from './labelCollisions';

/**
 * The canvas's shown edge labels, kept apart: each edge reports where its label would go, the canvas
 * reports where the nodes are, and once per change (a microtask, before the frame is painted) the
 * labels that would overlap another label or a node are hidden (`hiddenLabels`).
 */

const candidates = new Map<string, LabelCandidate>();
let obstacles: () => Rect[] = () => [];
let scheduled = false;

export const useHiddenEdgeLabels = create<{ hidden: ReadonlySet<string> }>()(() => ({ hidden: new Set<string>() }));

function sameCandidate(a: LabelCandidate, b: LabelCandidate): boolean {
  return a.severity === b.severity && a.rate === b.rate && a.box.x === b.box.x && a.box.y === b.box.y && a.box.width === b.box.width && a.box.height === b.box.height;
}

function resolve(): void {
  scheduled = false;
  const current = useHiddenEdgeLabels.getState().hidden;
  const next = candidates.size === 0 ? new Set<string>() : hiddenLabels([...candidates.values()], obstacles());
  if (next.size === current.size && [...next].every((id) => current.has(id))) return;
  useHiddenEdgeLabels.setState({ hidden: next });
}

/** Something moved: work out the hidden labels again, once, when the current work is done. */
export function labelLayoutChanged(): void {
  if (candidates.size > 0 || useHiddenEdgeLabels.getState().hidden.size > 0) schedule();
}

/** An edge's label would be drawn here (or, with `null`, it has none: no rate, zoomed out, removed). */
export function reportEdgeLabel(id: string, candidate: LabelCandidate | null): void {
  const old = candidates.get(id);
  if (candidate === null) {
    if (!old) return;
    candidates.delete(id);
  } else {
    if (old && sameCandidate(old, candidate)) return;
    candidates.set(id, candidate);
  }
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(resolve);
}

/** Where the boxes labels must keep clear of are (the canvas's node cards and notes). */
export function setLabelObstacles(source: () => Rect[]): void {
  obstacles = source;
}
