import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { eventSource, pipeline, trainingDesign, volumeSource } from '../rules/fixtures.testutil';

describe('derived figures', () => {
  it('buffer ratio agrees with the Spot rules: 2.4 h ÷ 0.8 h is exactly 3', () => {
    const result = analyze(trainingDesign({ purchase: 'spot', durationHours: 0.8, deadlineHours: 2.4, maxWaitHours: 2.4 }));
    expect(result.derived.nodes.train!.bufferRatio).toBe(3);
    expect(result.derived.nodes.train!.headline).toContain('3x buffer');
    expect(result.issues.map((issue) => issue.rule)).toContain('spot-buffer-grey-zone');
  });

  it('rates, records and a month of GB for a node fed by events', () => {
    const doc = pipeline([eventSource('src', 8000, 750), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 8 } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>kds>a', 'kds>b']);
    const kds = analyze(doc).derived.nodes.kds!;
    expect(kds).toMatchObject({ inputMBps: 6, inputRecordsPerSecond: 8000, consumers: 2, shardsRequired: 8, shardsBy: 'records' });
    // 6,000,000 B/s × 2,628,000 s in AWS's billed GB (2^30 bytes).
    expect(kds.gbPerMonth).toBeCloseTo((6e6 * 2628000) / 2 ** 30, 9);
    expect(kds.recordsAssumed).toBeUndefined();
    expect(kds.headline).toBe('8 shards · records-bound');
  });

  it('flags records inferred from GB/hour, and carries them downstream', () => {
    const doc = pipeline([volumeSource('src', 2), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    const result = analyze(doc);
    expect(result.derived.nodes.fh!.recordsAssumed).toBe(true);
    expect(result.derived.nodes.fh!.gbPerMonth).toBeCloseTo(1460, 9);
    expect(result.derived.nodes.fh!.inputRecordsPerSecond).toBeCloseTo((2 * 2 ** 30) / 3600 / 5120, 9);
    expect(result.derived.nodes.lake!.recordsAssumed).toBe(true);
    expect(result.derived.edges['fh-lake']!.label).toBe('0.6 MB/s');
  });

  it('typical latency for serving stores, and for API Gateway the slowest store behind it', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'db', service: 'dynamodb' }, { id: 'q', service: 'athena' }, { id: 'api', service: 'api-gateway' }],
      ['lake>train>db>api', 'lake>q>api'],
    );
    const nodes = analyze(doc).derived.nodes;
    expect(nodes.db!.typicalLatencyMs).toBe(10);
    expect(nodes.q!.typicalLatencyMs).toBe(2000);
    expect(nodes.api!.typicalLatencyMs).toBe(2000);
    expect(nodes.train!.typicalLatencyMs).toBeUndefined();
  });
});
