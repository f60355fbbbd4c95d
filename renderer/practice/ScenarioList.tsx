import { trainsExam } from '../../shared/exam/coverage';
import { SCENARIOS } from '../../shared/scenarios/index';
import type { Scenario } from '../../shared/scenarios/types';
import { ExamFilterControl } from './ExamFilterControl';
import { useExamFilterStore } from './examFilterStore';
import { describeLastAttempt, statusOf } from './progress';
import { useProgressStore } from './progressStore';
import { ProgressSummary } from './ProgressSummary';
import { useActiveBuild, useSessionStore } from './sessionStore';
import { StatusMark } from './StatusMark';
import { useNow } from './useNow';

export const ORIGIN_LABELS: Record<Scenario['origin'], string> = {
  'study-notes': 'From the study notes',
  team: 'More practice',
};

const ORIGINS = ['study-notes', 'team'] as const;

/** The practice questions grouped by where they come from, each with its topic and the learner's progress. */
export function ScenarioList() {
  const progress = useProgressStore((s) => s.progress);
  const openId = useSessionStore((s) => s.openId);
  const open = useSessionStore((s) => s.open);
  const now = useNow();
  const building = useActiveBuild()?.scenarioId;
  const filter = useExamFilterStore((s) => s.filter);
  const coverageOpen = useSessionStore((s) => s.coverageOpen);
  const showCoverage = useSessionStore((s) => s.showCoverage);
  const groups = ORIGINS.map((origin) => ({ origin, scenarios: SCENARIOS.filter((s) => s.origin === origin && trainsExam(s, filter)) })).filter(
    (group) => group.scenarios.length > 0,
  );

  return (
    <aside className="practice-list" aria-labelledby="practice-list-title">
      <header className="practice-list__header">
        <h2 id="practice-list-title" className="practice-list__title">
          Practice questions
        </h2>
        <ExamFilterControl />
        <ProgressSummary />
        <button type="button" className="button button--small practice-list__coverage" aria-pressed={coverageOpen} onClick={() => showCoverage()}>
          Exam coverage
        </button>
      </header>
      <nav className="practice-list__groups" aria-label="Questions">
        {groups.length === 0 && <p className="practice-list__empty">No question trains {filter} yet.</p>}
        {groups.map((group) => (
          <section key={group.origin} aria-labelledby={`practice-group-${group.origin}`}>
            <h3 id={`practice-group-${group.origin}`} className="practice-list__group-title">
              {ORIGIN_LABELS[group.origin]} <span className="count">{group.scenarios.length}</span>
            </h3>
            <ul className="practice-list__items">
              {group.scenarios.map((scenario) => {
                const record = Object.hasOwn(progress, scenario.id) ? progress[scenario.id] : undefined;
                const status = statusOf(record);
                return (
                  <li key={scenario.id}>
                    <button
                      type="button"
                      className="practice-item"
                      aria-current={openId === scenario.id && !coverageOpen ? 'true' : undefined}
                      data-testid={`scenario-${scenario.id}`}
                      data-status={status}
                      onClick={() => open(scenario.id)}
                    >
                      <StatusMark status={status} />
                      <span className="practice-item__text">
                        <span className="practice-item__title">
                          {scenario.title}
                          {building === scenario.id && <span className="tag practice-item__building">Building</span>}
                        </span>
                        <span className="practice-item__topic">{scenario.topic}</span>
                        <span className="practice-item__when">{describeLastAttempt(record, now)}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </nav>
    </aside>
  );
}
