import { create } from 'zustand';
import { useDocumentStore } from './documentStore';

/** Which screen fills the window: the design editor, the practice questions, or a comparison. */
export type AppView = 'editor' | 'practice' | 'compare';

interface ViewState {
  view: AppView;
  setView(view: AppView): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  view: 'editor',
  setView: (view) => set({ view }),
}));

export const showView = (view: AppView): void => useViewStore.getState().setView(view);

// Whatever loads a design (Open, New, an example, a practice option) shows it in the editor.
useDocumentStore.subscribe((state, previous) => {
  if (state.loadEpoch !== previous.loadEpoch) showView('editor');
});
