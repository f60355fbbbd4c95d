import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import { INFERENCE_MODE_FACTS, inferenceModeOf } from '../../catalog/inferenceModes';
import { booleanParam, enumParam, numberParam, type ServiceNode } from '../../model/params';
import { countOf, formatNumber } from '../../util/numbers';
import type { PriceKey } from '../priceKeys';
import { costLine, hoursText, secondsPerMonth } from '../lineBuilder';

type Endpoint = ServiceNode<'sagemaker-endpoint'>;

/** A request rate as people say it: per second, or per day when under one every ten seconds. */
function rateText(perSecond: number): string {
  return perSecond >= 0.1 ? `${formatNumber(perSecond)}/s` : `${formatNumber(perSecond * 86_400)}/day`;
}

/** A month's requests: "2.63 M requests", or the plain count below 100,000. */
function requestsText(requests: number, perSecond: number): string {
  const count = requests >= 100_000 ? `${formatNumber(requests / 1e6)} M` : formatNumber(requests);
  return `${count} requests (${rateText(perSecond)})`;
}

/** MB in a GB, as AWS counts payloads and memory sizes (1 GB = 1,024 MB). */
const MB_PER_GB = 1024;

/**
 * SageMaker inference as AWS bills each mode (Amazon SageMaker AI pricing): real-time and asynchronous
 * endpoints and Batch Transform jobs per instance-hour of the instances running; serverless per
 * GB-second of compute (memory × processing time) and per GB of data processed. Only the mode's own
 * parameters are read (the others are hidden in the inspector and count for nothing).
 */
export function inferenceCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'sagemaker-endpoint');
  switch (inferenceModeOf(node.params)) {
    case 'real-time':
      return realTimeCost(ctx, i, node);
    case 'serverless':
      return serverlessCost(ctx, i, node);
    case 'asynchronous':
      return asynchronousCost(ctx, i, node);
    case 'batch-transform':
      return batchTransformCost(ctx, i, node);
  }
}

function hostingKey(node: Endpoint): { type: string; priceKey: PriceKey } {
  const type = enumParam(node, 'instanceType');
  return { type, priceKey: `sagemaker.hosting.${type}` as PriceKey };
}

/**
 * Always-on instances, one endpoint per model unless it is a multi-model endpoint. With auto scaling
 * the price counts the instances always running (the scaling minimum): the hours of instances added at
 * peaks depend on a traffic profile the design does not give, and the formula says so.
 */
function realTimeCost(ctx: AnalysisContext, i: number, node: Endpoint): CostLine[] {
  const { type, priceKey } = hostingKey(node);
  const count = numberParam(node, 'instanceCount');
  const multiModel = booleanParam(node, 'multiModel');
  const models = numberParam(node, 'modelCount');
  const endpoints = multiModel ? 1 : models;
  const maxInstances = numberParam(node, 'maxInstances');
  const derivation = (): string => {
    const perModel = endpoints > 1 ? ` × ${countOf(endpoints, 'endpoint')} (one per model)` : multiModel && models > 1 ? ` (one multi-model endpoint for ${formatNumber(models)} models)` : '';
    const scaling = maxInstances > count ? ` (auto scaling up to ${formatNumber(maxInstances)}: priced at the ${formatNumber(count)} always running)` : '';
    return `${countOf(count, 'instance')}${perModel} × ${hoursText(ctx)}${scaling}`;
  };
  return [costLine(ctx, i, { item: `${INFERENCE_MODE_FACTS['real-time'].label} hosting (${type})`, quantity: count * endpoints * ctx.hoursPerMonth, priceKey, derivation })];
}

function serverlessCost(ctx: AnalysisContext, i: number, node: Endpoint): CostLine[] {
  const perSecond = numberParam(node, 'requestsPerSecond');
  const requests = perSecond * secondsPerMonth(ctx);
  if (requests <= 0) return [];
  const memoryMb = numberParam(node, 'memoryMb');
  const seconds = numberParam(node, 'processingSeconds');
  const payloadMb = numberParam(node, 'payloadMb');
  const label = INFERENCE_MODE_FACTS.serverless.label;
  const requestsLabel = requestsText(requests, perSecond);
  const lines: CostLine[] = [];
  const gbSeconds = (memoryMb / MB_PER_GB) * seconds * requests;
  if (gbSeconds > 0) {
    lines.push(
      costLine(ctx, i, {
        item: `${label} compute (${formatNumber(memoryMb)} MB)`,
        quantity: gbSeconds,
        priceKey: 'sagemaker.serverless.gbSecond',
        derivation: () => `${formatNumber(memoryMb / MB_PER_GB)} GB × ${formatNumber(seconds)} s × ${requestsLabel}`,
      }),
    );
  }
  const dataGb = (payloadMb / MB_PER_GB) * requests;
  if (dataGb > 0) {
    lines.push(
      costLine(ctx, i, {
        item: `${label} data processed`,
        quantity: dataGb,
        priceKey: 'sagemaker.serverless.dataGb',
        derivation: () => `${formatNumber(dataGb)} GB (${requestsLabel} × ${formatNumber(payloadMb)} MB in)`,
      }),
    );
  }
  return lines;
}

/**
 * Instances run while there is work and scale to zero when the queue is empty (minInstances 0).
 * Busy instance-hours = requests × processing time, assuming each instance works on one request at a
 * time; at least the instances kept running, at most `maxInstances` all month.
 */
function asynchronousCost(ctx: AnalysisContext, i: number, node: Endpoint): CostLine[] {
  const { type, priceKey } = hostingKey(node);
  const perSecond = numberParam(node, 'requestsPerSecond');
  const seconds = numberParam(node, 'processingSeconds');
  const busyHours = (perSecond * secondsPerMonth(ctx) * seconds) / 3600;
  const floorHours = numberParam(node, 'minInstances') * ctx.hoursPerMonth;
  const ceilingHours = numberParam(node, 'maxInstances') * ctx.hoursPerMonth;
  const hours = Math.min(Math.max(busyHours, floorHours), ceilingHours);
  if (hours <= 0) return [];
  const derivation = (): string => {
    const busy = `${formatNumber(busyHours)} busy instance-hours (${rateText(perSecond)} × ${formatNumber(seconds)} s, one request at a time per instance)`;
    if (hours === ceilingHours && busyHours > ceilingHours) return `${countOf(numberParam(node, 'maxInstances'), 'instance')} (the maximum) × ${hoursText(ctx)}, short of ${busy}`;
    if (hours === floorHours && floorHours > busyHours) return `${countOf(numberParam(node, 'minInstances'), 'instance')} kept running × ${hoursText(ctx)}`;
    return `${busy}, scaled to zero when idle`;
  };
  return [costLine(ctx, i, { item: `${INFERENCE_MODE_FACTS.asynchronous.label} inference (${type})`, quantity: hours, priceKey, derivation })];
}

function batchTransformCost(ctx: AnalysisContext, i: number, node: Endpoint): CostLine[] {
  const { type, priceKey } = hostingKey(node);
  const count = numberParam(node, 'instanceCount');
  const hoursPerRun = numberParam(node, 'hoursPerRun');
  const runs = numberParam(node, 'runsPerMonth');
  const hours = count * hoursPerRun * runs;
  if (hours <= 0) return [];
  return [
    costLine(ctx, i, {
      item: `${INFERENCE_MODE_FACTS['batch-transform'].label} jobs (${type})`,
      quantity: hours,
      priceKey,
      derivation: () => `${countOf(count, 'instance')} × ${formatNumber(hoursPerRun)} h × ${formatNumber(runs)} jobs`,
    }),
  ];
}
