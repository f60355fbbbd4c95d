import { analyze } from '../../shared/analysis/analyze';
import type { AnalysisResult, Issue, Severity } from '../../shared/analysis/types';
import type { PipelineDocument } from '../../shared/model/document';

/** Analysis is derived from the document: one run per document object. */
const byDocument = new WeakMap<PipelineDocument, AnalysisResult>();
let last: { doc: PipelineDocument; result: AnalysisResult } | null = null;

/**
 * True when `next` differs from `prev` only in node positions (a drag or a nudge). Positions are
 * layout, not input to the engine, so the previous result still holds.
 */
export function onlyPositionsDiffer(prev: PipelineDocument, next: PipelineDocument): boolean {
  if (prev.edges !== next.edges || prev.needs !== next.needs || prev.settings !== next.settings) return false;
  if (prev.title !== next.title || prev.notes !== next.notes) return false;
  if (prev.nodes.length !== next.nodes.length) return false;
  for (let i = 0; i < next.nodes.length; i++) {
    const a = prev.nodes[i];
    const b = next.nodes[i];
    if (a === b) continue;
    if (!a || !b || a.id !== b.id || a.service !== b.service || a.label !== b.label || a.params !== b.params) return false;
  }
  return true;
}

export function analysisOf(doc: PipelineDocument): AnalysisResult {
  let result = byDocument.get(doc);
  if (!result) {
    result = last && onlyPositionsDiffer(last.doc, doc) ? last.result : analyze(doc);
    byDocument.set(doc, result);
  }
  last = { doc, result };
  return result;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'tip'];

export interface IssueCounts {
  error: number;
  warning: number;
  tip: number;
  worst: Severity | null;
}

const EMPTY_COUNTS: IssueCounts = Object.freeze({ error: 0, warning: 0, tip: 0, worst: null });

function worstOf(counts: IssueCounts): Severity | null {
  return counts.error ? 'error' : counts.warning ? 'warning' : counts.tip ? 'tip' : null;
}

/** How many issues of each severity name each node or edge (for badges); memoised per result. */
export interface IssueIndex {
  nodes: Map<string, IssueCounts>;
  edges: Map<string, IssueCounts>;
  bySeverity: Record<Severity, Issue[]>;
}

const indexes = new WeakMap<AnalysisResult, IssueIndex>();

export function issueIndex(result: AnalysisResult): IssueIndex {
  let index = indexes.get(result);
  if (index) return index;
  index = { nodes: new Map(), edges: new Map(), bySeverity: { error: [], warning: [], tip: [] } };
  const bump = (map: Map<string, IssueCounts>, id: string, severity: Severity) => {
    const counts = map.get(id) ?? { error: 0, warning: 0, tip: 0, worst: null };
    counts[severity] += 1;
    counts.worst = worstOf(counts);
    map.set(id, counts);
  };
  for (const issue of result.issues) {
    index.bySeverity[issue.severity].push(issue);
    for (const id of new Set(issue.nodes)) bump(index.nodes, id, issue.severity);
    for (const id of new Set(issue.edges)) bump(index.edges, id, issue.severity);
  }
  indexes.set(result, index);
  return index;
}

export function countsFor(map: Map<string, IssueCounts>, id: string): IssueCounts {
  return map.get(id) ?? EMPTY_COUNTS;
}

const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  tip: ['tip', 'tips'],
};

/** "2 errors, 1 tip" */
export function describeCounts(counts: IssueCounts): string {
  const parts: string[] = [];
  for (const severity of SEVERITIES) {
    const n = counts[severity];
    if (n) parts.push(`${n} ${NOUNS[severity][n === 1 ? 0 : 1]}`);
  }
  return parts.join(', ');
}
