import { create } from 'zustand';

/** The alignment guides shown while a node is dragged, in flow coordinates. */
interface GuideState {
  vertical: readonly number[];
  horizontal: readonly number[];
  show(vertical: readonly number[], horizontal: readonly number[]): void;
  clear(): void;
}

const NONE: readonly number[] = [];
const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export const useGuideStore = create<GuideState>()((set, get) => ({
  vertical: NONE,
  horizontal: NONE,
  // Only a change re-renders the guides: most drag frames keep the same lines.
  show: (vertical, horizontal) => {
    const state = get();
    if (same(state.vertical, vertical) && same(state.horizontal, horizontal)) return;
    set({ vertical: vertical.length ? vertical : NONE, horizontal: horizontal.length ? horizontal : NONE });
  },
  clear: () => get().show(NONE, NONE),
}));
