import type { Issue } from '../../shared/analysis/types';

/** Issues that say the same thing about different nodes, shown once as "10× …". */
export interface IssueGroup {
  /** Stable key: rule and message shape. */
  key: string;
  issues: Issue[];
  /** The message with the nodes' names taken out ("… is not connected to anything."). */
  shape: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message with every name of the issue's nodes replaced by "…", longest names first. */
export function messageShape(issue: Issue, labelOf: (id: string) => string | undefined): string {
  const names = issue.nodes
    .map(labelOf)
    .filter((name): name is string => !!name && name.trim().length > 0)
    .sort((a, b) => b.length - a.length);
  let shape = issue.message;
  for (const name of names) shape = shape.replace(new RegExp(escapeRegExp(name), 'g'), '…');
  return shape;
}

/**
 * Groups issues of one rule whose messages are the same once node names are taken out, in the order
 * of their first issue. A group of one is a single issue.
 */
export function groupIssues(issues: readonly Issue[], labelOf: (id: string) => string | undefined): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const shape = messageShape(issue, labelOf);
    const key = `${issue.severity}|${issue.rule}|${shape}`;
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else groups.set(key, { key, issues: [issue], shape });
  }
  return [...groups.values()];
}
