import { useId } from 'react';
import type { Scenario } from '../../shared/scenarios/types';
import { submitAnswer } from './practiceActions';
import { useSessionStore } from './sessionStore';

/** Choose one of the four options (a native radio group: arrow keys move, Space selects) and submit. */
export function AnswerForm({ scenario }: { scenario: Scenario }) {
  const answer = useSessionStore((s) => (s.answer?.scenarioId === scenario.id ? s.answer : null));
  const choose = useSessionStore((s) => s.choose);
  const name = useId();
  const hintId = useId();

  return (
    <form
      className="answer-form"
      onSubmit={(event) => {
        event.preventDefault();
        submitAnswer(scenario);
      }}
    >
      <fieldset className="answer-form__options" aria-describedby={hintId}>
        <legend className="section-title">Which option is best?</legend>
        {scenario.options.map((option) => (
          <label key={option.key} className={`answer-option${answer?.choice === option.key ? ' is-chosen' : ''}`}>
            <input type="radio" name={name} value={option.key} checked={answer?.choice === option.key} onChange={() => choose(scenario.id, option.key)} />
            <span className="answer-option__key" aria-hidden="true">
              {option.key}
            </span>
            <span className="answer-option__summary">
              <span className="visually-hidden">Option {option.key}: </span>
              {option.summary}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="answer-form__actions">
        <button type="submit" className="button button--primary" disabled={!answer?.choice}>
          Submit answer
        </button>
        <p id={hintId} className="muted answer-form__hint">
          Then see all four designs side by side, with what the engine finds in each.
        </p>
      </div>
    </form>
  );
}
