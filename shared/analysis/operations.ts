import { catalog } from '../catalog/index';
import type { OperationsLevel } from '../catalog/types';
import type { PipelineDocument } from '../model/document';

/** A design's operations score: the sum of its nodes' operations levels (sources and clients are not scored). */
export interface OperationsScore {
  score: number;
  /** Each scored node's level, by node id. */
  levels: Record<string, OperationsLevel>;
}

/** What each level means, for tooltips and the exported sheet. */
export const OPERATIONS_LEVEL_MEANINGS: readonly string[] = [
  '0 nothing to size or patch (Firehose, Lambda, S3, Glue, Athena, DynamoDB, API Gateway, Feature Store, serverless and asynchronous inference, Batch Transform)',
  '1 managed, you choose capacity (Kinesis Data Streams shards, Flink KPUs, SageMaker jobs and real-time endpoints, Aurora, ElastiCache, OpenSearch, Redshift, FSx for Lustre, EFS)',
  '2 a cluster you size and tune (EMR, MSK)',
  '3 software you run yourself (Kafka Streams on EC2)',
];

export function operationsScore(document: PipelineDocument): OperationsScore {
  const levels: Record<string, OperationsLevel> = {};
  let score = 0;
  for (const node of document.nodes) {
    const service = catalog[node.service];
    if (service.category === 'sources' || service.category === 'consumers') continue;
    const level = service.operationsLevelFor === undefined ? service.operationsLevel : service.operationsLevelFor(node.params);
    levels[node.id] = level;
    score += level;
  }
  return { score, levels };
}
