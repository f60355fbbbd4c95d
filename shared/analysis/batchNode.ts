import { catalog } from '../catalog/index';
import type { PipelineNode } from '../model/document';

/**
 * Whether this node runs on a schedule (batch) rather than continuously. The catalog answers for a
 * service; a Glue ETL job answers for itself, since a streaming job (`jobType: streaming`) runs all month.
 */
export function isBatchNode(node: PipelineNode): boolean {
  if (!catalog[node.service].batch) return false;
  return node.service !== 'glue-etl' || node.params.jobType !== 'streaming';
}

/** A streaming Glue ETL job: reads records continuously and processes them every `windowSeconds`. */
export function isStreamingGlueJob(node: PipelineNode): boolean {
  return node.service === 'glue-etl' && node.params.jobType === 'streaming';
}
