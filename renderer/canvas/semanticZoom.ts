import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Semantic zoom: below the zoom at which a card's label would be drawn smaller than
 * `MIN_READABLE_TEXT_PX` on screen, cards show one large label and their severity, and edge labels
 * (smaller still) hide. The sizes match the stylesheet (`--fs` for a card's label).
 */
const CARD_LABEL_FONT_PX = 13;
const MIN_READABLE_TEXT_PX = 11;
/** The compact card's label on screen, a little above the minimum so rounding never takes it under. */
const COMPACT_LABEL_SCREEN_PX = 12;
/** The compact label never shrinks below the normal card's label (zooming out only enlarges it). */
const COMPACT_LABEL_MIN_FONT_PX = 18;

/** The zoom under which the normal card's label would be under the readable size. */
const COMPACT_BELOW_ZOOM = MIN_READABLE_TEXT_PX / CARD_LABEL_FONT_PX;

function isCompactZoom(zoom: number): boolean {
  return zoom < COMPACT_BELOW_ZOOM;
}

/** A severity badge on a compact card, on screen, as a share of its size at 100%. */
const COMPACT_BADGE_SCREEN_SCALE = 0.8;

/** The compact card's sizes at `zoom`, in the card's own pixels: a label of 12 px and a badge of 80% on screen. */
export function compactSizes(zoom: number): { labelPx: number; badgeScale: number } {
  const safe = Math.max(zoom, 0.01);
  return { labelPx: Math.max(COMPACT_LABEL_MIN_FONT_PX, COMPACT_LABEL_SCREEN_PX / safe), badgeScale: Math.max(1, COMPACT_BADGE_SCREEN_SCALE / safe) };
}

const compactSelector = (state: ReactFlowState): boolean => isCompactZoom(state.transform[2]);

/**
 * True while the canvas is zoomed out past the threshold. A boolean selector: a component using it
 * re-renders only when the zoom crosses the threshold, not on every zoom frame.
 */
export function useCompactZoom(): boolean {
  return useStore(compactSelector);
}

/** The zoom as a whole percentage ("22" for 0.2213): the readout re-renders only when it changes. */
const percentSelector = (state: ReactFlowState): number => Math.round(state.transform[2] * 100);

export function useZoomPercent(): number {
  return useStore(percentSelector);
}
