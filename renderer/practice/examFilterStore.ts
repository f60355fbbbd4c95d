import { create } from 'zustand';
import type { ExamFilter } from '../../shared/exam/coverage';
import { getBridge } from '../bridge/index';

interface ExamFilterState {
  filter: ExamFilter;
  /** Reads the remembered filter once (later calls reuse the first read). */
  load(): Promise<void>;
  choose(filter: ExamFilter): void;
}

let loading: Promise<void> | null = null;

/** Which exam Practice shows, kept in the app settings beside the progress so it survives restarts. */
export const useExamFilterStore = create<ExamFilterState>()((set) => ({
  filter: 'all',
  load() {
    loading ??= getBridge()
      .getSettings()
      .then(
        (settings) => set({ filter: settings.practiceExam ?? 'all' }),
        () => undefined,
      );
    return loading;
  },
  choose(filter) {
    set({ filter });
    // The filter is a preference: if it cannot be written it still applies until the app closes.
    void getBridge()
      .setSettings({ practiceExam: filter })
      .catch(() => undefined);
  },
}));
