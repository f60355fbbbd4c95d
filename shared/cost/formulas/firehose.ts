import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import { booleanParam, enumParam } from '../../model/params';
import { ceilClean, formatNumber } from '../../util/numbers';
import { BYTES_PER_KB, billedGb } from '../../util/units';
import { costLine, secondsPerMonth } from '../lineBuilder';

/** Firehose bills each record rounded up to 5 KB (Amazon Data Firehose pricing). */
const FIREHOSE_RECORD_UNIT = 5 * BYTES_PER_KB;

/**
 * A transform Lambda is invoked once per buffered batch: 1 MB or 60 s by default, whichever comes
 * first ("Transform source data in Amazon Data Firehose"). Its size and run time are assumptions,
 * stated in the formula: 512 MB of memory and 1 s per batch.
 */
const TRANSFORM_BATCH_BYTES = 1024 * 1024;
const TRANSFORM_INTERVAL_SECONDS = 60;
const TRANSFORM_MEMORY_GB = 0.5;
const TRANSFORM_SECONDS = 1;

const FORMAT_NAMES = { parquet: 'Parquet', orc: 'ORC' } as const;

export function firehoseCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'firehose');
  const records = ctx.flow.inRecords[i]!;
  const bytes = ctx.flow.inBytes[i]!;
  if (records <= 0) return [];
  const seconds = secondsPerMonth(ctx);
  const billedRecordBytes = ceilClean(bytes / records / FIREHOSE_RECORD_UNIT) * FIREHOSE_RECORD_UNIT;
  const gb = billedGb(records * billedRecordBytes, seconds);
  const rounded = records * billedRecordBytes > bytes * (1 + 1e-9);
  const note = rounded ? ' (each record rounded up to 5 KB)' : '';
  const lines = [costLine(ctx, i, { item: 'Data ingested', quantity: gb, priceKey: 'firehose.ingestGb', derivation: () => `${formatNumber(gb)} GB${note}` })];

  const format = enumParam(node, 'formatConversion');
  if (format === 'parquet' || format === 'orc') {
    lines.push(costLine(ctx, i, { item: `Format conversion (${FORMAT_NAMES[format]})`, quantity: gb, priceKey: 'firehose.formatConversionGb', derivation: () => `${formatNumber(gb)} GB (counted as ingested)` }));
  }

  if (booleanParam(node, 'transformLambda')) {
    const perSecond = Math.max(bytes / TRANSFORM_BATCH_BYTES, 1 / TRANSFORM_INTERVAL_SECONDS);
    const invocations = perSecond * seconds;
    const gbSeconds = invocations * TRANSFORM_MEMORY_GB * TRANSFORM_SECONDS;
    const batches = `one per 1 MB batch or 60 s`;
    lines.push(
      costLine(ctx, i, { item: 'Transform Lambda requests', quantity: invocations / 1e6, priceKey: 'lambda.requestMillion', derivation: () => `${formatNumber(invocations / 1e6)} M requests (${batches})` }),
      costLine(ctx, i, {
        item: 'Transform Lambda compute',
        quantity: gbSeconds,
        priceKey: 'lambda.gbSecond',
        derivation: () => `${formatNumber(gbSeconds)} GB-s (${formatNumber(invocations / 1e6)} M × ${formatNumber(TRANSFORM_MEMORY_GB)} GB × ${formatNumber(TRANSFORM_SECONDS)} s, assumed)`,
      }),
    );
  }

  if (enumParam(node, 's3Backup') === 'all') {
    const backupGb = billedGb(bytes, seconds);
    lines.push(costLine(ctx, i, { item: 'S3 backup (all records)', quantity: backupGb, priceKey: 's3.gbMonth', derivation: () => `${formatNumber(backupGb)} GB (one month of every record)` }));
  }
  return lines;
}
