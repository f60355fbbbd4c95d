import { isBatchNode } from '../../analysis/batchNode';
import { catalog, SERVICE_IDS, type ServiceId } from '../../catalog/index';
import { isServiceNode, numberParam, optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, nodesOfAny, readsRecords, replacementKeepsEdges } from '../helpers';
import type { AnalysisContext } from '../../analysis/context';
import type { Fix } from '../../analysis/types';
import { defineRule, issueOf } from '../types';
import { hoursLabel } from './trainingJob';

/** The batch jobs (training has its own deadline rules); a streaming Glue job among them is skipped per node. */
const BATCH_JOBS: readonly ServiceId[] = SERVICE_IDS.filter((id) => catalog[id].batch && id !== 'sagemaker-training');

/** Glue ETL reading a stream becomes a streaming job when its window meets the target; otherwise Lambda, when Lambda keeps every edge valid. */
function fixFor(ctx: AnalysisContext, i: number, target: number): { fix?: Fix } {
  const node = ctx.nodes[i]!;
  if (isServiceNode(node, 'glue-etl') && readsRecords(ctx, i) && numberParam(node, 'windowSeconds') <= target) {
    return { fix: { label: 'Make it a streaming Glue job', ops: [{ op: 'setParam', node: node.id, key: 'jobType', value: 'streaming' }] } };
  }
  if (!replacementKeepsEdges(ctx, i, 'lambda')) return {};
  return { fix: { label: 'Replace with Lambda on a stream', ops: [{ op: 'replaceService', node: node.id, service: 'lambda' }] } };
}

export const batchForRealTime = defineRule({
  id: 'batch-for-real-time',
  family: 'training',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  severity: 'error',
  services: BATCH_JOBS,
  firesWhen: 'a batch job (Glue ETL, DataBrew, SageMaker Processing, EMR) must deliver fresher data than one run takes',
  why: 'Batch jobs run on a schedule and take minutes to hours per run, so they cannot answer in seconds. Real-time processing needs a stream consumer such as Lambda or Managed Service for Apache Flink.',
  check(ctx) {
    const issues = [];
    for (const i of nodesOfAny(ctx, BATCH_JOBS)) {
      const node = ctx.nodes[i]!;
      if (!isBatchNode(node)) continue;
      const target = optionalNumberParam(node, 'latencyTargetSeconds');
      const runHours = numberParam(node, 'hoursPerRun');
      if (target === undefined || target >= runHours * 3600) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} must deliver within ${formatNumber(target)} s, but one run takes ${hoursLabel(runHours)}.`,
          ...fixFor(ctx, i, target),
        }),
      );
    }
    return issues;
  },
});
