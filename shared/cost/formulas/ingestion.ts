import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import { ASSUMED_RECORD_BYTES } from '../../analysis/flow';
import type { CostLine } from '../../analysis/types';
import { enumParam, booleanParam, numberParam, optionalNumberParam } from '../../model/params';
import { ceilClean, countOf, formatNumber } from '../../util/numbers';
import { BYTES_PER_KB, billedGb } from '../../util/units';
import type { PriceKey } from '../priceKeys';

/** A Kinesis PUT payload unit is 25 KB (1 KB = 1,024 bytes). */
const PUT_PAYLOAD_UNIT = 25 * BYTES_PER_KB;
import { costLine, hoursText, secondsPerMonth } from '../lineBuilder';
import { kdsRetentionLines, mskStorageLine } from './retention';

/** Average bytes per record arriving at a node (0 when nothing arrives). */
function recordBytes(ctx: AnalysisContext, i: number): number {
  const records = ctx.flow.inRecords[i]!;
  return records > 0 ? ctx.flow.inBytes[i]! / records : 0;
}

/** Billed size of one record when billing rounds each record up to `unitBytes`. */
function roundedRecordBytes(ctx: AnalysisContext, i: number, unitBytes: number): number {
  return ceilClean(recordBytes(ctx, i) / unitBytes) * unitBytes;
}

function assumedNote(ctx: AnalysisContext, i: number): string {
  return ctx.flow.recordsAssumed[i] ? `, assuming ${formatNumber(ASSUMED_RECORD_BYTES)}-byte records` : '';
}

export function kinesisDataStreamsCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
  const hours = ctx.hoursPerMonth;
  const seconds = secondsPerMonth(ctx);
  const records = ctx.flow.inRecords[i]!;
  const consumers = ctx.consumerCount(i);
  const lines: CostLine[] = [];

  if (enumParam(node, 'mode') === 'on-demand') {
    lines.push(costLine(ctx, i, { item: 'Stream-hours', quantity: hours, priceKey: 'kds.onDemandStreamHour', derivation: () => `1 stream × ${hoursText(ctx)}` }));
    const gbIn = billedGb(records * roundedRecordBytes(ctx, i, BYTES_PER_KB), seconds);
    if (gbIn > 0) {
      lines.push(costLine(ctx, i, { item: 'Data written', quantity: gbIn, priceKey: 'kds.onDemandGbIn', derivation: () => `${formatNumber(gbIn)} GB (records rounded up to 1 KB = 1,024 bytes${assumedNote(ctx, i)})` }));
    }
    const gbOut = billedGb(ctx.flow.inBytes[i]! * consumers, seconds);
    if (gbOut > 0) {
      lines.push(costLine(ctx, i, { item: 'Data read', quantity: gbOut, priceKey: 'kds.onDemandGbOut', derivation: () => `${formatNumber(gbOut)} GB (${consumers} consumer${consumers === 1 ? '' : 's'})` }));
    }
    return lines;
  }

  const shards = numberParam(node, 'shards');
  lines.push(costLine(ctx, i, { item: 'Shard-hours', quantity: shards * hours, priceKey: 'kds.shardHour', derivation: () => `${formatNumber(shards)} shard${shards === 1 ? '' : 's'} × ${hoursText(ctx)}` }));
  if (records > 0) {
    const unitsPerRecord = ceilClean(recordBytes(ctx, i) / PUT_PAYLOAD_UNIT);
    const millions = (records * unitsPerRecord * seconds) / 1e6;
    lines.push(
      costLine(ctx, i, {
        item: 'PUT payload units',
        quantity: millions,
        priceKey: 'kds.putUnitMillion',
        derivation: () => `${formatNumber(millions)} M units (${formatNumber(records)} records/s × ${unitsPerRecord} unit${unitsPerRecord === 1 ? '' : 's'} × 3,600 s × ${hoursText(ctx)}${assumedNote(ctx, i)})`,
      }),
    );
  }
  lines.push(...kdsRetentionLines(ctx, i, shards));
  if (booleanParam(node, 'enhancedFanOut') && consumers > 0) {
    lines.push(costLine(ctx, i, { item: 'Enhanced fan-out consumers', quantity: consumers * shards * hours, priceKey: 'kds.efoConsumerShardHour', derivation: () => `${consumers} consumer${consumers === 1 ? '' : 's'} × ${formatNumber(shards)} shard${shards === 1 ? '' : 's'} × ${hoursText(ctx)}` }));
    const gbRead = billedGb(ctx.flow.inBytes[i]! * consumers, seconds);
    if (gbRead > 0) {
      lines.push(costLine(ctx, i, { item: 'Enhanced fan-out reads', quantity: gbRead, priceKey: 'kds.efoGb', derivation: () => `${formatNumber(gbRead)} GB (${consumers} consumer${consumers === 1 ? '' : 's'})` }));
    }
  }
  return lines;
}

export function mskCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'msk');
  const brokers = numberParam(node, 'brokers');
  const brokerType = enumParam(node, 'brokerType');
  return [
    costLine(ctx, i, {
      item: `Brokers (${brokerType})`,
      quantity: brokers * ctx.hoursPerMonth,
      priceKey: `msk.broker.${brokerType}` as PriceKey,
      derivation: () => `${countOf(brokers, 'broker')} × ${hoursText(ctx)}`,
    }),
    mskStorageLine(ctx, i),
  ];
}

export function kafkaStreamsCost(ctx: AnalysisContext, i: number): CostLine[] {
  const hosts = numberParam(serviceNodeAt(ctx, i, 'kafka-streams'), 'instances');
  return [costLine(ctx, i, { item: 'Application hosts (m5.large)', quantity: hosts * ctx.hoursPerMonth, priceKey: 'ec2.m5.large', derivation: () => `${countOf(hosts, 'host')} × ${hoursText(ctx)}` })];
}

export function lambdaCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'lambda');
  const explicit = optionalNumberParam(node, 'invocationsPerSecond');
  const batchSize = numberParam(node, 'batchSize');
  const perSecond = explicit ?? ctx.flow.inRecords[i]! / batchSize;
  if (perSecond <= 0) return [];
  const invocations = perSecond * secondsPerMonth(ctx);
  const memoryGb = numberParam(node, 'memoryMb') / 1024;
  const durationSeconds = numberParam(node, 'durationMs') / 1000;
  const gbSeconds = invocations * memoryGb * durationSeconds;
  const driver = explicit === undefined ? `${formatNumber(ctx.flow.inRecords[i]!)} records/s ÷ ${formatNumber(batchSize)} per batch` : `${formatNumber(explicit)} req/s`;
  return [
    costLine(ctx, i, { item: 'Requests', quantity: invocations / 1e6, priceKey: 'lambda.requestMillion', derivation: () => `${formatNumber(invocations / 1e6)} M requests (${driver})` }),
    costLine(ctx, i, {
      item: 'Compute',
      quantity: gbSeconds,
      priceKey: 'lambda.gbSecond',
      derivation: () => `${formatNumber(gbSeconds)} GB-s (${formatNumber(invocations / 1e6)} M × ${formatNumber(memoryGb)} GB × ${formatNumber(durationSeconds)} s)`,
    }),
  ];
}

export function managedFlinkCost(ctx: AnalysisContext, i: number): CostLine[] {
  const kpus = numberParam(serviceNodeAt(ctx, i, 'managed-flink'), 'kpus');
  return [costLine(ctx, i, { item: 'KPU-hours', quantity: (kpus + 1) * ctx.hoursPerMonth, priceKey: 'flink.kpuHour', derivation: () => `(${formatNumber(kpus)} + 1 orchestration) KPUs × ${hoursText(ctx)}` })];
}
