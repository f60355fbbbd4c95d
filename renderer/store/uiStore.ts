import { create } from 'zustand';
import { storedShowMinimap, storeShowMinimap } from './viewPreferences';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelTab = 'issues' | 'cost';

export interface UiState {
  theme: ThemeChoice;
  /** What `prefers-color-scheme` says right now. */
  systemDark: boolean;
  snapToGrid: boolean;
  /** The canvas minimap is showing (remembered on this computer). */
  showMinimap: boolean;
  panelTab: PanelTab;
  /** A node to highlight on the canvas (hovering its cost line). */
  highlightedNode: string | null;
  shortcutsOpen: boolean;
  setTheme(theme: ThemeChoice): void;
  setSystemDark(dark: boolean): void;
  setSnapToGrid(on: boolean): void;
  setShowMinimap(show: boolean): void;
  setPanelTab(tab: PanelTab): void;
  setHighlightedNode(id: string | null): void;
  setShortcutsOpen(open: boolean): void;
}

export const useUiStore = create<UiState>()((set) => ({
  theme: 'system',
  systemDark: typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-color-scheme: dark)').matches,
  snapToGrid: false,
  showMinimap: storedShowMinimap(),
  panelTab: 'issues',
  highlightedNode: null,
  shortcutsOpen: false,
  setTheme: (theme) => set({ theme }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
  setShowMinimap: (showMinimap) => {
    storeShowMinimap(showMinimap);
    set({ showMinimap });
  },
  setPanelTab: (panelTab) => set({ panelTab }),
  setHighlightedNode: (highlightedNode) => set({ highlightedNode }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));

export function effectiveTheme(state: Pick<UiState, 'theme' | 'systemDark'>): 'light' | 'dark' {
  if (state.theme === 'system') return state.systemDark ? 'dark' : 'light';
  return state.theme;
}

export const GRID_SIZE = 16;
