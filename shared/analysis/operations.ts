import { catalog, type ServiceId } from '../catalog/index';
import { lazyProperty } from '../util/lazyProperty';
import type { OperationsLevel } from '../catalog/types';
import type { PipelineDocument, PipelineNode } from '../model/document';

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
  let score = 0;
  for (const node of document.nodes) if (isScored(node.service)) score += levelOf(node);
  const result: OperationsScore = { score, levels: {} };
  lazyProperty(result, 'levels', () => {
    const levels: Record<string, OperationsLevel> = {};
    for (const node of document.nodes) if (isScored(node.service)) levels[node.id] = levelOf(node);
    return levels;
  });
  return result;
}

/** A node's level: its service's, or the one its settings give (an endpoint's inference mode). */
function levelOf(node: PipelineNode): OperationsLevel {
  const service = catalog[node.service];
  return service.operationsLevelFor === undefined ? service.operationsLevel : service.operationsLevelFor(node.params);
}

function isScored(service: ServiceId): boolean {
  const { category } = catalog[service];
  return category !== 'sources' && category !== 'consumers';
}
