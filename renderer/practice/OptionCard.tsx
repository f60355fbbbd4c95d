import { useMemo } from 'react';
import type { Scenario } from '../../shared/scenarios/types';
import { formatMoney } from '../../shared/util/numbers';
import { IssueLines } from '../sideBySide/IssueLines';
import { MiniDiagram, type IssueMark } from '../sideBySide/MiniDiagram';
import { placeLabel, type OptionResult } from './answerModel';
import { openOptionInEditor } from './practiceActions';

function issueMarks(option: OptionResult): Map<string, IssueMark> {
  const marks = new Map<string, IssueMark>();
  for (const issue of option.warnings) for (const id of issue.nodes) marks.set(id, 'warning');
  for (const issue of option.errors) for (const id of issue.nodes) marks.set(id, 'error');
  return marks;
}

/** One option after answering: its miniature, place in the ranking, findings and monthly cost. */
export function OptionCard({ scenario, option }: { scenario: Scenario; option: OptionResult }) {
  const marks = useMemo(() => ({ issues: issueMarks(option) }), [option]);
  const labels = useMemo(() => new Map(option.document.nodes.map((node) => [node.id, node.label])), [option.document]);
  const titleId = `option-${scenario.id}-${option.key}`;
  const classes = ['option-card', option.isAnswer ? 'is-answer' : '', option.isChoice ? 'is-choice' : '', option.ruledOut ? 'is-ruled-out' : ''].filter(Boolean).join(' ');

  return (
    <article className={classes} aria-labelledby={titleId} data-testid={`option-${option.key}`} data-place={option.place ?? 'ruled-out'}>
      <header className="option-card__header">
        <h4 id={titleId} className="option-card__key">
          <span className="visually-hidden">Option </span>
          {option.key}
        </h4>
        <span className={`place-badge${option.place === 1 ? ' place-badge--first' : ''}${option.ruledOut ? ' place-badge--out' : ''}`} data-testid="option-place">
          {placeLabel(option)}
        </span>
        <span className="option-card__tags">
          {option.isChoice && <span className="tag tag--choice">Your choice</span>}
          {option.isAnswer && <span className="tag tag--answer">Answer</span>}
        </span>
      </header>
      <p className="option-card__summary">{option.summary}</p>
      <MiniDiagram document={option.document} label={`Option ${option.key}: ${option.summary}`} marks={marks} />
      <dl className="option-card__figures">
        <div>
          <dt>Monthly cost</dt>
          <dd data-testid="option-cost">{formatMoney(option.total)}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd className={option.errors.length ? 'is-bad' : ''}>{option.errors.length}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd className={option.warnings.length ? 'is-warn' : ''}>{option.warnings.length}</dd>
        </div>
      </dl>
      <IssueLines issues={[...option.errors, ...option.warnings]} empty="No errors or warnings." labels={labels} testId="option-issues" />
      <footer className="option-card__footer">
        <button type="button" className="button button--small" onClick={() => void openOptionInEditor(scenario, option.key)}>
          Open in editor
        </button>
      </footer>
    </article>
  );
}
