import { hasService } from '../helpers';
import { mskInPlaceOfStream } from './kafkaNeedWithoutMsk';
import { defineRule, issueOf } from '../types';

export const exactlyOnceWithoutKafka = defineRule({
  id: 'exactly-once-without-kafka',
  family: 'ingestion',
  exam: ['MLS-C01 1.2', 'MLA-C01 1.1'],
  severity: 'warning',
  firesWhen: 'the design needs exactly-once semantics but has no MSK',
  why: 'The study notes choose MSK when exactly-once semantics are required (Kafka transactions). Managed Service for Apache Flink with checkpointing can also give exactly-once end to end, which is why this is a warning rather than an error.',
  check(ctx) {
    if (!ctx.document.needs.exactlyOnce || hasService(ctx, 'msk')) return [];
    const { nodes, fix } = mskInPlaceOfStream(ctx);
    return [issueOf(this, { nodes, message: 'Exactly-once delivery is required, but the design has no MSK cluster.', ...(fix ? { fix } : {}) })];
  },
});
