import { SCENARIOS } from '../../shared/scenarios/index';
import { confirmDialog } from '../store/dialogStore';
import { toast } from '../store/toastStore';
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

/** "5 of 18 answered · 3 correct", a bar, and the reset button. */
export function ProgressSummary() {
  const progress = useProgressStore((s) => s.progress);
  const loaded = useProgressStore((s) => s.loaded);
  const { total, answered, correct } = summarise(progress, IDS);
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
        <span className="progress-summary__fill progress-summary__fill--correct" style={{ width: `${(correct / total) * 100}%` }} />
        <span className="progress-summary__fill progress-summary__fill--answered" style={{ width: `${((answered - correct) / total) * 100}%` }} />
      </div>
      <button type="button" className="button button--small" onClick={() => void resetProgress()} disabled={!loaded || answered === 0}>
        Reset progress
      </button>
    </div>
  );
}
