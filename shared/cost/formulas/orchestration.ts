import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import { stepsRunBy } from '../../analysis/orchestration';
import type { CostLine } from '../../analysis/types';
import { enumParam, numberParam } from '../../model/params';
import { countOf, formatNumber } from '../../util/numbers';
import { costLine } from '../lineBuilder';

/** Standard workflows: one state transition per step run and per other state an execution passes through. */
export function stepFunctionsCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'step-functions');
  const steps = stepsRunBy(ctx, i).length;
  const others = numberParam(node, 'otherStatesPerRun');
  const runs = numberParam(node, 'runsPerMonth');
  const transitions = (steps + others) * runs;
  if (transitions <= 0) return [];
  return [
    costLine(ctx, i, {
      item: 'State transitions',
      quantity: transitions / 1000,
      priceKey: 'stepfunctions.transitionThousand',
      derivation: () => `(${countOf(steps, 'step')} + ${countOf(others, 'other state')}) × ${formatNumber(runs)} runs = ${formatNumber(transitions)} transitions`,
    }),
  ];
}

/** Monitoring jobs at Processing rates: hourly runs every hour of the month, daily once a day. */
export function modelMonitorCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'model-monitor');
  const daily = enumParam(node, 'schedule') === 'daily';
  const runs = daily ? ctx.hoursPerMonth / 24 : ctx.hoursPerMonth;
  const instances = numberParam(node, 'instanceCount');
  const hoursPerRun = numberParam(node, 'hoursPerRun');
  const hours = instances * hoursPerRun * runs;
  if (hours <= 0) return [];
  return [
    costLine(ctx, i, {
      item: 'Monitoring job instance-hours',
      quantity: hours,
      priceKey: 'sagemaker.processing.ml.m5.xlarge',
      derivation: () => `${formatNumber(instances)} ml.m5.xlarge × ${formatNumber(hoursPerRun)} h × ${formatNumber(runs)} ${daily ? 'daily' : 'hourly'} runs`,
    }),
  ];
}
