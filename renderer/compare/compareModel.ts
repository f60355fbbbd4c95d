import type { Issue } from '../../shared/analysis/types';
import { catalog, isServiceId } from '../../shared/catalog/index';
import { diffDocuments, type DocumentDiff } from '../../shared/diff/diffDocuments';
import type { ParamValue, PipelineDocument, PipelineNode } from '../../shared/model/document';
import { formatMoney, formatNumber } from '../../shared/util/numbers';
import type { DiffMark, NodeMarks } from '../sideBySide/MiniDiagram';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'connected' | 'disconnected' | 'needs';

interface ChangeRow {
  kind: ChangeKind;
  /** The node ("Click stream"), the edge ("Hospital feed → Training data") or the need. */
  subject: string;
  service: string;
  /** One entry per changed thing: "Shards: 1 → 2", "Service: Kinesis Data Streams → Firehose". */
  details: string[];
}

interface CostRow {
  node: string;
  label: string;
  status: DiffMark | 'same';
  before: number;
  after: number;
  delta: number;
}

export interface CompareModel {
  diff: DocumentDiff;
  before: NodeMarks;
  after: NodeMarks;
  changes: ChangeRow[];
  cost: CostRow[];
  totalBefore: number;
  totalAfter: number;
  totalDelta: number;
  /** Issues only in "before" (fixed) and only in "after" (new). */
  fixed: ReadonlySet<Issue>;
  introduced: ReadonlySet<Issue>;
  /** Nothing differs: same nodes, parameters, edges and needs. */
  identical: boolean;
}

/** "+$7.25", "-$3.10", "$0.00": a signed monthly difference. */
export function formatDelta(delta: number): string {
  if (Math.abs(delta) < 0.005) return '$0.00';
  return delta > 0 ? `+${formatMoney(delta)}` : formatMoney(delta);
}

const serviceName = (service: string): string => (isServiceId(service) ? catalog[service].shortName : service);

/** A parameter value in words, with its unit; an absent value is the catalog default (or "not set"). */
export function formatParam(service: string, key: string, value: ParamValue | undefined): string {
  const spec = isServiceId(service) ? catalog[service].params.find((p) => p.key === key) : undefined;
  if (value === undefined) {
    if (!spec || spec.optional) return 'not set';
    return `default (${formatParam(service, key, spec.default)})`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return spec?.kind === 'number' && spec.unit ? `${formatNumber(value)} ${spec.unit}` : formatNumber(value);
  return value;
}

function paramLabel(service: string, key: string): string {
  return (isServiceId(service) ? catalog[service].params.find((p) => p.key === key)?.label : undefined) ?? key;
}

const NEED_LABELS: Record<string, string> = {
  kafkaEcosystem: 'Kafka ecosystem',
  exactlyOnce: 'Exactly-once processing',
  replayHours: 'Replay window',
  requestTimeFeatures: 'Request-time inputs',
  leastOperationalOverhead: 'Least operational overhead',
  budgetPerMonth: 'Budget per month',
};

function needValue(key: string, value: unknown): string {
  if (key === 'budgetPerMonth') return typeof value === 'number' ? formatMoney(value) : 'none';
  if (key === 'replayHours') return typeof value === 'number' && value > 0 ? `${formatNumber(value)} h` : 'none';
  return value ? 'required' : 'not required';
}

/** Everything the Compare screen shows about two designs, from the engine's diff. */
export function compareModel(before: PipelineDocument, after: PipelineDocument): CompareModel {
  const diff = diffDocuments(before, after);
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id, n]));
  const labelBefore = (id: string): string => beforeNodes.get(id)?.label ?? id;
  const labelAfter = (id: string): string => afterNodes.get(id)?.label ?? id;

  const beforeDiff = new Map<string, DiffMark>();
  const afterDiff = new Map<string, DiffMark>();
  for (const node of diff.removed) beforeDiff.set(node.id, 'removed');
  for (const node of diff.added) afterDiff.set(node.id, 'added');
  for (const change of diff.changed) {
    beforeDiff.set(change.beforeId ?? change.id, 'changed');
    afterDiff.set(change.id, 'changed');
  }
  const removedEdges = new Map(diff.edgesRemoved.map((e) => [e.id, 'removed' as const]));
  const addedEdges = new Map(diff.edgesAdded.map((e) => [e.id, 'added' as const]));

  const changes: ChangeRow[] = [];
  const nodeRow = (kind: 'added' | 'removed', node: PipelineNode): ChangeRow => ({
    kind,
    subject: node.label,
    service: serviceName(node.service),
    details: [],
  });
  for (const node of diff.removed) changes.push(nodeRow('removed', node));
  for (const node of diff.added) changes.push(nodeRow('added', node));
  for (const change of diff.changed) {
    const node = afterNodes.get(change.id)!;
    const details: string[] = [];
    if (change.serviceBefore !== undefined) details.push(`Service: ${serviceName(change.serviceBefore)} → ${serviceName(change.serviceAfter!)}`);
    if (change.labelBefore !== undefined) details.push(`Label: ${change.labelBefore} → ${node.label}`);
    const serviceBefore = change.serviceBefore ?? node.service;
    for (const param of change.params) {
      details.push(`${paramLabel(node.service, param.key)}: ${formatParam(serviceBefore, param.key, param.before)} → ${formatParam(node.service, param.key, param.after)}`);
    }
    changes.push({ kind: 'changed', subject: node.label, service: serviceName(node.service), details });
  }
  for (const edge of diff.edgesRemoved) changes.push({ kind: 'disconnected', subject: `${labelBefore(edge.source)} → ${labelBefore(edge.target)}`, service: '', details: [] });
  for (const edge of diff.edgesAdded) changes.push({ kind: 'connected', subject: `${labelAfter(edge.source)} → ${labelAfter(edge.target)}`, service: '', details: [] });
  for (const need of diff.needsChanged) {
    changes.push({ kind: 'needs', subject: NEED_LABELS[need.key] ?? need.key, service: '', details: [`${needValue(need.key, need.before)} → ${needValue(need.key, need.after)}`] });
  }

  const cost: CostRow[] = diff.cost.map((line) => ({
    node: line.node,
    label: line.label,
    status: afterDiff.get(line.node) ?? beforeDiff.get(line.node) ?? 'same',
    before: line.before,
    after: line.after,
    delta: line.delta,
  }));

  return {
    diff,
    before: { diff: beforeDiff, edges: removedEdges },
    after: { diff: afterDiff, edges: addedEdges },
    changes,
    cost,
    totalBefore: diff.totalBefore,
    totalAfter: diff.totalAfter,
    totalDelta: diff.totalAfter - diff.totalBefore,
    fixed: new Set(diff.issuesResolved),
    introduced: new Set(diff.issuesIntroduced),
    identical: changes.length === 0,
  };
}
