import { SERVICE_IDS, serviceIndex, sharedKinds } from '../catalog/index';
import type { PipelineDocument, PipelineNode } from '../model/document';
import { isServiceNode, numberParam } from '../model/params';
import { isBatchNode, isStreamingGlueJob } from './batchNode';
import type { PipelineGraph } from './graph';

/**
 * How old the data behind each node can be, worst case, in seconds. Data age travels along records,
 * objects, query and prediction edges (a client reading a store gets the store's age); a model edge
 * carries none, so an endpoint answers from the request, and nor does an orchestrator's edge to a step
 * it runs. A Firehose adds its buffer, a streaming Glue job its window; a batch or
 * training stage adds its period (data arriving just after a run waits for the next one) plus one run.
 */
export interface DataAge {
  /** Age of the data a node receives (what a `latencyTargetSeconds` is checked against). */
  inSeconds: Float64Array;
  /** The stage whose delay is the largest term of that age, and the term (-1 / 0: none). */
  inStage: Int32Array;
  inStageSeconds: Float64Array;
  /** Age of the data a node holds or serves: its input age plus its own delay. */
  outSeconds: Float64Array;
  outStage: Int32Array;
  /** Longest period of a batch or training stage upstream on a data path (0: none), and that stage. */
  batchPeriodUpstream: Float64Array;
  batchStageUpstream: Int32Array;
}

const kindCount = SERVICE_IDS.length;
/** Whether an edge from service a to service b carries data age: it carries some kind other than a model or a step run. */
const agingEdge = new Uint8Array(kindCount * kindCount);
for (const from of SERVICE_IDS) {
  for (const to of SERVICE_IDS) {
    agingEdge[serviceIndex(from) * kindCount + serviceIndex(to)] = sharedKinds(from, to).some((kind) => kind !== 'model' && kind !== 'control') ? 1 : 0;
  }
}

/** Seconds between two runs of a scheduled stage: hoursPerMonth ÷ runsPerMonth (a stage that never runs: a month). */
function periodSeconds(runsPerMonth: number, hoursPerMonth: number): number {
  return (hoursPerMonth * 3600) / (runsPerMonth > 0 ? runsPerMonth : 1);
}

/** A batch or training stage's period, or 0 for a node that is not scheduled. */
export function stagePeriod(node: PipelineNode, hoursPerMonth: number): number {
  if (isServiceNode(node, 'sagemaker-training')) return periodSeconds(numberParam(node, 'runsPerMonth'), hoursPerMonth);
  return isBatchNode(node) ? periodSeconds(numberParam(node, 'runsPerMonth'), hoursPerMonth) : 0;
}

/** One run of a scheduled stage, in seconds (training time for a training job). */
export function runSeconds(node: PipelineNode): number {
  if (isServiceNode(node, 'sagemaker-training')) return numberParam(node, 'durationHours') * 3600;
  return isBatchNode(node) ? numberParam(node, 'hoursPerRun') * 3600 : 0;
}

/** The delay a node itself adds to the data passing through it. */
function ownDelay(node: PipelineNode, period: number): number {
  if (isServiceNode(node, 'firehose')) return numberParam(node, 'bufferSeconds');
  if (isServiceNode(node, 'glue-etl') && isStreamingGlueJob(node)) return numberParam(node, 'windowSeconds');
  return period > 0 ? period + runSeconds(node) : 0;
}

/** One pass over the topological order: each node's data age from its producers' ages and its own delay. */
export function computeDataAge(document: PipelineDocument, graph: PipelineGraph): DataAge {
  const { nodes } = document;
  const hoursPerMonth = document.settings.hoursPerMonth;
  const n = nodes.length;
  const age: DataAge = {
    inSeconds: new Float64Array(n),
    inStage: new Int32Array(n).fill(-1),
    inStageSeconds: new Float64Array(n),
    outSeconds: new Float64Array(n),
    outStage: new Int32Array(n).fill(-1),
    batchPeriodUpstream: new Float64Array(n),
    batchStageUpstream: new Int32Array(n).fill(-1),
  };
  const period = new Float64Array(n);
  const outStageSeconds = new Float64Array(n);
  const { serviceOf } = graph;

  for (let position = 0; position < n; position++) {
    const i = graph.order[position]!;
    let inAge = 0;
    let inStage = -1;
    let inTerm = 0;
    let batchPeriod = 0;
    let batchStage = -1;
    for (let k = graph.inStart[i]!; k < graph.inStart[i + 1]!; k++) {
      const e = graph.inEdge[k]!;
      const s = graph.edgeSource[e]!;
      if (!graph.edgeValid[e] || !agingEdge[serviceOf[s]! * kindCount + serviceOf[i]!]) continue;
      if (age.outSeconds[s]! > inAge) {
        inAge = age.outSeconds[s]!;
        inStage = age.outStage[s]!;
        inTerm = outStageSeconds[s]!;
      }
      const through = period[s]! > age.batchPeriodUpstream[s]! ? period[s]! : age.batchPeriodUpstream[s]!;
      if (through > batchPeriod) {
        batchPeriod = through;
        batchStage = period[s]! >= age.batchPeriodUpstream[s]! ? s : age.batchStageUpstream[s]!;
      }
    }
    const node = nodes[i]!;
    period[i] = stagePeriod(node, hoursPerMonth);
    const own = ownDelay(node, period[i]!);
    age.inSeconds[i] = inAge;
    age.inStage[i] = inStage;
    age.inStageSeconds[i] = inTerm;
    age.outSeconds[i] = inAge + own;
    const ownDominates = own > 0 && own >= inTerm;
    age.outStage[i] = ownDominates ? i : inStage;
    outStageSeconds[i] = ownDominates ? own : inTerm;
    age.batchPeriodUpstream[i] = batchPeriod;
    age.batchStageUpstream[i] = batchStage;
  }
  return age;
}
