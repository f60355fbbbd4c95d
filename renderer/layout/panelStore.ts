import { create } from 'zustand';
import { getBridge } from '../bridge/index';
import { clampPanel, DEFAULT_PANELS, type PanelId, type PanelPreferences } from './panelFit';

const SAVE_AFTER_MS = 150;

const SIZE_KEYS = { palette: 'paletteWidth', inspector: 'inspectorWidth', bottom: 'bottomHeight' } as const satisfies Record<PanelId, keyof PanelPreferences>;
const COLLAPSED_KEYS = { palette: 'paletteCollapsed', inspector: 'inspectorCollapsed', bottom: 'bottomCollapsed' } as const satisfies Record<PanelId, keyof PanelPreferences>;

interface PanelState {
  prefs: PanelPreferences;
  /** The panel last resized: it keeps its size while the others give way to the canvas. */
  pinned: PanelId | null;
  /** Resizes a panel (and opens it, when it was collapsed). */
  setSize(panel: PanelId, size: number): void;
  setCollapsed(panel: PanelId, collapsed: boolean): void;
  toggle(panel: PanelId): void;
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the panels to the app settings shortly after the last change (a drag is one write). */
function saveSoon(prefs: PanelPreferences): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void getBridge().setSettings({ panels: prefs }).catch(() => undefined), SAVE_AFTER_MS);
}

/** The panels' sizes and collapsed states as the user left them, kept in the app settings. */
export const usePanelStore = create<PanelState>()((set, get) => {
  const update = (patch: Partial<PanelPreferences>) => {
    const prefs = { ...get().prefs, ...patch };
    set({ prefs });
    saveSoon(prefs);
  };
  return {
    prefs: DEFAULT_PANELS,
    pinned: null,
    setSize: (panel, size) => {
      set({ pinned: panel });
      update({ [SIZE_KEYS[panel]]: clampPanel(panel, size), [COLLAPSED_KEYS[panel]]: false });
    },
    setCollapsed: (panel, collapsed) => update({ [COLLAPSED_KEYS[panel]]: collapsed }),
    toggle: (panel) => update({ [COLLAPSED_KEYS[panel]]: !get().prefs[COLLAPSED_KEYS[panel]] }),
  };
});

export const isPanelCollapsed = (panel: PanelId): boolean => usePanelStore.getState().prefs[COLLAPSED_KEYS[panel]];

/** Reads the panels from the app settings once at start (the defaults until then, or without a host). */
export async function loadPanelLayout(): Promise<void> {
  try {
    const stored = (await getBridge().getSettings()).panels;
    if (stored) usePanelStore.setState((state) => ({ prefs: { ...state.prefs, ...stored } }));
  } catch {
    // No host: the defaults.
  }
}
