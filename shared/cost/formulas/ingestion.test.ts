import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { NodeSpec } from '../../model/builder';
import { cents, eventSource, pipeline } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

// A month of 730 h is 2,628,000 s.
describe('ingestion cost formulas', () => {
  it('Firehose rounds each record up to 5 KB', () => {
    const doc = pipeline([eventSource('src', 1000, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    // AWS's own example: 5 KB = 5,120 B and 1 GB = 1,048,576 KB. 1,000 records/s × 5,120 B × 2,628,000 s ÷ 2^30 = 12,531.28 GB
    expectLine(doc, 'fh', 'Data ingested', { quantity: 12531.280517578125, unitPrice: 0.029, amount: 363.41, formula: '12,531.28 GB (each record rounded up to 5 KB) × $0.029/GB' });
  });

  it('Firehose rounds a 12 KB record up to 15 KB', () => {
    const doc = pipeline([eventSource('src', 10, 12000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    // 10 × 15,360 B × 2,628,000 s ÷ 2^30 = 375.94 GB
    expectLine(doc, 'fh', 'Data ingested', { quantity: 375.93841552734375, unitPrice: 0.029, amount: 10.9, formula: '375.94 GB (each record rounded up to 5 KB) × $0.029/GB' });
  });

  describe('Firehose as the exam knows it', () => {
    const firehose = (params: Record<string, string | boolean>) =>
      pipeline([eventSource('src', 1000, 1000), { id: 'fh', service: 'firehose', params }, { id: 'lake', service: 's3' }], ['src>fh>lake']);

    it('format conversion to Parquet: per GB, counted like ingestion', () => {
      expectLine(firehose({ formatConversion: 'parquet' }), 'fh', 'Format conversion (Parquet)', {
        quantity: 12531.280517578125,
        unitPrice: 0.018,
        amount: 225.56,
        formula: '12,531.28 GB (counted as ingested) × ≈$0.018/GB',
        approximate: true,
      });
    });

    it('a Lambda transform: one invocation per 1 MB batch, 512 MB for 1 s each', () => {
      // 1,000,000 B/s ÷ 1,048,576 B × 2,628,000 s = 2.506 M invocations
      const doc = firehose({ transformLambda: true });
      expectLine(doc, 'fh', 'Transform Lambda requests', { quantity: 2.5062561035156250, unitPrice: 0.2, amount: 0.5, formula: '2.51 M requests (one per 1 MB batch or 60 s) × $0.20/M requests' });
      expectLine(doc, 'fh', 'Transform Lambda compute', { quantity: 1253128.0517578125, unitPrice: 0.0000166667, amount: 20.89, formula: '1,253,128.05 GB-s (2.51 M × 0.5 GB × 1 s, assumed) × $0.0000166667/GB-second' });
    });

    it('S3 backup of all records: a month of them stored; failed-only is not priced', () => {
      expectLine(firehose({ s3Backup: 'all' }), 'fh', 'S3 backup (all records)', { quantity: 2447.5157260894775, unitPrice: 0.023, amount: 56.29, formula: '2,447.52 GB (one month of every record) × $0.023/GB-month' });
      expect(analyze(firehose({ s3Backup: 'failed' })).cost.lines.filter((line) => line.node === 'fh').map((line) => line.item)).toEqual(['Data ingested']);
    });
  });

  describe('Kinesis Data Streams, provisioned', () => {
    const readers: NodeSpec[] = [{ id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }];
    const stream = (events: number, bytes: number, params: Record<string, number | boolean>) =>
      pipeline([eventSource('src', events, bytes), { id: 'kds', service: 'kinesis-data-streams', params }, ...readers], ['src>kds>a', 'kds>b']);

    it('shard-hours and PUT units, two units for a 30 KB record', () => {
      const doc = stream(100, 30000, { shards: 3 });
      expectLine(doc, 'kds', 'Shard-hours', { quantity: 2190, unitPrice: 0.015, amount: 32.85, formula: '3 shards × 730 h × $0.015/shard-hour' });
      // 100 records/s × 2 units × 2,628,000 s = 525.6 M
      expectLine(doc, 'kds', 'PUT payload units', {
        quantity: 525.6,
        unitPrice: 0.014,
        amount: 7.36,
        formula: '525.6 M units (100 records/s × 2 units × 3,600 s × 730 h) × $0.014/M PUT units',
      });
    });

    it('extended retention beyond 24 h', () => {
      const doc = stream(1000, 1000, { shards: 2, retentionHours: 168 });
      expectLine(doc, 'kds', 'Extended retention (168 h)', { quantity: 1460, unitPrice: 0.02, amount: 29.2, formula: '2 shards × 730 h × $0.02/shard-hour' });
    });

    it('retention as AWS bills it: 24 h included, a flat shard-hour rate up to 7 days, GB-months beyond', () => {
      const total = (retentionHours: number) => cents(analyze(stream(1000, 1000, { shards: 2, retentionHours })).cost.byNode.kds!);
      // Shards $21.90 + PUT units $36.79; extended retention $29.20 whether 72 h or 168 h (one rate per shard-hour).
      expect([24, 72, 168, 720, 8760].map(total)).toEqual([58.69, 87.89, 87.89, 130.46, 750.45]);
      // 1 MB/s = 3.6 × 10^9 bytes an hour = 3.35 GB/h in the binary GB AWS bills; 720 h keeps 552 h beyond day 7: 1,850.72 GB.
      expectLine(stream(1000, 1000, { shards: 2, retentionHours: 720 }), 'kds', 'Long-term retention (720 h)', {
        quantity: (3.6e9 * 552) / 1024 ** 3,
        unitPrice: 0.023,
        amount: 42.57,
        formula: '1,850.72 GB held beyond 7 days (3.35 GB/h × (720 h − 168 h)) × ≈$0.023/GB-month',
        approximate: true,
      });
    });

    it('replaying a window beyond 7 days reads long-term records, per GB for polling consumers', () => {
      const replayed = (enhancedFanOut: boolean) =>
        pipeline([eventSource('src', 1000, 1000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 2, retentionHours: 720, enhancedFanOut } }, ...readers], ['src>kds>a', 'kds>b'], {
          needs: { replayHours: 720 },
        });
      expectLine(replayed(false), 'kds', 'Long-term retrieval (replay)', {
        quantity: (3.6e9 * 552) / 1024 ** 3,
        unitPrice: 0.023,
        amount: 42.57,
        formula: '1,850.72 GB older than 7 days re-read once a month (3.35 GB/h × 552 h of the replay window) × ≈$0.023/GB',
        approximate: true,
      });
      expect(analyze(replayed(true)).cost.lines.filter((line) => line.item === 'Long-term retrieval (replay)')).toEqual([]);
    });

    it('enhanced fan-out: consumer-shard-hours and GB read', () => {
      const doc = stream(1000, 1000, { shards: 2, enhancedFanOut: true });
      expectLine(doc, 'kds', 'Enhanced fan-out consumers', { quantity: 2920, unitPrice: 0.015, amount: 43.8, formula: '2 consumers × 2 shards × 730 h × $0.015/consumer-shard-hour' });
      // 1,000,000 B/s × 2 consumers × 2,628,000 s ÷ 2^30 = 4,895.03 GB
      expectLine(doc, 'kds', 'Enhanced fan-out reads', { quantity: 4895.031452178955, unitPrice: 0.013, amount: 63.64, formula: '4,895.03 GB (2 consumers) × $0.013/GB' });
    });
  });

  it('Kinesis Data Streams, on-demand: stream-hours, GB written (1 KB rounding), GB read', () => {
    const doc = pipeline(
      [eventSource('src', 1000, 1500), { id: 'kds', service: 'kinesis-data-streams', params: { mode: 'on-demand' } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }],
      ['src>kds>a', 'kds>b'],
    );
    expectLine(doc, 'kds', 'Stream-hours', { quantity: 730, unitPrice: 0.04, amount: 29.2, formula: '1 stream × 730 h × $0.04/stream-hour' });
    // 1,000 records/s × 2,048 B (1,500 rounded up to 2 KB of 1,024 B) × 2,628,000 s ÷ 2^30 = 5,012.51 GB
    expectLine(doc, 'kds', 'Data written', { quantity: 5012.51220703125, unitPrice: 0.08, amount: 401, formula: '5,012.51 GB (records rounded up to 1 KB = 1,024 bytes) × $0.08/GB' });
    // 1,500,000 B/s × 2 consumers × 2,628,000 s ÷ 2^30 = 7,342.55 GB
    expectLine(doc, 'kds', 'Data read', { quantity: 7342.547178268433, unitPrice: 0.04, amount: 293.7, formula: '7,342.55 GB (2 consumers) × $0.04/GB' });
  });

  it('MSK: broker-hours by broker type, and storage', () => {
    const doc = pipeline(
      [eventSource('src', 100, 1000), { id: 'msk', service: 'msk', params: { brokers: 6, brokerType: 'kafka.m5.xlarge', storageGbPerBroker: 500 } }, { id: 'a', service: 'lambda' }],
      ['src>msk>a'],
    );
    expectLine(doc, 'msk', 'Brokers (kafka.m5.xlarge)', { quantity: 4380, unitPrice: 0.42, amount: 1839.6, formula: '6 brokers × 730 h × $0.42/broker-hour' });
    // 0.1 MB/s = 0.34 GB/h (binary GB) × 168 h × 3 replicas = 168.98 GB: well inside the 3,000 GB provisioned.
    expectLine(doc, 'msk', 'Broker storage', {
      quantity: 3000,
      unitPrice: 0.1,
      amount: 300,
      formula: '6 × 500 GB (holds 168.98 GB retained (0.34 GB/h × 168 h × 3 replicas)) × $0.10/GB-month',
    });
  });

  it('MSK: retention that outgrows the brokers’ disks bills the retained GB', () => {
    // 1 MB/s for 30 days: 3.35 GB/h × 720 h × 3 replicas = 7,241.96 GB, more than 3 × 1,000 GB.
    const doc = pipeline([eventSource('src', 1000, 1000), { id: 'msk', service: 'msk', params: { retentionHours: 720 } }, { id: 'a', service: 'lambda' }], ['src>msk>a']);
    expectLine(doc, 'msk', 'Broker storage', {
      quantity: (3.6e9 * 720 * 3) / 1024 ** 3,
      unitPrice: 0.1,
      amount: 724.2,
      formula: '7,241.96 GB retained (3.35 GB/h × 720 h × 3 replicas), more than the 3 × 1,000 GB provisioned × $0.10/GB-month',
    });
  });

  it('MSK on kafka.t3.small', () => {
    const doc = pipeline([{ id: 'msk', service: 'msk', params: { brokerType: 'kafka.t3.small', storageGbPerBroker: 100 } }], []);
    expectLine(doc, 'msk', 'Brokers (kafka.t3.small)', { quantity: 2190, unitPrice: 0.0456, amount: 99.86, formula: '3 brokers × 730 h × $0.0456/broker-hour' });
  });

  it('Kafka Streams: its EC2 hosts', () => {
    const doc = pipeline([{ id: 'msk', service: 'msk' }, { id: 'ks', service: 'kafka-streams', params: { instances: 2 } }], ['msk>ks']);
    expectLine(doc, 'ks', 'Application hosts (m5.large)', { quantity: 1460, unitPrice: 0.096, amount: 140.16, formula: '2 hosts × 730 h × $0.096/instance-hour' });
  });

  it('Lambda on a stream: batches of records, then GB-seconds', () => {
    const doc = pipeline([eventSource('src', 1000, 1000), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'fn', service: 'lambda', params: { memoryMb: 512, durationMs: 200, batchSize: 100 } }], ['src>kds>fn']);
    // 1,000 ÷ 100 = 10 invocations/s × 2,628,000 s = 26.28 M
    expectLine(doc, 'fn', 'Requests', { quantity: 26.28, unitPrice: 0.2, amount: 5.26, formula: '26.28 M requests (1,000 records/s ÷ 100 per batch) × $0.20/M requests' });
    // 26.28 M × 0.5 GB × 0.2 s = 2,628,000 GB-s
    expectLine(doc, 'fn', 'Compute', { quantity: 2628000, unitPrice: 0.0000166667, amount: 43.8, formula: '2,628,000 GB-s (26.28 M × 0.5 GB × 0.2 s) × $0.0000166667/GB-second' });
  });

  it('Lambda behind an API: its own request rate', () => {
    const doc = pipeline([{ id: 'api', service: 'api-gateway' }, { id: 'fn', service: 'lambda', params: { invocationsPerSecond: 5, memoryMb: 1024, durationMs: 100 } }], ['api>fn']);
    expectLine(doc, 'fn', 'Requests', { quantity: 13.14, unitPrice: 0.2, amount: 2.63, formula: '13.14 M requests (5 req/s) × $0.20/M requests' });
    expectLine(doc, 'fn', 'Compute', { quantity: 1314000, unitPrice: 0.0000166667, amount: 21.9, formula: '1,314,000 GB-s (13.14 M × 1 GB × 0.1 s) × $0.0000166667/GB-second' });
  });

  it('Managed Flink: KPUs plus one for orchestration', () => {
    const doc = pipeline([eventSource('src', 100, 1000), { id: 'kds', service: 'kinesis-data-streams' }, { id: 'flink', service: 'managed-flink', params: { kpus: 2 } }], ['src>kds>flink']);
    expectLine(doc, 'flink', 'KPU-hours', { quantity: 2190, unitPrice: 0.11, amount: 240.9, formula: '(2 + 1 orchestration) KPUs × 730 h × $0.11/KPU-hour' });
  });
});
