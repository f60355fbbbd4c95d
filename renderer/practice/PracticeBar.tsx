import { useState } from 'react';
import type { Grade } from '../../shared/practice/grade';
import { scenarioById } from '../../shared/scenarios/index';
import { useDocumentStore } from '../store/documentStore';
import { GradePanel } from './GradePanel';
import { backToPractice, checkBuild } from './practiceActions';
import type { BuildSession } from './sessionStore';
import '../sideBySide/sideBySide.css';
import './practice.css';

/** Build mode, above the canvas: the question and its requirements, Check, and the way back. */
export default function PracticeBar({ session }: { session: BuildSession }) {
  const scenario = scenarioById(session.scenarioId);
  const doc = useDocumentStore((s) => s.doc);
  // Details show after each Check and fold away once the design changes (or on request).
  const [folded, setFolded] = useState<{ grade: Grade | null; folded: boolean }>({ grade: null, folded: false });
  if (!scenario) return null;
  const stale = session.gradedDoc !== null && session.gradedDoc !== doc;
  const collapsed = folded.grade === session.grade ? folded.folded : stale;

  return (
    <div className="practice-build">
      <section className="practice-bar" aria-label="Practice: build your answer" data-testid="practice-bar">
        <div className="practice-bar__text">
          <p className="practice-bar__eyebrow">Build mode</p>
          <h2 className="practice-bar__title">{scenario.title}</h2>
          <ul className="practice-bar__requirements" aria-label="Requirements">
            {scenario.requirements.map((requirement) => (
              <li key={requirement}>{requirement}</li>
            ))}
          </ul>
        </div>
        <div className="practice-bar__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={checkBuild}
          >
            Check
          </button>
          <button type="button" className="button" onClick={() => backToPractice(scenario.id)}>
            Back to practice
          </button>
        </div>
      </section>
      {session.grade && <GradePanel grade={session.grade} stale={stale} collapsed={collapsed} onToggle={() => setFolded({ grade: session.grade, folded: !collapsed })} />}
    </div>
  );
}
