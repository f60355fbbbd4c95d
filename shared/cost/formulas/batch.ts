import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { NumberParamKey } from '../../catalog/paramKeys';
import type { CostLine } from '../../analysis/types';
import { enumParam, numberParam } from '../../model/params';
import { countOf, formatNumber } from '../../util/numbers';
import type { PriceKey } from '../priceKeys';
import { costLine, hoursText } from '../lineBuilder';
import { FILE_MODE_GUIDANCE, fileModeDownloadGb } from '../../analysis/trainingInput';

/** "5 nodes × 2 h × 30 runs" and the unit-hours it adds up to. */
function scheduled(ctx: AnalysisContext, i: number, countKey: NumberParamKey, unitName: string): { hours: number; derivation: () => string } {
  const node = ctx.nodes[i]!;
  const count = numberParam(node, countKey);
  const hoursPerRun = numberParam(node, 'hoursPerRun');
  const runs = numberParam(node, 'runsPerMonth');
  return {
    hours: count * hoursPerRun * runs,
    derivation: () => `${unitName === 'DPUs' || unitName === 'nodes' ? countOf(count, unitName.slice(0, -1)) : `${formatNumber(count)} ${unitName}`} × ${formatNumber(hoursPerRun)} h × ${formatNumber(runs)} runs`,
  };
}

export function glueEtlCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'glue-etl');
  if (enumParam(node, 'jobType') === 'streaming') {
    // A streaming job runs, and is billed, every hour of the month.
    const dpus = numberParam(node, 'dpus');
    const hours = dpus * ctx.hoursPerMonth;
    return hours > 0 ? [costLine(ctx, i, { item: 'Streaming DPU-hours', quantity: hours, priceKey: 'glue.dpuHour', derivation: () => `${countOf(dpus, 'DPU')} × ${hoursText(ctx)} (runs 24×7)` })] : [];
  }
  const { hours, derivation } = scheduled(ctx, i, 'dpus', 'DPUs');
  return hours > 0 ? [costLine(ctx, i, { item: 'DPU-hours', quantity: hours, priceKey: 'glue.dpuHour', derivation })] : [];
}

export function dataBrewCost(ctx: AnalysisContext, i: number): CostLine[] {
  const { hours, derivation } = scheduled(ctx, i, 'nodes', 'nodes');
  return hours > 0 ? [costLine(ctx, i, { item: 'Job node-hours', quantity: hours, priceKey: 'databrew.nodeHour', derivation })] : [];
}

export function emrCost(ctx: AnalysisContext, i: number): CostLine[] {
  const { hours, derivation } = scheduled(ctx, i, 'instanceCount', 'm5.xlarge');
  if (hours <= 0) return [];
  return [
    costLine(ctx, i, { item: 'EC2 instance-hours', quantity: hours, priceKey: 'emr.m5.xlarge.ec2', derivation }),
    costLine(ctx, i, { item: 'EMR fee', quantity: hours, priceKey: 'emr.m5.xlarge.fee', derivation }),
  ];
}

export function processingCost(ctx: AnalysisContext, i: number): CostLine[] {
  const { hours, derivation } = scheduled(ctx, i, 'instanceCount', 'ml.m5.xlarge');
  return hours > 0 ? [costLine(ctx, i, { item: 'Instance-hours', quantity: hours, priceKey: 'sagemaker.processing.ml.m5.xlarge', derivation })] : [];
}

/** On-Demand price of a training job per month, before any Spot discount. */
function trainingInstanceHours(ctx: AnalysisContext, i: number): { hours: number; derivation: () => string; priceKey: PriceKey } {
  const node = serviceNodeAt(ctx, i, 'sagemaker-training');
  const count = numberParam(node, 'instanceCount');
  const duration = numberParam(node, 'durationHours');
  const runs = numberParam(node, 'runsPerMonth');
  const type = enumParam(node, 'instanceType');
  return {
    hours: count * duration * runs,
    derivation: () => `${formatNumber(count)} × ${type} × ${formatNumber(duration)} h × ${formatNumber(runs)} runs`,
    priceKey: `sagemaker.training.${type}` as PriceKey,
  };
}

export function trainingCost(ctx: AnalysisContext, i: number): CostLine[] {
  const { hours, derivation, priceKey } = trainingInstanceHours(ctx, i);
  if (hours <= 0) return [];
  const node = serviceNodeAt(ctx, i, 'sagemaker-training');
  const spot = enumParam(node, 'purchase') === 'spot';
  const discount = spot ? { priceFactor: 1 - ctx.spotDiscount, priceNote: `Spot, ${formatNumber(ctx.spotDiscount * 100)}% off` } : {};
  const lines = [costLine(ctx, i, { item: spot ? 'Managed Spot training' : 'On-Demand training', quantity: hours, priceKey, derivation, ...discount })];
  const downloadGb = fileModeDownloadGb(ctx, i);
  if (downloadGb > 0) {
    // File mode: the instances wait for the whole data set before training starts, and that wait is billed.
    const count = numberParam(node, 'instanceCount');
    const runs = numberParam(node, 'runsPerMonth');
    const perRun = downloadGb / FILE_MODE_GUIDANCE.downloadGbPerHour;
    lines.push(
      costLine(ctx, i, {
        item: 'File mode download',
        quantity: count * perRun * runs,
        priceKey,
        derivation: () => `${formatNumber(count)} × ${enumParam(node, 'instanceType')} × ${formatNumber(perRun)} h (${formatNumber(downloadGb)} GB at ≈${formatNumber(FILE_MODE_GUIDANCE.downloadGbPerHour)} GB/h) × ${formatNumber(runs)} runs`,
        ...discount,
      }),
    );
  }
  return lines;
}
