import type { ScenarioStatus } from './progress';
import { STATUS_LABELS } from './progress';

const GLYPHS: Record<ScenarioStatus, string> = { new: '', correct: '✓', works: '~', wrong: '✕' };

/** A round mark for a scenario's status; its meaning is also given as text. */
export function StatusMark({ status }: { status: ScenarioStatus }) {
  return (
    <span className={`status-mark status-mark--${status}`} title={STATUS_LABELS[status]}>
      <span aria-hidden="true">{GLYPHS[status]}</span>
      <span className="visually-hidden">{STATUS_LABELS[status]}</span>
    </span>
  );
}
