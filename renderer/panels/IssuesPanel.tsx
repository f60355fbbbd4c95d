import { analysisOf, issueIndex, SEVERITIES } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { IssueItem } from './IssueItem';

const HEADINGS = { error: ['Error', 'Errors'], warning: ['Warning', 'Warnings'], tip: ['Tip', 'Tips'] } as const;

/** The engine's findings grouped by severity, each with its rationale and fix. */
export function IssuesPanel() {
  const result = useDocumentStore((s) => analysisOf(s.doc));
  const { bySeverity } = issueIndex(result);
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
              {list.map((issue, i) => (
                <IssueItem key={`${issue.rule}:${issue.nodes.join(',')}:${issue.edges.join(',')}:${i}`} issue={issue} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
