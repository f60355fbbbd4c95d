import { analysisOf, issueIndex, SEVERITIES } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { IssueGroupItem } from './IssueGroupItem';
import { IssueItem } from './IssueItem';
import { groupIssues } from './issueGroups';

const HEADINGS = { error: ['Error', 'Errors'], warning: ['Warning', 'Warnings'], tip: ['Tip', 'Tips'] } as const;

/** The engine's findings grouped by severity, each with its rationale and fix. */
export function IssuesPanel() {
  const result = useDocumentStore((s) => analysisOf(s.doc));
  const nodes = useDocumentStore((s) => s.doc.nodes);
  const { bySeverity } = issueIndex(result);
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const labelOf = (id: string) => labels.get(id);
  if (result.issues.length === 0) {
    return (
      <div className="issues issues--empty" data-testid="issues-empty">
        <p>No issues: the design passes every rule.</p>
      </div>
    );
  }
  return (
    <div className="issues">
      {SEVERITIES.map((severity) => {
        const list = bySeverity[severity];
        if (list.length === 0) return null;
        return (
          <section key={severity} className={`issues__group issues__group--${severity}`} aria-labelledby={`issues-${severity}`}>
            <h3 id={`issues-${severity}`} className="issues__heading">
              <span className={`sev-dot sev-dot--${severity}`} aria-hidden="true" />
              {HEADINGS[severity][list.length === 1 ? 0 : 1]} <span className="count">{list.length}</span>
            </h3>
            <ul className="issues__list">
              {groupIssues(list, labelOf).map((group) =>
                group.issues.length > 1 ? <IssueGroupItem key={group.key} group={group} /> : <IssueItem key={group.key} issue={group.issues[0]!} />,
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
