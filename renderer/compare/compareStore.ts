import { create } from 'zustand';
import type { PipelineDocument } from '../../shared/model/document';

export type CompareSide = 'before' | 'after';

export interface ComparedDesign {
  /** What the header shows ("q1-option-b", "Current design"). */
  name: string;
  /** Where it came from: a file path, or a phrase ("the editor, with unsaved changes"). */
  source: string;
  document: PipelineDocument;
}

interface CompareState {
  before: ComparedDesign | null;
  after: ComparedDesign | null;
  set(side: CompareSide, design: ComparedDesign | null): void;
  swap(): void;
}

/** The two designs being compared; "before" is the left one, "after" the right. */
export const useCompareStore = create<CompareState>()((set, get) => ({
  before: null,
  after: null,
  set: (side, design) => set({ [side]: design }),
  swap: () => set({ before: get().after, after: get().before }),
}));
