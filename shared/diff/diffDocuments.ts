import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Issue } from '../analysis/types';
import type { ParamValue, PipelineDocument, PipelineNode } from '../model/document';

interface ParamChange {
  key: string;
  before: ParamValue | undefined;
  after: ParamValue | undefined;
}

interface NodeChange {
  id: string;
  label: string;
  serviceBefore?: string;
  serviceAfter?: string;
  labelBefore?: string;
  params: ParamChange[];
}

interface CostDelta {
  node: string;
  label: string;
  before: number;
  after: number;
  delta: number;
}

export interface DocumentDiff {
  added: PipelineNode[];
  removed: PipelineNode[];
  changed: NodeChange[];
  edgesAdded: Array<{ id: string; source: string; target: string }>;
  edgesRemoved: Array<{ id: string; source: string; target: string }>;
  needsChanged: Array<{ key: string; before: unknown; after: unknown }>;
  /** Per-node monthly cost before and after, for every node whose cost differs. */
  cost: CostDelta[];
  totalBefore: number;
  totalAfter: number;
  issuesBefore: Issue[];
  issuesAfter: Issue[];
  /** Issues (by rule and nodes) only in one of the two. */
  issuesResolved: Issue[];
  issuesIntroduced: Issue[];
}

const issueKey = (issue: Issue): string => `${issue.rule}|${issue.nodes.join(',')}|${issue.edges.join(',')}`;
const edgeKey = (edge: { source: string; target: string }): string => `${edge.source}>${edge.target}`;

/** What changed from `before` to `after`: nodes (matched by id), edges (by endpoints), needs, issues and cost. */
export function diffDocuments(before: PipelineDocument, after: PipelineDocument, analyses?: { before: AnalysisResult; after: AnalysisResult }): DocumentDiff {
  const a = analyses?.before ?? analyze(before);
  const b = analyses?.after ?? analyze(after);
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));

  const changed: NodeChange[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (!old) continue;
    const keys = [...new Set([...Object.keys(old.params), ...Object.keys(node.params)])].sort();
    const params = keys.filter((key) => old.params[key] !== node.params[key]).map((key) => ({ key, before: old.params[key], after: node.params[key] }));
    const change: NodeChange = { id: node.id, label: node.label, params };
    if (old.service !== node.service) Object.assign(change, { serviceBefore: old.service, serviceAfter: node.service });
    if (old.label !== node.label) change.labelBefore = old.label;
    if (params.length > 0 || change.serviceBefore !== undefined || change.labelBefore !== undefined) changed.push(change);
  }

  const beforeEdges = new Set(before.edges.map(edgeKey));
  const afterEdges = new Set(after.edges.map(edgeKey));
  const needKeys = ['kafkaEcosystem', 'exactlyOnce', 'replay', 'leastOperationalOverhead', 'budgetPerMonth'] as const;

  const costIds = [...new Set([...Object.keys(a.cost.byNode), ...Object.keys(b.cost.byNode)])];
  const cost = costIds
    .map((id) => {
      const was = a.cost.byNode[id] ?? 0;
      const now = b.cost.byNode[id] ?? 0;
      return { node: id, label: afterNodes.get(id)?.label ?? beforeNodes.get(id)?.label ?? id, before: was, after: now, delta: now - was };
    })
    .filter((line) => Math.abs(line.delta) >= 0.005)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));

  const beforeIssues = new Set(a.issues.map(issueKey));
  const afterIssues = new Set(b.issues.map(issueKey));
  return {
    added: after.nodes.filter((n) => !beforeNodes.has(n.id)),
    removed: before.nodes.filter((n) => !afterNodes.has(n.id)),
    changed,
    edgesAdded: after.edges.filter((e) => !beforeEdges.has(edgeKey(e))).map(({ id, source, target }) => ({ id, source, target })),
    edgesRemoved: before.edges.filter((e) => !afterEdges.has(edgeKey(e))).map(({ id, source, target }) => ({ id, source, target })),
    needsChanged: needKeys.filter((key) => before.needs[key] !== after.needs[key]).map((key) => ({ key, before: before.needs[key], after: after.needs[key] })),
    cost,
    totalBefore: a.cost.total,
    totalAfter: b.cost.total,
    issuesBefore: a.issues,
    issuesAfter: b.issues,
    issuesResolved: a.issues.filter((i) => !afterIssues.has(issueKey(i))),
    issuesIntroduced: b.issues.filter((i) => !beforeIssues.has(issueKey(i))),
  };
}
