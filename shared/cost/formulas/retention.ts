import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import { booleanParam, numberParam } from '../../model/params';
import { countOf, formatNumber } from '../../util/numbers';
import { billedGb } from '../../util/units';
import { costLine, hoursText } from '../lineBuilder';

/** Kinesis Data Streams includes 24 h; extended retention (per shard-hour) reaches 7 days; beyond that it is long-term (per GB). */
const INCLUDED_HOURS = 24;
const EXTENDED_HOURS = 168;
/** Kafka keeps every partition on three brokers (replication factor 3, MSK's default for 3 AZs). */
const MSK_REPLICAS = 3;

/** GB/hour flowing into node `i` (a rate given in GB/hour comes back as given). */
function gbPerHour(ctx: AnalysisContext, i: number): number {
  return billedGb(ctx.flow.inBytes[i]!, 3600);
}

/**
 * What a provisioned stream's retention costs, as AWS bills it: nothing up to 24 h; beyond 24 h every
 * shard-hour at the extended-retention rate (the same for 48 h as for 7 days); beyond 7 days, in
 * addition, the GB held past day 7 per GB-month, and polling reads of those records per GB (a
 * replay window longer than 7 days is assumed to be re-read once a month; enhanced fan-out reads
 * them at no retrieval charge).
 */
export function kdsRetentionLines(ctx: AnalysisContext, i: number, shards: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'kinesis-data-streams');
  const retention = numberParam(node, 'retentionHours');
  if (retention <= INCLUDED_HOURS) return [];
  const lines = [
    costLine(ctx, i, {
      item: `Extended retention (${formatNumber(Math.min(retention, EXTENDED_HOURS))} h)`,
      quantity: shards * ctx.hoursPerMonth,
      priceKey: 'kds.extendedRetentionShardHour',
      derivation: () => `${countOf(shards, 'shard')} × ${hoursText(ctx)}`,
    }),
  ];
  const rate = gbPerHour(ctx, i);
  if (retention <= EXTENDED_HOURS || rate <= 0) return lines;
  const longTermHours = retention - EXTENDED_HOURS;
  const stored = rate * longTermHours;
  lines.push(
    costLine(ctx, i, {
      item: `Long-term retention (${formatNumber(retention)} h)`,
      quantity: stored,
      priceKey: 'kds.longTermRetentionGbMonth',
      derivation: () => `${formatNumber(stored)} GB held beyond 7 days (${formatNumber(rate)} GB/h × (${formatNumber(retention)} h − 168 h))`,
    }),
  );
  const replayed = Math.min(ctx.document.needs.replayHours, retention) - EXTENDED_HOURS;
  if (replayed > 0 && !booleanParam(node, 'enhancedFanOut')) {
    const read = rate * replayed;
    lines.push(
      costLine(ctx, i, {
        item: 'Long-term retrieval (replay)',
        quantity: read,
        priceKey: 'kds.longTermRetrievalGb',
        derivation: () => `${formatNumber(read)} GB older than 7 days re-read once a month (${formatNumber(rate)} GB/h × ${formatNumber(replayed)} h of the replay window)`,
      }),
    );
  }
  return lines;
}

/**
 * MSK bills the EBS storage provisioned on its brokers. The topics' retention decides how much of it
 * the data fills: GB/hour × retention hours × 3 replicas; when that is more than provisioned, the
 * brokers need (and are billed for) the retained amount.
 */
export function mskStorageLine(ctx: AnalysisContext, i: number): CostLine {
  const node = serviceNodeAt(ctx, i, 'msk');
  const brokers = numberParam(node, 'brokers');
  const perBroker = numberParam(node, 'storageGbPerBroker');
  const provisioned = brokers * perBroker;
  const retention = numberParam(node, 'retentionHours');
  const rate = gbPerHour(ctx, i);
  const retained = rate * retention * MSK_REPLICAS;
  const retainedText = (): string => `${formatNumber(retained)} GB retained (${formatNumber(rate)} GB/h × ${formatNumber(retention)} h × ${MSK_REPLICAS} replicas)`;
  const provisionedText = `${formatNumber(brokers)} × ${formatNumber(perBroker)} GB`;
  return costLine(ctx, i, {
    item: 'Broker storage',
    quantity: Math.max(provisioned, retained),
    priceKey: 'msk.storageGbMonth',
    derivation: () => {
      if (retained <= 0) return provisionedText;
      return retained <= provisioned ? `${provisionedText} (holds ${retainedText()})` : `${retainedText()}, more than the ${provisionedText} provisioned`;
    },
  });
}
