import { describe, expect, it } from 'vitest';
import { shardSizing } from './shards';

describe('shardSizing', () => {
  it('8,000 records/s × 750 B: 6 by bytes, 8 by records → 8, records-bound', () => {
    expect(shardSizing(6, 8000)).toEqual({ byBytes: 6, byRecords: 8, shardsRequired: 8, shardsBy: 'records' });
  });

  it('2,000 records/s × 2,000 B: 4 by bytes, 2 by records → 4, bytes-bound', () => {
    expect(shardSizing(4, 2000)).toEqual({ byBytes: 4, byRecords: 2, shardsRequired: 4, shardsBy: 'bytes' });
  });

  it('rounds each limit up, ignoring floating-point dust', () => {
    expect(shardSizing(6.000000000001, 1000).byBytes).toBe(6);
    expect(shardSizing(6.01, 1001)).toMatchObject({ byBytes: 7, byRecords: 2, shardsRequired: 7 });
    expect(shardSizing(0.1 + 0.2, 300).byBytes).toBe(1);
  });

  it('a tie is bytes-bound; nothing flowing still needs one shard', () => {
    expect(shardSizing(3, 3000)).toMatchObject({ shardsRequired: 3, shardsBy: 'bytes' });
    const idle = shardSizing(0, 0);
    expect([idle.byBytes === 0, idle.byRecords === 0, idle.shardsRequired, idle.shardsBy]).toEqual([true, true, 1, 'bytes']);
  });
});
