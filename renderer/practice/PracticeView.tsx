import { useEffect } from 'react';
import { scenarioById } from '../../shared/scenarios/index';
import { CoverageView } from './CoverageView';
import { useExamFilterStore } from './examFilterStore';
import { PracticeIntro } from './PracticeIntro';
import { useProgressStore } from './progressStore';
import { ScenarioDetail } from './ScenarioDetail';
import { ScenarioList } from './ScenarioList';
import { useSessionStore } from './sessionStore';
import '../sideBySide/sideBySide.css';
import './practice.css';

/** The Practice screen: the questions with progress on the left, the open question on the right. */
export default function PracticeView() {
  const openId = useSessionStore((s) => s.openId);
  const coverageOpen = useSessionStore((s) => s.coverageOpen);
  const scenario = openId ? scenarioById(openId) : undefined;

  useEffect(() => {
    void useProgressStore.getState().load();
    void useExamFilterStore.getState().load();
  }, []);

  return (
    <div className="practice" data-testid="practice-view">
      <ScenarioList />
      <main className="practice__main" aria-label="Practice question">
        {coverageOpen ? <CoverageView /> : scenario ? <ScenarioDetail key={scenario.id} scenario={scenario} /> : <PracticeIntro />}
      </main>
    </div>
  );
}
