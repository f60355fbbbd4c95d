import { canConnect } from '../../catalog/index';
import { nodesOf, nameOf } from '../helpers';
import { defineRule, issueOf } from '../types';

export const kafkaStreamsNeedsKafka = defineRule({
  id: 'kafka-streams-needs-kafka',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1', 'MLA-C01 1.2'],
  severity: 'error',
  services: ['kafka-streams'],
  firesWhen: 'a Kafka Streams node reads from anything but MSK',
  why: 'Kafka Streams is a Kafka client library: it consumes Kafka topics. To process a Kinesis stream, use Lambda or Managed Service for Apache Flink instead.',
  check(ctx) {
    return nodesOf(ctx, 'kafka-streams').flatMap((i) => {
      const node = ctx.nodes[i]!;
      // Producers whose edge is invalid anyway (Firehose's objects) are invalid-connection's to report.
      const wrong = ctx.producers(i).filter((p) => ctx.nodes[p]!.service !== 'msk' && canConnect(ctx.nodes[p]!.service, 'kafka-streams'));
      if (wrong.length === 0) return [];
      const first = ctx.nodes[wrong[0]!]!;
      return [
        issueOf(this, {
          nodes: [node.id, ...wrong.map((p) => ctx.nodes[p]!.id)],
          message: `${nameOf(node)} reads from ${wrong.map((p) => nameOf(ctx.nodes[p]!)).join(', ')}, which ${wrong.length === 1 ? 'is' : 'are'} not Kafka.`,
          fix: { label: 'Put MSK in front of Kafka Streams', ops: [{ op: 'insertBetween', source: first.id, target: node.id, service: 'msk', label: 'MSK' }] },
        }),
      ];
    });
  },
});
