import { useEffect, useMemo, useRef } from 'react';
import type { Scenario } from '../../shared/scenarios/types';
import { answerResults, placeLabel } from './answerModel';
import { OptionCard } from './OptionCard';
import { useSessionStore } from './sessionStore';

/** After an answer: was it right, the engine's ranking, why the answer wins, and all four options side by side. */
export function AnswerResults({ scenario, choice }: { scenario: Scenario; choice: NonNullable<Scenario['answer']> }) {
  const results = useMemo(() => answerResults(scenario, choice), [scenario, choice]);
  const retry = useSessionStore((s) => s.retry);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosen = scenario.options.find((o) => o.key === choice)!;
  const ranked = [...results.options].sort((a, b) => (a.place ?? 99) - (b.place ?? 99));
  const placed = ranked.filter((o) => o.place !== null);
  const ruledOut = ranked.filter((o) => o.place === null);

  // The verdict is news: move focus to it so keyboard and screen-reader users land on it.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="answer-results" aria-labelledby="answer-verdict" data-testid="answer-results">
      <div className={`verdict ${results.correct ? 'verdict--right' : 'verdict--wrong'}`} data-testid="answer-verdict">
        <span className="verdict__mark" aria-hidden="true">
          {results.correct ? '✓' : '✕'}
        </span>
        <div className="verdict__text">
          <h3 id="answer-verdict" ref={headingRef} tabIndex={-1}>
            {results.correct ? 'Correct' : 'Not quite'}
          </h3>
          <p>
            You chose <strong>{choice}</strong> ({chosen.summary}).
            {results.correct ? ' That is the exam’s answer.' : ` The answer is ${results.answer}.`}
          </p>
        </div>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </div>

      <section className="explanation" aria-labelledby="explanation-title">
        <h3 id="explanation-title" className="section-title">
          Why {results.answer} wins
        </h3>
        <p>{scenario.explanation}</p>
        <p className="explanation__rules">
          Deciding rules:{' '}
          {scenario.decidingRules.map((rule) => (
            <code key={rule} className="rule-id">
              {rule}
            </code>
          ))}
        </p>
      </section>

      <section aria-labelledby="ranking-title">
        <h3 id="ranking-title" className="section-title">
          The engine’s ranking
        </h3>
        <ol className="ranking-line" data-testid="ranking">
          {placed.map((o) => (
            <li key={o.key} data-option={o.key}>
              <span className={`place-badge place-badge--inline${o.place === 1 ? ' place-badge--first' : ''}`}>{placeLabel(o)}</span> {o.key}
              {results.byOperations && <span className="muted"> · ops {o.operations}</span>}
            </li>
          ))}
          {ruledOut.length > 0 && (
            <li className="ranking-line__out">
              <span className="place-badge place-badge--out place-badge--inline">Ruled out</span> {ruledOut.map((o) => o.key).join(', ')}
            </li>
          )}
        </ol>
        <p className="muted ranking-note">
          Any error rules an option out; the rest rank by warnings, then {results.byOperations ? 'by operations score (least operational overhead), then ' : ''}by monthly cost. Options that are equal on
          all of these share a place (a tie).
        </p>
        <div className="option-grid">
          {results.options.map((option) => (
            <OptionCard key={option.key} scenario={scenario} option={option} />
          ))}
        </div>
      </section>
    </section>
  );
}
