import { design } from '../../model/builder';
import type { Scenario } from '../types';
import { lake, producers } from './parts';

const orders = producers('src', 2000, 1500, 'Order services');
const needs = { kafkaEcosystem: true };

export const kafkaEcosystem: Scenario = {
  id: 'team-kafka-ecosystem',
  title: 'Moving a Kafka shop to AWS',
  topic: 'Kafka ecosystem means MSK',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  prompt:
    'A retailer’s order services already publish to Apache Kafka, and a Kafka Streams application enriches the orders for a recommendation model. They are moving to AWS and want to keep their producers and the Kafka Streams code unchanged. Which streaming layer should they choose?',
  requirements: ['Existing Kafka producers stay unchanged', 'Kafka Streams enrichment stays', 'Orders archived to S3 for training'],
  answer: 'C',
  decidingRules: ['kafka-need-without-msk', 'kafka-streams-needs-kafka', 'msk-broker-count'],
  checks: [
    { kind: 'includes', anyOf: ['msk'], text: 'Kafka for the existing clients' },
    { kind: 'flows', from: ['msk'], to: ['kafka-streams'], text: 'Kafka Streams keeps running' },
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Orders archived to S3' },
  ],
  explanation:
    'Kafka clients and Kafka Streams speak the Kafka protocol, so the Kafka ecosystem requirement means Amazon MSK; this is exactly the case where its cost and operations are justified. Kinesis Data Streams cannot host Kafka Streams, and Firehose cannot either. MSK places brokers evenly across Availability Zones, so 4 brokers over 3 AZs is rejected; 3 brokers over 3 AZs works.',
  options: [
    {
      key: 'A',
      summary: 'Kinesis Data Streams with the Kafka Streams app reading it',
      document: design({ title: 'Kinesis + Kafka Streams', needs, nodes: [orders, { id: 'kds', service: 'kinesis-data-streams', label: 'Orders', params: { shards: 3 } }, { id: 'ks', service: 'kafka-streams', label: 'Enrichment' }, lake('lake', [3, 0])], flows: ['src>kds>ks>lake'] }),
    },
    {
      key: 'B',
      summary: 'MSK with 4 brokers across 3 Availability Zones',
      document: design({ title: 'MSK, 4 brokers', needs, nodes: [orders, { id: 'msk', service: 'msk', label: 'Orders', params: { brokers: 4, availabilityZones: 3, storageGbPerBroker: 500 } }, { id: 'ks', service: 'kafka-streams', label: 'Enrichment' }, lake('lake', [3, 0])], flows: ['src>msk>ks>lake'] }),
    },
    {
      key: 'C',
      summary: 'MSK with 3 brokers across 3 Availability Zones',
      document: design({ title: 'MSK, 3 brokers', needs, nodes: [orders, { id: 'msk', service: 'msk', label: 'Orders', params: { brokers: 3, availabilityZones: 3, storageGbPerBroker: 500 } }, { id: 'ks', service: 'kafka-streams', label: 'Enrichment' }, lake('lake', [3, 0])], flows: ['src>msk>ks>lake'] }),
    },
    {
      key: 'D',
      summary: 'Firehose straight to S3, enrichment in batch later',
      document: design({ title: 'Firehose', needs, nodes: [orders, { id: 'fh', service: 'firehose', label: 'Orders' }, lake('lake', [2, 0])], flows: ['src>fh>lake'] }),
    },
  ],
};
