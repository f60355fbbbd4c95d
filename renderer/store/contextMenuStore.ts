import { create } from 'zustand';

/** What was right-clicked (or the selection, from the keyboard): picks the menu's list. */
export type ContextTarget = 'node' | 'edge' | 'canvas';

interface OpenContextMenu {
  target: ContextTarget;
  /** Where the menu opens, in window coordinates. */
  x: number;
  y: number;
}

interface ContextMenuState {
  menu: OpenContextMenu | null;
  open(menu: OpenContextMenu): void;
  close(): void;
}

export const useContextMenuStore = create<ContextMenuState>()((set) => ({
  menu: null,
  open: (menu) => set({ menu }),
  close: () => set({ menu: null }),
}));
