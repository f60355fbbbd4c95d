import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import { booleanParam, enumParam, numberParam } from '../../model/params';
import { ceilClean, formatNumber } from '../../util/numbers';
import { costLine, secondsPerMonth } from '../lineBuilder';

/** FSx for Lustre (SSD) provisions 1,200 GB, then steps of 2,400 GB (Amazon FSx for Lustre user guide). */
const FSX_FIRST_STEP_GB = 1200;
const FSX_STEP_GB = 2400;

/** The capacity FSx for Lustre provisions (and bills) for a requested capacity. */
function fsxProvisionedGb(requestedGb: number): number {
  if (requestedGb <= FSX_FIRST_STEP_GB) return FSX_FIRST_STEP_GB;
  return FSX_FIRST_STEP_GB + ceilClean((requestedGb - FSX_FIRST_STEP_GB) / FSX_STEP_GB) * FSX_STEP_GB;
}

export function fsxLustreCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'fsx-lustre');
  const requested = numberParam(node, 'capacityGb');
  const provisioned = fsxProvisionedGb(requested);
  const scratch = enumParam(node, 'deployment') !== 'persistent-125';
  return [
    costLine(ctx, i, {
      item: scratch ? 'Provisioned capacity (Scratch 2)' : 'Provisioned capacity (Persistent SSD)',
      quantity: provisioned,
      priceKey: scratch ? 'fsx.lustre.scratch2GbMonth' : 'fsx.lustre.persistent125GbMonth',
      derivation: () => (provisioned === requested ? `${formatNumber(provisioned)} GB` : `${formatNumber(provisioned)} GB provisioned for ${formatNumber(requested)} GB (1,200 GB, then steps of 2,400 GB)`),
    }),
  ];
}

export function efsCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'efs');
  const lines: CostLine[] = [];
  const stored = numberParam(node, 'storedGb');
  if (stored > 0) lines.push(costLine(ctx, i, { item: 'Storage (Standard)', quantity: stored, priceKey: 'efs.standardGbMonth', derivation: () => `${formatNumber(stored)} GB` }));
  const read = numberParam(node, 'gbReadPerMonth');
  if (enumParam(node, 'throughputMode') === 'elastic' && read > 0) {
    lines.push(costLine(ctx, i, { item: 'Elastic throughput reads', quantity: read, priceKey: 'efs.elasticReadGb', derivation: () => `${formatNumber(read)} GB read` }));
  }
  return lines;
}

/**
 * Feature Store on-demand throughput: a write unit per record up to 1 KB, an online read unit per record up to
 * 4 KB; the online store's data per GB-month; the offline store is S3 storage (its Glue catalog entries are
 * within the free million objects at this scale).
 */
export function featureStoreCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'sagemaker-feature-store');
  const online = booleanParam(node, 'onlineStore');
  const offline = booleanParam(node, 'offlineStore');
  const lines: CostLine[] = [];
  const units = (perSecond: number, what: string) => {
    const quantity = (perSecond * secondsPerMonth(ctx)) / 1e6;
    return { quantity, derivation: () => `${formatNumber(quantity)} M units (${formatNumber(perSecond)} ${what}/s)` };
  };
  const writes = numberParam(node, 'writesPerSecond');
  if (writes > 0) lines.push(costLine(ctx, i, { item: 'Write request units', priceKey: 'featurestore.writeMillion', ...units(writes, 'records') }));
  const reads = numberParam(node, 'readsPerSecond');
  if (online && reads > 0) lines.push(costLine(ctx, i, { item: 'Online read request units', priceKey: 'featurestore.readMillion', ...units(reads, 'lookups') }));
  const stored = numberParam(node, 'storedGb');
  if (stored > 0 && online) lines.push(costLine(ctx, i, { item: 'Online store storage', quantity: stored, priceKey: 'featurestore.gbMonth', derivation: () => `${formatNumber(stored)} GB` }));
  if (stored > 0 && offline) lines.push(costLine(ctx, i, { item: 'Offline store (S3)', quantity: stored, priceKey: 's3.gbMonth', derivation: () => `${formatNumber(stored)} GB` }));
  return lines;
}
