import { create } from 'zustand';

interface FindState {
  /** The find bar is showing over the canvas. */
  open: boolean;
  /** Bumped on every Ctrl/⌘+F, so an open bar takes focus again. */
  focusRequest: number;
  show(): void;
  close(): void;
}

export const useFindStore = create<FindState>()((set) => ({
  open: false,
  focusRequest: 0,
  show: () => set((s) => ({ open: true, focusRequest: s.focusRequest + 1 })),
  close: () => set({ open: false }),
}));
