import { create } from 'zustand';

/** Whether the last autosave failed, and why; shown in the top bar until one succeeds again. */
export interface AutosaveStatus {
  failure: string | null;
  setFailure(failure: string | null): void;
}

export const useAutosaveStatus = create<AutosaveStatus>()((set) => ({
  failure: null,
  setFailure: (failure) => set({ failure }),
}));
