import type { PracticeMode, PracticeProgress, PracticeRecord } from '../../shared/ipc/contract';

/** Progress is plain data: these functions return new objects and never touch the bridge. */

export interface Attempt {
  mode: PracticeMode;
  correct: boolean;
  at: Date;
  choice?: PracticeRecord['lastChoice'];
  verdict?: PracticeRecord['lastVerdict'];
}

/** The progress after one more attempt at a scenario; the last attempt decides "correct". */
export function recordAttempt(progress: PracticeProgress, scenarioId: string, attempt: Attempt): PracticeProgress {
  const previous = progress[scenarioId];
  const record: PracticeRecord = {
    answered: true,
    correct: attempt.correct,
    lastAttemptAt: attempt.at.toISOString(),
    lastMode: attempt.mode,
    attempts: (previous?.attempts ?? 0) + 1,
  };
  if (attempt.mode === 'answer' && attempt.choice) record.lastChoice = attempt.choice;
  if (attempt.mode === 'build' && attempt.verdict) record.lastVerdict = attempt.verdict;
  return { ...progress, [scenarioId]: record };
}

export interface ProgressSummary {
  total: number;
  answered: number;
  correct: number;
}

/** Counts over the scenarios that exist (records of removed scenarios are ignored). */
export function summarise(progress: PracticeProgress, scenarioIds: readonly string[]): ProgressSummary {
  let answered = 0;
  let correct = 0;
  for (const id of scenarioIds) {
    const record = Object.hasOwn(progress, id) ? progress[id] : undefined;
    if (!record?.answered) continue;
    answered++;
    if (record.correct) correct++;
  }
  return { total: scenarioIds.length, answered, correct };
}

export type ScenarioStatus = 'new' | 'correct' | 'works' | 'wrong';

/** "works": a built design that passes with warnings — it runs, but it is not the exam's answer. */
export function statusOf(record: PracticeRecord | undefined): ScenarioStatus {
  if (!record?.answered) return 'new';
  if (record.correct) return 'correct';
  return record.lastMode === 'build' && record.lastVerdict === 'pass-with-warnings' ? 'works' : 'wrong';
}

export const STATUS_LABELS: Record<ScenarioStatus, string> = {
  new: 'Not tried',
  correct: 'Correct',
  works: 'Works, not the exam’s answer',
  wrong: 'Not yet right',
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date ("12 Nov 2026"). */
export function describeWhen(iso: string, now: Date): string {
  const then = new Date(iso);
  const elapsed = now.getTime() - then.getTime();
  if (!Number.isFinite(elapsed)) return 'at an unknown time';
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return `${then.getDate()} ${MONTHS[then.getMonth()]} ${then.getFullYear()}`;
}

const MODE_WORDS: Record<PracticeMode, string> = { answer: 'answered', build: 'built' };

/** One line for the list: "Built 5 min ago · 3 attempts". */
export function describeLastAttempt(record: PracticeRecord | undefined, now: Date): string {
  if (!record?.answered) return 'Not tried yet';
  const verb = MODE_WORDS[record.lastMode];
  const attempts = record.attempts === 1 ? '1 attempt' : `${record.attempts} attempts`;
  return `${verb[0]!.toUpperCase()}${verb.slice(1)} ${describeWhen(record.lastAttemptAt, now)} · ${attempts}`;
}
