import { expect } from 'vitest';
import { analyze } from '../analysis/analyze';
import type { CostLine, Issue } from '../analysis/types';
import { applyOps } from '../model/applyOps';
import { design, type DesignSpec, type NodeSpec } from '../model/builder';
import type { Params, PipelineDocument, PipelineNode } from '../model/document';
import type { RuleId } from './registry';

/** A test design: nodes, flows and optionally needs/settings, with a fixed title. */
export function pipeline(nodes: NodeSpec[], flows: string[], extra: Partial<Omit<DesignSpec, 'nodes' | 'flows'>> = {}): PipelineDocument {
  return design({ title: 'test pipeline', ...extra, nodes, flows });
}

/** Producers of `eventsPerSecond` events of `bytesPerEvent` bytes. */
export function eventSource(id: string, eventsPerSecond: number, bytesPerEvent: number): NodeSpec {
  return { id, service: 'source', params: { eventsPerSecond, bytesPerEvent } };
}

/** Producers that give their volume as GB/hour only (records then assume 5 KB, 5,120 bytes). */
export function volumeSource(id: string, gbPerHour: number): NodeSpec {
  return { id, service: 'source', params: { rateMode: 'volume', gbPerHour } };
}

/** S3 → SageMaker Training with the given training parameters. */
export function trainingDesign(params: Params, extra: Partial<Omit<DesignSpec, 'nodes' | 'flows'>> = {}): PipelineDocument {
  return pipeline([{ id: 'data', service: 's3' }, { id: 'train', service: 'sagemaker-training', label: 'Retrain', params }], ['data>train'], extra);
}

export function issuesOf(document: PipelineDocument, rule: RuleId): Issue[] {
  return analyze(document).issues.filter((issue) => issue.rule === rule);
}

/** The one issue `rule` raises on `document`; fails the test when there is not exactly one. */
export function theIssue(document: PipelineDocument, rule: RuleId): Issue {
  const found = issuesOf(document, rule);
  expect(found, `issues of ${rule}`).toHaveLength(1);
  return found[0]!;
}

/** Applies an issue's fix; fails the test when the issue offers none. */
export function applyFix(document: PipelineDocument, issue: Issue): PipelineDocument {
  expect(issue.fix, `${issue.rule} offers a fix`).toBeDefined();
  return applyOps(document, issue.fix!.ops);
}

export function nodeById(document: PipelineDocument, id: string): PipelineNode {
  const node = document.nodes.find((n) => n.id === id);
  expect(node, `node ${id}`).toBeDefined();
  return node!;
}

/** The services of a document's nodes, in document order. */
export function servicesOf(document: PipelineDocument): string[] {
  return document.nodes.map((node) => node.service);
}

/** "source>target" for every edge, looked up by service so generated ids do not matter. */
export function serviceEdges(document: PipelineDocument): string[] {
  const service = new Map(document.nodes.map((node) => [node.id, node.service]));
  return document.edges.map((edge) => `${service.get(edge.source)}>${service.get(edge.target)}`).sort();
}

/** The one cost line of `node` whose item is `item`. */
export function costLineOf(document: PipelineDocument, node: string, item: string): CostLine {
  const lines = analyze(document).cost.lines.filter((line) => line.node === node && line.item === item);
  expect(lines, `cost line ${node}/${item}`).toHaveLength(1);
  return lines[0]!;
}

/** Rounds to cents, for comparing money the way it is shown. */
export function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
