import { catalog, SERVICE_IDS, type ServiceId } from '../../catalog/index';
import { numberParam, optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, nodesOfAny } from '../helpers';
import { defineRule, issueOf } from '../types';
import { hoursLabel } from './trainingJob';

/** The batch jobs (training has its own deadline rules). */
const BATCH_JOBS: readonly ServiceId[] = SERVICE_IDS.filter((id) => catalog[id].batch && id !== 'sagemaker-training');

export const batchForRealTime = defineRule({
  id: 'batch-for-real-time',
  family: 'training',
  severity: 'error',
  services: BATCH_JOBS,
  firesWhen: 'a batch job (Glue ETL, DataBrew, SageMaker Processing, EMR) must deliver fresher data than one run takes',
  why: 'Batch jobs run on a schedule and take minutes to hours per run, so they cannot answer in seconds. Real-time processing needs a stream consumer such as Lambda or Managed Service for Apache Flink.',
  check(ctx) {
    const issues = [];
    for (const i of nodesOfAny(ctx, BATCH_JOBS)) {
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetSeconds');
      const runHours = numberParam(node, 'hoursPerRun');
      if (target === undefined || target >= runHours * 3600) continue;
      issues.push(
        issueOf(this, {
          nodes: [node.id],
          message: `${nameOf(node)} must deliver within ${formatNumber(target)} s, but one run takes ${hoursLabel(runHours)}.`,
          fix: { label: 'Replace with Lambda on a stream', ops: [{ op: 'replaceService', node: node.id, service: 'lambda' }] },
        }),
      );
    }
    return issues;
  },
});
