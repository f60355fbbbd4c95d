import type { Issue } from '../../shared/analysis/types';

interface Props {
  issues: readonly Issue[];
  /** Said when the list is empty. */
  empty: string;
  /** Node labels by id, to name where each issue is. */
  labels?: ReadonlyMap<string, string>;
  /** Marks issues only on this side of a comparison ("new", "fixed"). */
  tagOf?: (issue: Issue) => string | undefined;
  testId?: string;
}

/** Issues as a compact list: severity, rule id, the engine's message, and its rationale on demand. */
export function IssueLines({ issues, empty, labels, tagOf, testId }: Props) {
  if (issues.length === 0)
    return (
      <p className="issue-lines__empty" data-testid={testId}>
        {empty}
      </p>
    );
  return (
    <ul className="issue-lines" data-testid={testId}>
      {issues.map((issue, i) => {
        // Messages usually start with the node's name; name it separately only when they do not.
        const where = labels
          ? issue.nodes
              .map((id) => labels.get(id) ?? id)
              .filter((label) => !issue.message.includes(label))
              .join(', ')
          : '';
        const tag = tagOf?.(issue);
        return (
          <li key={`${issue.rule}:${issue.nodes.join(',')}:${i}`} className={`issue-lines__item issue-lines__item--${issue.severity}`} data-rule={issue.rule} data-severity={issue.severity}>
            <span className={`sev-dot sev-dot--${issue.severity}`} aria-hidden="true" />
            <div className="issue-lines__body">
              <p className="issue-lines__head">
                <span className="visually-hidden">{issue.severity}: </span>
                <code className="rule-id">{issue.rule}</code>
                {tag && <span className={`issue-lines__tag issue-lines__tag--${tag}`}>{tag}</span>}
                {where && <span className="issue-lines__where">{where}</span>}
              </p>
              <p className="issue-lines__message">{issue.message}</p>
              <details className="issue-lines__why">
                <summary>Why?</summary>
                <p>{issue.why}</p>
              </details>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
