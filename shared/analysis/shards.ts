import { ceilClean } from '../util/numbers';

/** Write capacity of one provisioned shard. */
const SHARD_WRITE_MB_PER_SECOND = 1;
const SHARD_WRITE_RECORDS_PER_SECOND = 1000;
/** Read capacity of one shard, shared by all consumers without enhanced fan-out. */
export const SHARD_READ_MB_PER_SECOND = 2;

export interface ShardSizing {
  byBytes: number;
  byRecords: number;
  shardsRequired: number;
  /** Which write limit drives the count (bytes on a tie). */
  shardsBy: 'bytes' | 'records';
}

/** A shard takes 1 MB/s or 1,000 records/s of writes, whichever is hit first; the larger count wins. */
export function shardSizing(megabytesPerSecond: number, recordsPerSecond: number): ShardSizing {
  const byBytes = ceilClean(megabytesPerSecond / SHARD_WRITE_MB_PER_SECOND);
  const byRecords = ceilClean(recordsPerSecond / SHARD_WRITE_RECORDS_PER_SECOND);
  const shardsBy = byRecords > byBytes ? 'records' : 'bytes';
  return { byBytes, byRecords, shardsRequired: Math.max(1, byBytes, byRecords), shardsBy };
}
