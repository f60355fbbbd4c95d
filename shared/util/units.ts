/**
 * The byte units AWS bills in. Its pricing examples count binary units: Firehose bills each record
 * "rounded up to the nearest 5 KB" and divides KB by 1,048,576 KB/GB (Amazon Data Firehose pricing);
 * Kinesis rounds records "to the nearest 1 KB (1,024 bytes)" (Amazon Kinesis Data Streams pricing).
 * A rate a question gives in GB/hour is taken in these same GB, so "2 GB/h" bills as 2 GB an hour.
 * Shard limits (1 MB/s per shard) and the MB/s figures shown stay in 1,000,000-byte MB.
 */
export const BYTES_PER_KB = 1024;
export const BYTES_PER_GB = 1024 ** 3;

/** Bytes per second over `seconds` of a month, in billed GB. */
export function billedGb(bytesPerSecond: number, seconds: number): number {
  return (bytesPerSecond * seconds) / BYTES_PER_GB;
}
