import { formatMoney } from '../../util/numbers';
import { nodesOf, nameOf } from '../helpers';
import { streamInPlaceOf } from './streamSizing';
import { defineRule, issueOf } from '../types';

export const mskWithoutKafkaNeed = defineRule({
  id: 'msk-without-kafka-need',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  severity: 'warning',
  services: ['msk'],
  firesWhen: 'MSK is used although the design needs neither the Kafka ecosystem nor exactly-once',
  why: 'MSK earns its cost when the Kafka ecosystem (Kafka Connect, Kafka Streams, existing Kafka clients) or exactly-once semantics are required. Otherwise it is the most expensive and most operationally demanding way to stream: Kinesis Data Streams does the job.',
  check(ctx) {
    const { kafkaEcosystem, exactlyOnce } = ctx.document.needs;
    if (kafkaEcosystem || exactlyOnce) return [];
    return nodesOf(ctx, 'msk').map((i) => {
      const node = ctx.nodes[i]!;
      return issueOf(this, {
        nodes: [node.id],
        message: `${nameOf(node)} costs ${formatMoney(ctx.nodeCost[i]!)}/month, yet nothing here needs Kafka or exactly-once.`,
        fix: { label: 'Replace MSK with Kinesis Data Streams', ops: streamInPlaceOf(ctx, i) },
      });
    });
  },
});
