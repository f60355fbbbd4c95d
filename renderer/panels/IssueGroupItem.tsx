import { memo } from 'react';
import type { Issue } from '../../shared/analysis/types';
import type { DocumentOp } from '../../shared/model/ops';
import { focusNodes } from '../canvas/flowInstance';
import { useDocumentStore } from '../store/documentStore';
import { labelsOf } from '../store/labels';
import { toast } from '../store/toastStore';
import { IssueItem } from './IssueItem';
import type { IssueGroup } from './issueGroups';

/** How many node names the summary line lists before "and N more". */
const NAMES_SHOWN = 3;

function selectAll(issues: readonly Issue[]): void {
  const nodes = [...new Set(issues.flatMap((i) => i.nodes))];
  useDocumentStore.getState().setSelection({ nodes, edges: [] });
  focusNodes(nodes);
}

function fixAll(issues: readonly Issue[], label: string): void {
  const ops: DocumentOp[] = issues.flatMap((i) => i.fix?.ops ?? []);
  if (ops.length === 0) return;
  useDocumentStore.getState().commit(ops);
  toast(`Applied: ${label} (${issues.length}×). Undo with Ctrl+Z.`, 'success');
}

/** Identical findings about several nodes, once: "10× … is not connected to anything." with the nodes, each one on demand. */
function IssueGroupView({ group }: { group: IssueGroup }) {
  const { issues, shape } = group;
  const first = issues[0]!;
  const names = useDocumentStore((s) => labelsOf(s.doc.nodes, [...new Set(issues.flatMap((i) => i.nodes))]).join('\u0000'));
  const list = names ? names.split('\u0000') : [];
  const shown = list.slice(0, NAMES_SHOWN).join(', ') + (list.length > NAMES_SHOWN ? ` and ${list.length - NAMES_SHOWN} more` : '');
  const fixLabel = first.fix && issues.every((i) => i.fix?.label === first.fix!.label) ? first.fix.label : undefined;
  return (
    <li className={`issue issue--${first.severity} issue--group`} data-testid={`issue-${first.rule}`} data-severity={first.severity} data-count={issues.length}>
      <button type="button" className="issue__message" onClick={() => selectAll(issues)} title="Select them all and show them on the canvas">
        <span className="visually-hidden">{first.severity}: </span>
        <span className="issue__count">{issues.length}×</span> {shape}
        {shown && <span className="issue__nodes"> — {shown}</span>}
      </button>
      <details className="issue__why">
        <summary>Why?</summary>
        <p>{first.why}</p>
      </details>
      <details className="issue__each">
        <summary>Show each ({issues.length})</summary>
        <ul className="issues__list">
          {issues.map((issue, i) => (
            <IssueItem key={`${issue.nodes.join(',')}:${issue.edges.join(',')}:${i}`} issue={issue} nested />
          ))}
        </ul>
      </details>
      {fixLabel && (
        <button type="button" className="button button--small issue__fix" onClick={() => fixAll(issues, fixLabel)}>
          Fix all {issues.length}: {fixLabel}
        </button>
      )}
    </li>
  );
}

export const IssueGroupItem = memo(IssueGroupView);
