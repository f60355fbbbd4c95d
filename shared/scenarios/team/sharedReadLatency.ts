import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { producers } from './parts';

const payments = producers('src', 2000, 1000, 'Payments');
const readers: NodeSpec[] = [
  { id: 'block', service: 'lambda', label: 'Fraud blocking', params: { latencyTargetSeconds: 0.5 }, at: [2, 0] },
  { id: 'ledger', service: 'lambda', label: 'Ledger', at: [2, 1] },
  { id: 'loyalty', service: 'lambda', label: 'Loyalty points', at: [2, 2] },
  { id: 'notify', service: 'lambda', label: 'Notifications', at: [2, 3] },
  { id: 'metrics', service: 'managed-flink', label: 'Live metrics', params: { kpus: 1 }, at: [2, 4] },
  { id: 'audit', service: 'lambda', label: 'Audit trail', at: [2, 5] },
];
const flows = (hub: string) => readers.map((reader) => `${hub}>${reader.id}`).concat(`src>${hub}`);
const streamOption = (title: string, params: Params) =>
  design({ title, nodes: [payments, { id: 'kds', service: 'kinesis-data-streams', label: 'Payments', params, at: [1, 2] }, ...readers], flows: flows('kds') });

export const sharedReadLatency: Scenario = {
  id: 'team-shared-read-latency',
  title: 'Six readers, one of them in a hurry',
  topic: 'Shared-throughput reads and enhanced fan-out',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'A payments stream takes 2 MB/s (2,000 records/s of 1 KB) on 4 shards. Six applications read it; fraud blocking must see each payment within 500 ms. Since the last two applications were added, fraud blocking lags. What should the team do?',
  requirements: ['2 MB/s, 2,000 records/s', 'Six consumers read every record', 'Fraud blocking within 500 ms', 'No Kafka need'],
  answer: 'C',
  decidingRules: ['kds-shared-read-latency', 'msk-without-kafka-need'],
  checks: [
    { kind: 'fanOut', atLeast: 6, text: 'Six consumers read every record' },
    { kind: 'freshWithin', seconds: 0.5, text: 'Fraud blocking within 500 ms' },
  ],
  explanation:
    'Standard consumers share each shard’s 5 read calls per second, so every added consumer slows all of them: about 200 ms with one, about 1.2 s with six — far past 500 ms. More shards add bytes (6 × 2 MB/s = 12 MB/s of reads fits 8 shards) but every consumer still polls each shard, so the delay stays. Enhanced fan-out pushes records to each registered consumer on its own 2 MB/s per shard in about 70 ms, whatever the number of consumers (up to 20). It costs ≈$1,441/month against ≈$769 for the lagging design (6 consumers × 4 shards of fan-out hours plus every GB each consumer reads). MSK (≈$1,411) would also fan out, but with a cluster to run and no Kafka need.',
  options: [
    { key: 'A', summary: 'Keep six standard consumers on 4 shards', document: streamOption('Shared throughput', { shards: 4 }) },
    { key: 'B', summary: 'Reshard to 8 shards', document: streamOption('8 shards', { shards: 8 }) },
    { key: 'C', summary: 'Register the consumers for enhanced fan-out', document: streamOption('Enhanced fan-out', { shards: 4, enhancedFanOut: true }) },
    {
      key: 'D',
      summary: 'Move the stream to MSK',
      document: design({ title: 'MSK', nodes: [payments, { id: 'msk', service: 'msk', label: 'Payments', params: { brokers: 3, brokerType: 'kafka.m5.large' }, at: [1, 2] }, ...readers], flows: flows('msk') }),
    },
  ],
};
