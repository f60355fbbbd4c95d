import { useEffect, useMemo, useRef } from 'react';
import type { Grade, Verdict } from '../../shared/practice/grade';
import { formatMoney } from '../../shared/util/numbers';
import { IssueLines } from '../sideBySide/IssueLines';
import { useDocumentStore } from '../store/documentStore';

const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Accepted',
  'pass-with-warnings': 'Works, not the exam’s answer',
  fail: 'Not accepted',
};

/**
 * The colour of the cost difference: more than the reference is a warning; less is good news only for a
 * design that is accepted (a rejected design is cheaper because it leaves something out).
 */
function costDifferenceClass(difference: number, verdict: Verdict): string {
  if (difference > 0.005) return 'is-more';
  if (difference < -0.005) return verdict === 'fail' ? 'is-rejected' : 'is-less';
  return '';
}

interface Props {
  grade: Grade;
  /** The design on the canvas changed since the check. */
  stale: boolean;
  /** Only the verdict line, so the canvas keeps its room while the learner builds. */
  collapsed: boolean;
  onToggle(): void;
}

/** What an examiner would say about the learner's design: verdict, each requirement, findings, cost. */
export function GradePanel({ grade, stale, collapsed, onToggle }: Props) {
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const labels = useMemo(() => new Map(nodes.map((node) => [node.id, node.label])), [nodes]);
  const ref = useRef<HTMLElement>(null);
  const difference = grade.total - grade.referenceTotal;
  const issues = [...grade.errors, ...grade.warnings];

  // A new grade is news: focus moves to it, so screen readers read the verdict.
  useEffect(() => ref.current?.focus(), [grade]);

  return (
    <section
      ref={ref}
      className={`grade grade--${grade.verdict}${collapsed ? ' is-collapsed' : ''}`}
      aria-labelledby="grade-title"
      aria-describedby="grade-summary"
      data-testid="grade-panel"
      data-verdict={grade.verdict}
      tabIndex={-1}
    >
      <header className="grade__header">
        <span className={`grade__badge grade__badge--${grade.verdict}`} id="grade-title" data-testid="grade-verdict">
          {VERDICT_LABELS[grade.verdict]}
        </span>
        <p className="grade__summary" id="grade-summary" data-testid="grade-summary">
          {grade.summary}
        </p>
        {stale && (
          <p className="grade__stale" data-testid="grade-stale">
            The design has changed since this check: press Check again.
          </p>
        )}
        <button type="button" className="button button--small" onClick={onToggle} aria-expanded={!collapsed} aria-controls="grade-details">
          {collapsed ? 'Show details' : 'Hide details'}
        </button>
      </header>
      <div className="grade__columns" id="grade-details" hidden={collapsed}>
        <section aria-labelledby="grade-checks">
          <h3 id="grade-checks" className="section-title">
            Requirements
          </h3>
          <ul className="checks" data-testid="grade-checks">
            {grade.checks.map((check) => (
              <li key={check.text} className={`checks__item ${check.met ? 'is-met' : 'is-unmet'}`} data-met={check.met}>
                <span className="checks__mark" aria-hidden="true">
                  {check.met ? '✓' : '✕'}
                </span>
                <div>
                  <p className="checks__text">
                    <span className="visually-hidden">{check.met ? 'Met: ' : 'Not met: '}</span>
                    {check.text}
                  </p>
                  <p className="checks__detail">{check.detail}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="grade-issues">
          <h3 id="grade-issues" className="section-title">
            Errors and warnings <span className="count">{issues.length}</span>
          </h3>
          <IssueLines issues={issues} empty="No errors or warnings." labels={labels} testId="grade-issues-list" />
        </section>
        <section aria-labelledby="grade-cost">
          <h3 id="grade-cost" className="section-title">
            Cost
          </h3>
          <dl className="grade__cost" data-testid="grade-cost">
            <div>
              <dt>Your design</dt>
              <dd>{formatMoney(grade.total)}/mo</dd>
            </div>
            <div>
              <dt>Reference answer</dt>
              <dd>{formatMoney(grade.referenceTotal)}/mo</dd>
            </div>
            <div className="grade__cost-diff">
              <dt>Difference</dt>
              <dd className={costDifferenceClass(difference, grade.verdict)} data-testid="grade-cost-difference">
                {Math.abs(difference) < 0.005 ? 'Same cost' : `${difference > 0 ? '+' : '−'}${formatMoney(Math.abs(difference))}/mo`}
                {grade.verdict === 'fail' && difference < -0.005 && <span className="grade__cost-note">Not a saving: the design is not accepted.</span>}
              </dd>
            </div>
          </dl>
        </section>
      </div>
    </section>
  );
}
