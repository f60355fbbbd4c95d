import type { AnalysisContext } from '../../analysis/context';
import { cadenceLabel, secondsLabel } from '../../analysis/ageLabel';
import { runSeconds } from '../../analysis/dataAge';
import type { Fix } from '../../analysis/types';
import { catalog } from '../../catalog/index';
import { optionalNumberParam } from '../../model/params';
import { formatNumber } from '../../util/numbers';
import { nameOf, replacementKeepsEdges } from '../helpers';
import { realTimeEndpointFix } from '../serving/realTimeEndpoint';
import { defineRule, issueOf } from '../types';

/**
 * Below an hour a schedule is the wrong tool: Glue's cron schedules stop at 5 minutes ("Time-based
 * schedules for jobs and crawlers", AWS Glue Developer Guide, read 2026-11) and every run starts
 * cold, so the exam answers minutes and seconds with a stream, not a busier schedule.
 */
const SHORTEST_HONEST_SCHEDULE_TARGET_SECONDS = 3600;
/** The catalog's ceiling for `runsPerMonth`. */
const MAX_RUNS_PER_MONTH = 100_000;

/** More runs when that honestly meets the target (period + one run within it), else undefined. */
function moreRunsFix(ctx: AnalysisContext, stage: number, target: number): Fix | undefined {
  const run = runSeconds(ctx.nodes[stage]!);
  if (target < SHORTEST_HONEST_SCHEDULE_TARGET_SECONDS || run >= target) return undefined;
  const runs = Math.ceil((ctx.hoursPerMonth * 3600) / (target - run));
  if (runs > MAX_RUNS_PER_MONTH) return undefined;
  const node = ctx.nodes[stage]!;
  return {
    label: `Run ${nameOf(node)} ${formatNumber(runs)} times a month (${cadenceLabel((ctx.hoursPerMonth * 3600) / runs)})`,
    ops: [{ op: 'setParam', node: node.id, key: 'runsPerMonth', value: runs }],
  };
}

/** The examiner's fix: a busier schedule for targets of hours, else a stream consumer or a real-time endpoint. */
function freshnessFix(ctx: AnalysisContext, i: number, stage: number, target: number): Fix | undefined {
  const stageNode = ctx.nodes[stage]!;
  const sooner = moreRunsFix(ctx, stage, target);
  if (sooner) return sooner;
  if (stageNode.service === 'sagemaker-training') return ctx.nodes[i]!.service === 'client' ? realTimeEndpointFix(ctx, i, stage) : undefined;
  if (!replacementKeepsEdges(ctx, stage, 'lambda')) return undefined;
  return { label: `Replace ${nameOf(stageNode)} with Lambda on a stream`, ops: [{ op: 'replaceService', node: stageNode.id, service: 'lambda' }] };
}

export const freshnessThroughBatch = defineRule({
  id: 'freshness-through-batch',
  family: 'training',
  exam: ['MLS-C01 1.3', 'MLA-C01 1.2'],
  severity: 'error',
  firesWhen: 'a node needs data fresher (latencyTargetSeconds) than the period of a batch or training stage upstream on its data path',
  why: 'A batch or training stage only refreshes its output when it runs: data that arrives just after a run waits a whole period for the next one, so everything downstream can be that old whatever the buffers before it. A schedule can be tightened when the target is hours; for minutes or seconds the exam expects a stream consumer (Kinesis Data Streams with Lambda or Managed Service for Apache Flink), and for predictions on fresh data a real-time endpoint called with the request instead of a table filled by batch scoring.',
  check(ctx) {
    const issues = [];
    for (let i = 0; i < ctx.nodes.length; i++) {
      const stage = ctx.age.batchStageUpstream[i]!;
      if (stage < 0) continue;
      const node = ctx.nodes[i]!;
      const target = optionalNumberParam(node, 'latencyTargetSeconds');
      const period = ctx.age.batchPeriodUpstream[i]!;
      if (target === undefined || target >= period) continue;
      const stageNode = ctx.nodes[stage]!;
      const fix = freshnessFix(ctx, i, stage, target);
      const what = catalog[stageNode.service].shortName;
      issues.push(
        issueOf(this, {
          nodes: [node.id, stageNode.id],
          message:
            `${nameOf(node)} needs data within ${secondsLabel(target)}, but ${nameOf(stageNode)} (${what}) runs ${cadenceLabel(period)}, so its output can be up to ${secondsLabel(period)} old.` +
            (fix ? '' : ' No one-step fix: compute it on a stream or serve it from a real-time endpoint.'),
          ...(fix ? { fix } : {}),
        }),
      );
    }
    return issues;
  },
});
