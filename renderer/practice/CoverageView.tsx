import { useEffect, useMemo, useRef } from 'react';
import { examCoverage } from '../../shared/exam/coverage';
import { EXAMS } from '../../shared/exam/taskStatements';
import { SCENARIOS, scenarioById } from '../../shared/scenarios/index';
import { useExamFilterStore } from './examFilterStore';
import { useProgressStore } from './progressStore';
import { useSessionStore } from './sessionStore';

const questions = (count: number) => (count === 1 ? '1 question' : `${count} questions`);

/**
 * For each task statement of the exams shown, how many questions train it and how many of those the
 * learner answered correctly; a statement no question trains is a gap. The figures come from shared/exam.
 */
export function CoverageView() {
  const progress = useProgressStore((s) => s.progress);
  const filter = useExamFilterStore((s) => s.filter);
  const focus = useSessionStore((s) => s.coverageFocus);
  const open = useSessionStore((s) => s.open);
  const coverage = useMemo(() => examCoverage(SCENARIOS, progress, filter), [progress, filter]);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  // Opened from a question's tag: that statement first; otherwise the title, so reading starts at the top.
  useEffect(() => {
    const row = focus ? rootRef.current?.querySelector<HTMLElement>(`[data-statement="${focus}"]`) : null;
    if (row) {
      row.scrollIntoView({ block: 'center' });
      row.focus({ preventScroll: true });
    } else titleRef.current?.focus({ preventScroll: true });
  }, [focus]);

  return (
    <section className="coverage" aria-labelledby="coverage-title" data-testid="coverage-view" ref={rootRef}>
      <header className="coverage__header">
        <h2 id="coverage-title" ref={titleRef} tabIndex={-1} className="coverage__title">
          Exam coverage
        </h2>
        <p className="muted">
          Each task statement of the exam guide, how many practice questions train it, and how many of those your last attempt got right. A task statement no
          question trains yet is marked as a gap.
        </p>
        <ul className="coverage__summary" aria-label="Task statements covered">
          {coverage.map((exam) => (
            <li key={exam.exam} data-testid={`coverage-summary-${exam.exam}`}>
              <strong>{exam.exam}</strong>: {exam.covered} of {exam.total} task statements covered
            </li>
          ))}
        </ul>
      </header>
      {coverage.map((exam) => (
        <section key={exam.exam} className="coverage__exam" aria-labelledby={`coverage-exam-${exam.exam}`}>
          <h3 id={`coverage-exam-${exam.exam}`} className="coverage__exam-title">
            {exam.exam} · {exam.name} <span className="coverage__exam-status">{EXAMS[exam.exam].status}</span>
          </h3>
          {exam.domains.map((domain) => (
            <div key={domain.domain} className="coverage__domain">
              <h4 className="coverage__domain-title">{domain.domain}</h4>
              <ul className="coverage__rows">
                {domain.statements.map((statement) => {
                  const gap = statement.scenarios.length === 0;
                  return (
                    <li
                      key={statement.id}
                      className={`coverage-row${gap ? ' coverage-row--gap' : ''}`}
                      data-testid={`coverage-${statement.id}`}
                      data-statement={statement.id}
                      data-gap={gap}
                      tabIndex={-1}
                    >
                      <span className="coverage-row__id">{statement.id}</span>
                      <span className="coverage-row__text">{statement.text}</span>
                      {gap ? (
                        <span className="coverage-row__counts coverage-row__gap">Gap: no question trains this yet</span>
                      ) : (
                        <>
                          <span className="coverage-row__counts">
                            <span data-testid="trained-count">{questions(statement.scenarios.length)}</span> ·{' '}
                            <span data-testid="correct-count">{statement.answeredCorrectly}</span> answered correctly
                          </span>
                          <span className="coverage-row__bar" aria-hidden="true">
                            <span style={{ width: `${(statement.answeredCorrectly / statement.scenarios.length) * 100}%` }} />
                          </span>
                          <details className="coverage-row__questions">
                            <summary>Questions</summary>
                            <ul>
                              {statement.scenarios.map((id) => (
                                <li key={id}>
                                  <button type="button" className="link-button" onClick={() => open(id)}>
                                    {scenarioById(id)?.title ?? id}
                                  </button>
                                </li>
                              ))}
                            </ul>
                          </details>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
