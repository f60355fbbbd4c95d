import { create } from 'zustand';
import type { PracticeProgress } from '../../shared/ipc/contract';
import { getBridge } from '../bridge/index';
import { toast } from '../store/toastStore';
import { recordAttempt, type Attempt } from './progress';

interface ProgressState {
  progress: PracticeProgress;
  loaded: boolean;
  /** Reads the stored progress once (later calls reuse the first read). */
  load(): Promise<void>;
  record(scenarioId: string, attempt: Attempt): Promise<void>;
  reset(): Promise<void>;
}

let loading: Promise<void> | null = null;
// Writes go out one after another, so the host always ends with the latest progress.
let writes: Promise<void> = Promise.resolve();

function save(progress: PracticeProgress): Promise<void> {
  writes = writes.then(() =>
    getBridge()
      .setSettings({ practice: progress })
      .then(
        () => undefined,
        (error: unknown) => toast(`Could not save your practice progress: ${error instanceof Error ? error.message : String(error)}`, 'error'),
      ),
  );
  return writes;
}

/** Practice progress, kept in the app settings through the bridge so it survives restarts. */
export const useProgressStore = create<ProgressState>()((set, get) => ({
  progress: {},
  loaded: false,

  load() {
    loading ??= getBridge()
      .getSettings()
      .then(
        (settings) => set({ progress: settings.practice ?? {}, loaded: true }),
        () => set({ loaded: true }),
      );
    return loading;
  },

  async record(scenarioId, attempt) {
    await get().load();
    const progress = recordAttempt(get().progress, scenarioId, attempt);
    set({ progress });
    await save(progress);
  },

  async reset() {
    await get().load();
    set({ progress: {} });
    await save({});
  },
}));
