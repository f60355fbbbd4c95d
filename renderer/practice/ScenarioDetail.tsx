import { useEffect, useRef } from 'react';
import { referenceAnswer } from '../../shared/practice/grade';
import type { Scenario } from '../../shared/scenarios/types';
import { showView } from '../store/viewStore';
import { AnswerForm } from './AnswerForm';
import { AnswerResults } from './AnswerResults';
import { ExamTags } from './ExamTags';
import { NeedsList } from './NeedsList';
import { startBuild } from './practiceActions';
import { describeLastAttempt, STATUS_LABELS, statusOf } from './progress';
import { useProgressStore } from './progressStore';
import { ORIGIN_LABELS } from './ScenarioList';
import { useActiveBuild, useSessionStore } from './sessionStore';
import { StatusMark } from './StatusMark';
import { useNow } from './useNow';

/** One question: its prompt, requirements and needs, then answer mode or build mode. */
export function ScenarioDetail({ scenario }: { scenario: Scenario }) {
  const answer = useSessionStore((s) => (s.answer?.scenarioId === scenario.id ? s.answer : null));
  const building = useActiveBuild()?.scenarioId === scenario.id;
  const record = useProgressStore((s) => (Object.hasOwn(s.progress, scenario.id) ? s.progress[scenario.id] : undefined));
  const status = statusOf(record);
  const now = useNow();
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Opening another question moves focus to its title, so the reader starts at the top.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), [scenario.id]);

  return (
    <article className="scenario" aria-labelledby="scenario-title" data-testid="scenario-detail" data-scenario={scenario.id}>
      <header className="scenario__header">
        <p className="scenario__eyebrow">
          {ORIGIN_LABELS[scenario.origin]} · {scenario.topic}
        </p>
        <h2 id="scenario-title" ref={titleRef} tabIndex={-1} className="scenario__title">
          {scenario.title}
        </h2>
        <ExamTags tags={scenario.exam} />
        <p className={`scenario__status scenario__status--${status}`}>
          <StatusMark status={status} /> {status === 'new' ? 'Not tried yet' : `${STATUS_LABELS[status]} · ${describeLastAttempt(record, now)}`}
        </p>
      </header>

      <p className="scenario__prompt">{scenario.prompt}</p>

      <div className="scenario__facts">
        <section aria-labelledby="scenario-requirements">
          <h3 id="scenario-requirements" className="section-title">
            Requirements
          </h3>
          <ul className="requirements">
            {scenario.requirements.map((requirement) => (
              <li key={requirement}>{requirement}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="scenario-needs">
          <h3 id="scenario-needs" className="section-title">
            Needs
          </h3>
          <NeedsList needs={referenceAnswer(scenario).needs} />
        </section>
      </div>

      <div className="scenario__modes">
        <section className="mode-card mode-card--answer" aria-labelledby="mode-answer">
          <h3 id="mode-answer" className="mode-card__title">
            Answer mode
          </h3>
          {answer?.submitted && answer.choice ? <p className="muted">Your answer is below.</p> : <AnswerForm scenario={scenario} />}
        </section>
        <section className="mode-card mode-card--build" aria-labelledby="mode-build">
          <h3 id="mode-build" className="mode-card__title">
            Build mode
          </h3>
          <p className="muted">
            Design your own answer on the canvas, starting from the scenario’s data. <strong>Check</strong> grades it against the requirements and the rules — a
            different design that meets them passes too.
          </p>
          <div className="mode-card__actions">
            {building && (
              <button type="button" className="button button--primary" onClick={() => showView('editor')}>
                Continue building
              </button>
            )}
            <button type="button" className={`button${building ? '' : ' button--primary'}`} onClick={() => void startBuild(scenario)}>
              {building ? 'Start over' : 'Build my answer'}
            </button>
          </div>
        </section>
      </div>

      {answer?.submitted && answer.choice && <AnswerResults key={`${scenario.id}:${answer.choice}`} scenario={scenario} choice={answer.choice} />}
    </article>
  );
}
