import type { FitViewOptions } from '@xyflow/react';
import { useUiStore } from '../store/uiStore';
import type { CanvasFlowNode } from './flowObjects';

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
  const bottom = useUiStore.getState().showMinimap ? minimapSize(canvasWidth).height + PANEL_MARGIN + 12 : EDGE_ROOM + 24;
  return { maxZoom: 1.2, ...extra, padding: { top: `${EDGE_ROOM}px`, left: `${EDGE_ROOM}px`, right: `${EDGE_ROOM}px`, bottom: `${bottom}px` } };
}

/** The canvas pane's width on screen (0 before it is shown). */
export function canvasWidth(): number {
  return document.querySelector('.canvas .react-flow')?.getBoundingClientRect().width ?? 0;
}
