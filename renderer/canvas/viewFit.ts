import type { FitViewOptions } from '@xyflow/react';
import { useUiStore } from '../store/uiStore';
import type { CanvasFlowNode } from './flowObjects';
import type { Padding } from './openView';

/** The minimap's size for a canvas this wide: smaller on small windows, so it leaves the nodes room. */
export function minimapSize(canvasWidth: number): { width: number; height: number } {
  if (canvasWidth < 600) return { width: 120, height: 80 };
  return canvasWidth < 900 ? { width: 150, height: 100 } : { width: 200, height: 140 };
}

/** React Flow's margin around panels (the minimap and the zoom controls). */
const PANEL_MARGIN = 15;
const EDGE_ROOM = 32;

/**
 * Fit-view options that keep every node clear of the minimap (bottom right) and the zoom controls
 * (bottom left): the bottom padding reserves the minimap's strip when it is showing.
 */
export function fitViewOptions(canvasWidth: number, extra: Omit<FitViewOptions<CanvasFlowNode>, 'padding'> = {}): FitViewOptions<CanvasFlowNode> {
  const { top, left, right, bottom } = fitPadding(canvasWidth);
  return { maxZoom: 1.2, ...extra, padding: { top: `${top}px`, left: `${left}px`, right: `${right}px`, bottom: `${bottom}px` } };
}

/** The room Fit view keeps on each side of the design, in screen px (the minimap's strip at the bottom). */
export function fitPadding(canvasWidth: number): Padding {
  const bottom = useUiStore.getState().showMinimap ? minimapSize(canvasWidth).height + PANEL_MARGIN + 12 : EDGE_ROOM + 24;
  return { top: EDGE_ROOM, left: EDGE_ROOM, right: EDGE_ROOM, bottom };
}

/** The canvas pane's width on screen (0 before it is shown). */
export function canvasWidth(): number {
  return canvasSize().width;
}

/** The canvas pane's size on screen (0 × 0 before it is shown). */
export function canvasSize(): { width: number; height: number } {
  const box = document.querySelector('.canvas .react-flow')?.getBoundingClientRect();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}
