import { catalog } from '../catalog/index';
import { inferenceModeOf } from '../catalog/inferenceModes';
import { booleanParam, enumParam, isServiceNode, numberParam, optionalNumberParam } from '../model/params';
import { bufferRatio } from '../rules/training/trainingJob';
import { dataAgeLabel } from './dataAgeLabel';
import { lazyProperty } from '../util/lazyProperty';
import { billedGb } from '../util/units';
import { countOf, formatMoney, formatNumber, formatRate } from '../util/numbers';
import { stepsRunBy } from './orchestration';
import type { AnalysisContext } from './context';
import { typicalLatencyMs } from './latency';
import { shardSizing } from './shards';
import { mountsFileSystem } from './trainingInput';
import type { Derived, DerivedEdge, DerivedNode } from './types';

/** The figures a node's JSON carries, in this order, each when set (the first three always are). */
export const DERIVED_NODE_JSON_KEYS = ['consumers', 'monthlyCost', 'headline', 'inputMBps', 'inputRecordsPerSecond', 'recordsAssumed', 'gbPerMonth', 'shardsRequired', 'shardsBy', 'bufferRatio', 'typicalLatencyMs', 'dataAgeSeconds', 'dataAge'] as const satisfies readonly (keyof DerivedNode)[];

/**
 * One node's figures. The headline text is built on first read: a large design has thousands of
 * nodes that are never drawn, and eager strings were a large share of analyze()'s time.
 */
class NodeFigures implements DerivedNode {
  inputMBps: number | undefined = undefined;
  inputRecordsPerSecond: number | undefined = undefined;
  recordsAssumed: boolean | undefined = undefined;
  gbPerMonth: number | undefined = undefined;
  shardsRequired: number | undefined = undefined;
  shardsBy: 'bytes' | 'records' | undefined = undefined;
  bufferRatio: number | undefined = undefined;
  typicalLatencyMs: number | undefined = undefined;
  dataAgeSeconds: number | undefined = undefined;
  #headline: string | undefined;
  #dataAge: string | undefined;
  readonly #ctx: AnalysisContext;
  readonly #index: number;

  constructor(
    ctx: AnalysisContext,
    index: number,
    readonly consumers: number,
    readonly monthlyCost: number,
  ) {
    this.#ctx = ctx;
    this.#index = index;
  }

  get dataAge(): string | undefined {
    if (this.dataAgeSeconds === undefined) return undefined;
    // Read by the headline and again by toJSON: built once.
    return (this.#dataAge ??= dataAgeLabel(this.#ctx, this.#index));
  }

  get headline(): string {
    return (this.#headline ??= headline(this.#ctx, this.#index, this));
  }

  toJSON(): DerivedNode {
    const json: Record<string, unknown> = {};
    for (const key of DERIVED_NODE_JSON_KEYS) {
      const value = this[key];
      if (value !== undefined) json[key] = value;
    }
    return json as unknown as DerivedNode;
  }
}

class EdgeFlow implements DerivedEdge {
  constructor(
    readonly MBps: number,
    readonly recordsPerSecond: number,
  ) {}

  get label(): string {
    return this.MBps > 0 ? formatRate(this.MBps) : '';
  }

  toJSON(): DerivedEdge {
    return { MBps: this.MBps, recordsPerSecond: this.recordsPerSecond, label: this.label };
  }
}

/** Per-node and per-edge figures: rates, shard sizing, buffer ratios, latencies and each node's headline. */
export function deriveFigures(ctx: AnalysisContext): Derived {
  const nodes: Record<string, DerivedNode> = {};
  const seconds = ctx.hoursPerMonth * 3600;
  for (let i = 0; i < ctx.nodes.length; i++) {
    const node = ctx.nodes[i]!;
    const figures = new NodeFigures(ctx, i, ctx.consumerCount(i), ctx.nodeCost[i]!);
    const bytes = ctx.flow.inBytes[i]!;
    if (bytes > 0) {
      figures.inputMBps = bytes / 1e6;
      figures.inputRecordsPerSecond = ctx.flow.inRecords[i]!;
      figures.gbPerMonth = billedGb(bytes, seconds);
      if (ctx.flow.recordsAssumed[i]) figures.recordsAssumed = true;
    }
    if (node.service === 'kinesis-data-streams') {
      const sizing = shardSizing(bytes / 1e6, ctx.flow.inRecords[i]!);
      figures.shardsRequired = sizing.shardsRequired;
      figures.shardsBy = sizing.shardsBy;
    }
    if (isServiceNode(node, 'sagemaker-training')) {
      figures.bufferRatio = bufferRatio(numberParam(node, 'deadlineHours'), numberParam(node, 'durationHours'));
    }
    const latency = typicalLatencyMs(ctx, i);
    if (latency !== undefined) figures.typicalLatencyMs = latency;
    const age = ctx.age.outSeconds[i]!;
    if (age > 0) figures.dataAgeSeconds = age;
    nodes[node.id] = figures;
  }

  const derived: Derived = { nodes, edges: {} };
  // Read per edge by the canvas and the sheets, never by the CLI: built on first read.
  lazyProperty(derived, 'edges', () => edgeFigures(ctx));
  return derived;
}

function edgeFigures(ctx: AnalysisContext): Record<string, DerivedEdge> {
  const edges: Record<string, DerivedEdge> = {};
  const { edges: docEdges } = ctx.document;
  for (let e = 0; e < docEdges.length; e++) {
    const s = ctx.graph.edgeSource[e]!;
    const carries = s >= 0 && ctx.graph.edgeValid[e] === 1;
    edges[docEdges[e]!.id] = new EdgeFlow(carries ? ctx.flow.outBytes[s]! / 1e6 : 0, carries ? ctx.flow.outRecords[s]! : 0);
  }
  return edges;
}

/** The non-empty parts joined with " · " (no rest array or filter: this runs for every node). */
function join(a: string, b: string, c = ''): string {
  let out = a;
  if (b !== '') out = out === '' ? b : `${out} · ${b}`;
  if (c !== '') out = out === '' ? c : `${out} · ${c}`;
  return out;
}

/** The node's headline, with its data age when it has a freshness target to meet. */
function headline(ctx: AnalysisContext, i: number, figures: DerivedNode): string {
  const base = serviceHeadline(ctx, i, figures);
  const node = ctx.nodes[i]!;
  if (figures.dataAge === undefined || optionalNumberParam(node, 'latencyTargetSeconds') === undefined) return base;
  return join(base, `data ${figures.dataAge}`);
}

function serviceHeadline(ctx: AnalysisContext, i: number, figures: DerivedNode): string {
  const node = ctx.nodes[i]!;
  const cost = figures.monthlyCost ? `${formatMoney(figures.monthlyCost)}/mo` : '';
  switch (node.service) {
    case 'source':
      return figures.inputMBps === undefined ? 'no data' : join(formatRate(figures.inputMBps), `${formatNumber(figures.inputRecordsPerSecond ?? 0)} rec/s`);
    case 'firehose':
      return join(`${formatNumber(figures.gbPerMonth ?? 0)} GB/mo`, cost);
    case 'kinesis-data-streams':
      if (enumParam(node, 'mode') === 'on-demand') return join('on-demand', cost);
      return `${figures.shardsRequired} shard${figures.shardsRequired === 1 ? '' : 's'} · ${figures.shardsBy}-bound`;
    case 'msk':
      return join(`${formatNumber(numberParam(node, 'brokers'))} × ${enumParam(node, 'brokerType')}`, cost);
    case 'sagemaker-pipelines':
    case 'step-functions':
      return join(`runs ${countOf(stepsRunBy(ctx, i).length, 'step')}`, cost);
    case 'glue-etl':
      return join(enumParam(node, 'jobType') === 'streaming' ? 'streaming 24×7' : 'batch', cost);
    case 'model-monitor':
      return join(enumParam(node, 'schedule'), cost);
    case 'sagemaker-training': {
      const purchase = enumParam(node, 'purchase') === 'spot' ? 'Spot' : 'On-Demand';
      return join(join(purchase, trainingInputLabel(ctx, i)), `${formatNumber(figures.bufferRatio ?? 0)}x buffer`, cost);
    }
    case 'sagemaker-feature-store': {
      const online = booleanParam(node, 'onlineStore');
      const offline = booleanParam(node, 'offlineStore');
      return join(online && offline ? 'online + offline' : online ? 'online only' : offline ? 'offline only' : 'no store', cost);
    }
    case 'sagemaker-endpoint': {
      // The mode itself is on the card (badge on the canvas, caption on the sheet).
      const multiModel = booleanParam(node, 'multiModel') && inferenceModeOf(node.params) === 'real-time' ? `${formatNumber(numberParam(node, 'modelCount'))} models, multi-model` : '';
      return join(multiModel, cost);
    }
    default:
      if (catalog[node.service].category === 'serving' && figures.typicalLatencyMs !== undefined) {
        return join(`~${formatNumber(figures.typicalLatencyMs)} ms`, cost);
      }
      return cost === '' ? (figures.inputMBps ? formatRate(figures.inputMBps) : '') : cost;
  }
}

const INPUT_MODE_LABELS = { file: 'File mode', 'fast-file': 'FastFile', pipe: 'Pipe mode', '': '' } as const;

/** "FastFile 500 GB" / "FSx mount": shown once the input is set (a data set size, a mode other than File, or a mount). */
function trainingInputLabel(ctx: AnalysisContext, i: number): string {
  const node = ctx.nodes[i]!;
  if (!isServiceNode(node, 'sagemaker-training')) return '';
  const dataset = optionalNumberParam(node, 'datasetGb');
  const size = dataset === undefined ? '' : ` ${formatNumber(dataset)} GB`;
  if (mountsFileSystem(ctx, i)) return `mounted${size}`;
  const mode = enumParam(node, 'inputMode');
  if (mode === 'file' && dataset === undefined) return '';
  return `${INPUT_MODE_LABELS[mode]}${size}`;
}
