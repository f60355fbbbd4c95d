import { trainsExam } from '../../shared/exam/coverage';
import { SCENARIOS } from '../../shared/scenarios/index';
import { confirmDialog } from '../store/dialogStore';
import { toast } from '../store/toastStore';
import { useExamFilterStore } from './examFilterStore';
import { summarise } from './progress';
import { useProgressStore } from './progressStore';

const IDS = SCENARIOS.map((scenario) => scenario.id);

async function resetProgress(): Promise<void> {
  const ok = await confirmDialog({
    title: 'Reset practice progress?',
    message: `Pipeboard forgets which of the ${IDS.length} questions you answered and how you did. This cannot be undone.`,
    confirmLabel: 'Reset progress',
    cancelLabel: 'Keep progress',
    danger: true,
  });
  if (!ok) return;
  await useProgressStore.getState().reset();
  toast('Practice progress reset.', 'success');
}

/** "5 of 18 answered · 3 correct" (of the questions the exam filter shows), a bar, and the reset button. */
export function ProgressSummary() {
  const progress = useProgressStore((s) => s.progress);
  const loaded = useProgressStore((s) => s.loaded);
  const filter = useExamFilterStore((s) => s.filter);
  const shown = SCENARIOS.filter((scenario) => trainsExam(scenario, filter)).map((scenario) => scenario.id);
  const { total, answered, correct } = summarise(progress, shown);
  const percent = (count: number) => (total === 0 ? 0 : (count / total) * 100);
  return (
    <div className="progress-summary" data-testid="progress-summary">
      <p className="progress-summary__text" aria-live="polite">
        {loaded ? (
          <>
            <strong>{answered}</strong> of {total} answered · <strong>{correct}</strong> correct
          </>
        ) : (
          'Loading your progress…'
        )}
      </p>
      <div className="progress-summary__bar" role="img" aria-label={`${correct} of ${total} correct, ${answered - correct} more answered`}>
        <span className="progress-summary__fill progress-summary__fill--correct" style={{ width: `${percent(correct)}%` }} />
        <span className="progress-summary__fill progress-summary__fill--answered" style={{ width: `${percent(answered - correct)}%` }} />
      </div>
      <button type="button" className="button button--small" onClick={() => void resetProgress()} disabled={!loaded || summarise(progress, IDS).answered === 0}>
        Reset progress
      </button>
    </div>
  );
}
