import { analysisOf } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

/** The issues that name this node, short; the Issues panel has the details and fixes. */
export function NodeIssues({ id }: { id: string }) {
  const issues = useDocumentStore((s) => analysisOf(s.doc).issues);
  const mine = issues.filter((issue) => issue.nodes.includes(id));
  if (mine.length === 0) return null;
  return (
    <section className="inspector__section" aria-label="Issues on this node">
      <ul className="node-issues">
        {mine.map((issue, i) => (
          <li key={`${issue.rule}-${i}`} className={`node-issues__item sev-${issue.severity}`}>
            <span className={`sev-dot sev-dot--${issue.severity}`} aria-hidden="true" />
            <span className="visually-hidden">{issue.severity}: </span>
            {issue.message}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => useUiStore.getState().setPanelTab('issues')}>
        Show in Issues
      </button>
    </section>
  );
}
