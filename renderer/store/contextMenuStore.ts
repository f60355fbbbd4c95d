import { create } from 'zustand';

/** What was right-clicked (or the selection, from the keyboard): picks the menu's list. */
export type ContextTarget = 'node' | 'edge' | 'group' | 'canvas';

interface OpenContextMenu {
  target: ContextTarget;
  /** Where the menu opens, in window coordinates. */
  x: number;
  y: number;
}

interface ContextMenuState {
  menu: OpenContextMenu | null;
  /** Where the menu was while one of its items runs (window coordinates); null otherwise. */
  origin: { x: number; y: number } | null;
  open(menu: OpenContextMenu): void;
  close(): void;
  /** Runs a chosen item with `origin` set, so "Add node here" knows where "here" is. */
  runFrom(origin: { x: number; y: number }, action: () => void): void;
}

export const useContextMenuStore = create<ContextMenuState>()((set) => ({
  menu: null,
  origin: null,
  open: (menu) => set({ menu }),
  close: () => set({ menu: null }),
  runFrom: (origin, action) => {
    set({ origin });
    try {
      action();
    } finally {
      set({ origin: null });
    }
  },
}));
