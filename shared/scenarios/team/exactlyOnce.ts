import { design } from '../../model/builder';
import type { Scenario } from '../types';
import { producers } from './parts';

const payments = producers('src', 300, 800, 'Payment events');
const needs = { exactlyOnce: true };
const ledger = { id: 'ledger', service: 'aurora' as const, label: 'Ledger', params: { readsPerSecond: 50, writesPerSecond: 300, storedGb: 100 }, at: [3, 1] as [number, number] };
const writer = { id: 'writer', service: 'lambda' as const, label: 'Ledger writer', at: [2, 1] as [number, number] };

export const exactlyOnce: Scenario = {
  id: 'team-exactly-once',
  title: 'Counting every payment once',
  topic: 'Exactly-once semantics',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  prompt:
    'A payments team streams 300 payment events per second into a ledger, where a duplicate or a lost event is a real money error. The design must guarantee exactly-once processing from the stream to the ledger. What should they use?',
  requirements: ['Exactly-once processing', '300 events/s', 'Writes to a relational ledger'],
  answer: 'C',
  decidingRules: ['exactly-once-without-kafka', 'msk-broker-count'],
  checks: [
    { kind: 'flows', from: ['source'], to: ['aurora'], text: 'Payments reach the ledger' },
  ],
  explanation:
    'The study notes pick MSK when exactly-once semantics are required: Kafka transactions give exactly-once from topic to sink. Kinesis delivers at least once, so a Lambda consumer may see duplicates (Managed Flink with checkpoints can achieve exactly-once too, which is why Pipeboard warns rather than errs). Brokers must divide evenly over the Availability Zones, so 2 brokers over 3 AZs is rejected.',
  options: [
    {
      key: 'A',
      summary: 'Kinesis Data Streams → Lambda',
      document: design({ title: 'Kinesis + Lambda', needs, nodes: [payments, { id: 'kds', service: 'kinesis-data-streams', label: 'Payments', params: { shards: 1 }, at: [1, 1] }, writer, ledger, { id: 'audit', service: 'firehose', label: 'Audit copy', at: [2, 2] }, { id: 'auditlake', service: 's3', label: 'Audit', at: [3, 2] }], flows: ['src>kds>writer>ledger', 'kds>audit>auditlake'] }),
    },
    {
      key: 'B',
      summary: 'MSK with 2 brokers over 3 Availability Zones',
      document: design({ title: 'MSK, 2 brokers', needs, nodes: [payments, { id: 'msk', service: 'msk', label: 'Payments', params: { brokers: 2, availabilityZones: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 200 }, at: [1, 1] }, writer, ledger], flows: ['src>msk>writer>ledger'] }),
    },
    {
      key: 'C',
      summary: 'MSK with 3 brokers over 3 Availability Zones',
      document: design({ title: 'MSK, 3 brokers', needs, nodes: [payments, { id: 'msk', service: 'msk', label: 'Payments', params: { brokers: 3, availabilityZones: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 200 }, at: [1, 1] }, writer, ledger], flows: ['src>msk>writer>ledger'] }),
    },
    {
      key: 'D',
      summary: 'Firehose into the ledger',
      document: design({ title: 'Firehose', needs, nodes: [payments, { id: 'fh', service: 'firehose', label: 'Payments', at: [1, 1] }, { id: 'wh', service: 'redshift', label: 'Ledger warehouse', params: { nodes: 2 }, at: [2, 1] }], flows: ['src>fh>wh'] }),
    },
  ],
};
