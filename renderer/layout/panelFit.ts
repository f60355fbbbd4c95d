/**
 * The workspace's panel sizes: what the user chose (dragged, collapsed), fitted to the window so the
 * canvas always keeps at least half of the window's area. Pure; sizes are CSS pixels.
 */
export type PanelId = 'palette' | 'inspector' | 'bottom';

export interface PanelPreferences {
  paletteWidth: number;
  inspectorWidth: number;
  bottomHeight: number;
  paletteCollapsed: boolean;
  inspectorCollapsed: boolean;
  bottomCollapsed: boolean;
}

export interface PanelLimits {
  min: number;
  max: number;
}

export const PANEL_LIMITS: Record<PanelId, PanelLimits> = {
  palette: { min: 160, max: 420 },
  inspector: { min: 240, max: 560 },
  bottom: { min: 120, max: 640 },
};

export const DEFAULT_PANELS: PanelPreferences = {
  paletteWidth: 224,
  inspectorWidth: 300,
  bottomHeight: 220,
  paletteCollapsed: false,
  inspectorCollapsed: false,
  bottomCollapsed: false,
};

/** A separator's track (the drag handle between a panel and the canvas). */
export const SEPARATOR_PX = 6;
/** The bottom panel reduced to its tab row (collapsed, or no room). */
export const BOTTOM_STRIP_PX = 36;
/** The bottom panel with nothing to say: its tab row and one line ("No issues: …"). */
export const BOTTOM_QUIET_PX = 72;
/** The share of the window's area the canvas keeps, whatever the panels. */
const MIN_CANVAS_SHARE = 0.5;

export interface Size {
  width: number;
  height: number;
}

export interface FittedPanels {
  palette: number;
  inspector: number;
  bottom: number;
  /** The bottom panel shows only its tab row. */
  bottomStrip: boolean;
}

const clamp = (value: number, { min, max }: PanelLimits): number => Math.min(max, Math.max(min, Math.round(value)));

export function clampPanel(panel: PanelId, size: number): number {
  return clamp(size, PANEL_LIMITS[panel]);
}

/**
 * Sizes for a workspace of `space` inside a window of `window`. `quiet`: the bottom panel has nothing
 * to say, so it takes one line. When the canvas would get less than half the window, the open panels
 * give way together (each keeps the same share of its room above its minimum) — the `pinned` one (being
 * resized) last, so it follows the pointer; if that is not enough, the bottom panel folds to its tab
 * row, then the palette and then the inspector collapse.
 */
export function fitPanels(space: Size, window: Size, prefs: PanelPreferences, quiet: boolean, pinned: PanelId | null = null): FittedPanels {
  const wanted = {
    palette: prefs.paletteCollapsed ? 0 : clampPanel('palette', prefs.paletteWidth),
    inspector: prefs.inspectorCollapsed ? 0 : clampPanel('inspector', prefs.inspectorWidth),
    bottom: prefs.bottomCollapsed ? BOTTOM_STRIP_PX : quiet ? BOTTOM_QUIET_PX : clampPanel('bottom', prefs.bottomHeight),
  };
  const target = MIN_CANVAS_SHARE * window.width * window.height;
  const fits = (f: Omit<FittedPanels, 'bottomStrip'>) =>
    (space.width - f.palette - f.inspector - 2 * SEPARATOR_PX) * (space.height - f.bottom - SEPARATOR_PX) >= target;
  // A panel at `share` of its room above its minimum (a collapsed or one-line panel stays as it is).
  const shrunk = (panel: PanelId, share: number) => {
    const size = wanted[panel];
    const min = PANEL_LIMITS[panel].min;
    return size <= min ? size : Math.floor(min + (size - min) * share);
  };
  const at = (others: number, own: number) => {
    const share = (panel: PanelId) => shrunk(panel, panel === pinned ? own : others);
    return { palette: share('palette'), inspector: share('inspector'), bottom: share('bottom') };
  };
  /** The largest share in [0, 1] at which the panels still fit. */
  const largestFitting = (make: (share: number) => Omit<FittedPanels, 'bottomStrip'>) => {
    let low = 0;
    let high = 1;
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (fits(make(mid))) low = mid;
      else high = mid;
    }
    return make(low);
  };

  let fitted = at(1, 1);
  if (!fits(fitted)) fitted = largestFitting((share) => at(share, 1));
  if (!fits(fitted)) fitted = largestFitting((share) => at(0, share));
  if (!fits(fitted)) fitted = { ...fitted, bottom: Math.min(fitted.bottom, BOTTOM_STRIP_PX) };
  if (!fits(fitted)) fitted = { ...fitted, palette: 0 };
  if (!fits(fitted)) fitted = { ...fitted, inspector: 0 };
  return { ...fitted, bottomStrip: fitted.bottom === BOTTOM_STRIP_PX };
}
