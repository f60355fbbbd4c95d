/** How long and how much memory one worker job (an export, reading an image) may take. */
export interface WorkerLimits {
  timeoutMs: number;
  /** The worker's JavaScript heap (V8 old generation); native memory (resvg's pixels) is bounded by the exporters. */
  maxMemoryMb: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { timeoutMs: 60_000, maxMemoryMb: 1024 };
