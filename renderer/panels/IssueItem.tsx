import { memo } from 'react';
import type { Issue } from '../../shared/analysis/types';
import { focusNodes } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';
import { labelsOf } from '../store/labels';
import { toast } from '../store/toastStore';

function selectIssue(issue: Issue): void {
  const { setSelection } = useDocumentStore.getState();
  setSelection({ nodes: issue.nodes, edges: issue.nodes.length ? [] : issue.edges });
  const { doc } = useDocumentStore.getState();
  const ids = issue.nodes.length
    ? issue.nodes
    : doc.edges.filter((e) => issue.edges.includes(e.id)).flatMap((e) => [e.source, e.target]);
  focusNodes(ids);
}

function applyFix(issue: Issue): void {
  if (!issue.fix) return;
  useDocumentStore.getState().commit(issue.fix.ops);
  toast(`Applied: ${issue.fix.label}. Undo with Ctrl+Z.`, 'success');
}

/** One finding; `nested` inside a group ("Show each"), where it is not counted as an issue of its own. */
function IssueItemView({ issue, nested = false }: { issue: Issue; nested?: boolean }) {
  const names = useDocumentStore((s) => labelsOf(s.doc.nodes, issue.nodes).join(', '));
  return (
    <li className={`issue issue--${issue.severity}`} {...(nested ? { 'data-testid': `issue-${issue.rule}-each` } : { 'data-testid': `issue-${issue.rule}`, 'data-severity': issue.severity })}>
      <button type="button" className="issue__message" onClick={() => selectIssue(issue)} title="Select and show on the canvas">
        <span className="visually-hidden">{issue.severity}: </span>
        {issue.message}
        {names && <span className="issue__nodes"> — {names}</span>}
      </button>
      {!nested && (
        <details className="issue__why">
          <summary>Why?</summary>
          <p>{issue.why}</p>
        </details>
      )}
      {issue.fix && (
        <button type="button" className="button button--small issue__fix" onClick={() => applyFix(issue)}>
          {issue.fix.label}
        </button>
      )}
    </li>
  );
}

export const IssueItem = memo(IssueItemView);
