import { analyze } from '../analysis/analyze';
import type { AnalysisResult, Issue } from '../analysis/types';
import type { ParamValue, PipelineDocument, PipelineNode } from '../model/document';
import { matchNodes } from './matchNodes';

interface ParamChange {
  key: string;
  before: ParamValue | undefined;
  after: ParamValue | undefined;
}

interface NodeChange {
  /** The node's id in `after`. */
  id: string;
  /** The node's id in `before`, when it differs (matched by content). */
  beforeId?: string;
  label: string;
  serviceBefore?: string;
  serviceAfter?: string;
  labelBefore?: string;
  params: ParamChange[];
}

interface CostDelta {
  /** The node's id in `after` (in `before` for a removed node). */
  node: string;
  /** The node's id in `before`, when it differs. */
  beforeNode?: string;
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

const issueKey = (issue: Pick<Issue, 'rule' | 'nodes' | 'edges'>): string => `${issue.rule}|${[...issue.nodes].sort().join(',')}|${[...issue.edges].sort().join(',')}`;
const edgeKey = (edge: { source: string; target: string }): string => `${edge.source}>${edge.target}`;
/** Prefix of a `before` id with no counterpart in `after`, so it never equals an `after` id. */
const UNMATCHED = '\u0000before:';

/**
 * What changed from `before` to `after`: nodes (matched by id, else by content — see matchNodes), edges
 * (by matched endpoints), needs, issues (by rule and matched nodes) and cost. Changed nodes and cost lines
 * carry `after`'s ids, with `beforeId` when the two differ; removed nodes keep `before`'s ids.
 */
export function diffDocuments(before: PipelineDocument, after: PipelineDocument, analyses?: { before: AnalysisResult; after: AnalysisResult }): DocumentDiff {
  const a = analyses?.before ?? analyze(before);
  const b = analyses?.after ?? analyze(after);
  const matches = matchNodes(before, after);
  const matchedAfter = new Set(matches.values());
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const inAfterIds = (id: string): string => matches.get(id) ?? `${UNMATCHED}${id}`;

  const changed: NodeChange[] = [];
  for (const old of before.nodes) {
    const node = afterNodes.get(matches.get(old.id) ?? '');
    if (!node) continue;
    const keys = [...new Set([...Object.keys(old.params), ...Object.keys(node.params)])].sort();
    const params = keys.filter((key) => old.params[key] !== node.params[key]).map((key) => ({ key, before: old.params[key], after: node.params[key] }));
    const change: NodeChange = { id: node.id, label: node.label, params };
    if (old.id !== node.id) change.beforeId = old.id;
    if (old.service !== node.service) Object.assign(change, { serviceBefore: old.service, serviceAfter: node.service });
    if (old.label !== node.label) change.labelBefore = old.label;
    if (params.length > 0 || change.serviceBefore !== undefined || change.labelBefore !== undefined) changed.push(change);
  }

  const translatedEdgeKey = (edge: { source: string; target: string }): string => edgeKey({ source: inAfterIds(edge.source), target: inAfterIds(edge.target) });
  const beforeEdges = new Map(before.edges.map((e) => [translatedEdgeKey(e), e.id]));
  const afterEdges = new Map(after.edges.map((e) => [edgeKey(e), e.id]));
  const edgeInAfterIds = new Map<string, string>();
  for (const [key, id] of beforeEdges) edgeInAfterIds.set(id, afterEdges.get(key) ?? `${UNMATCHED}${id}`);
  const needKeys = ['kafkaEcosystem', 'exactlyOnce', 'replayHours', 'requestTimeFeatures', 'leastOperationalOverhead', 'budgetPerMonth'] as const;

  const costLines: CostDelta[] = [];
  for (const old of before.nodes) {
    const nowId = matches.get(old.id);
    const was = a.cost.byNode[old.id] ?? 0;
    const now = nowId === undefined ? 0 : (b.cost.byNode[nowId] ?? 0);
    const line: CostDelta = { node: nowId ?? old.id, label: (nowId && afterNodes.get(nowId)?.label) || old.label, before: was, after: now, delta: now - was };
    if (nowId !== undefined && nowId !== old.id) line.beforeNode = old.id;
    costLines.push(line);
  }
  for (const node of after.nodes) {
    if (matchedAfter.has(node.id)) continue;
    const now = b.cost.byNode[node.id] ?? 0;
    costLines.push({ node: node.id, label: node.label, before: 0, after: now, delta: now });
  }
  const cost = costLines.filter((line) => Math.abs(line.delta) >= 0.005).sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));

  const beforeIssueKey = (issue: Issue): string => issueKey({ rule: issue.rule, nodes: issue.nodes.map(inAfterIds), edges: issue.edges.map((id) => edgeInAfterIds.get(id) ?? `${UNMATCHED}${id}`) });
  const beforeIssues = new Set(a.issues.map(beforeIssueKey));
  const afterIssues = new Set(b.issues.map(issueKey));
  return {
    added: after.nodes.filter((n) => !matchedAfter.has(n.id)),
    removed: before.nodes.filter((n) => !matches.has(n.id)),
    changed,
    edgesAdded: after.edges.filter((e) => !beforeEdges.has(edgeKey(e))).map(({ id, source, target }) => ({ id, source, target })),
    edgesRemoved: before.edges.filter((e) => !afterEdges.has(translatedEdgeKey(e))).map(({ id, source, target }) => ({ id, source, target })),
    needsChanged: needKeys.filter((key) => before.needs[key] !== after.needs[key]).map((key) => ({ key, before: before.needs[key], after: after.needs[key] })),
    cost,
    totalBefore: a.cost.total,
    totalAfter: b.cost.total,
    issuesBefore: a.issues,
    issuesAfter: b.issues,
    issuesResolved: a.issues.filter((i) => !afterIssues.has(beforeIssueKey(i))),
    issuesIntroduced: b.issues.filter((i) => !beforeIssues.has(issueKey(i))),
  };
}
