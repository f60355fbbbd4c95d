import { create } from 'zustand';
import { startPageDue } from '../start/startPageSeen';
import { useDocumentStore } from './documentStore';

/** Which screen fills the window: the start page, the design editor, the practice questions, or a comparison. */
export type AppView = 'start' | 'editor' | 'practice' | 'compare';

interface ViewState {
  view: AppView;
  setView(view: AppView): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  // A launch starts on the start page; reopening the last design or recovered work leaves it.
  view: startPageDue() ? 'start' : 'editor',
  setView: (view) => set({ view }),
}));

export const showView = (view: AppView): void => useViewStore.getState().setView(view);

// Whatever loads a design (Open, New, an example, a practice option) shows it in the editor.
useDocumentStore.subscribe((state, previous) => {
  if (state.loadEpoch !== previous.loadEpoch) showView('editor');
});
