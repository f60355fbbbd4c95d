import { isRecord } from './describeValue';

/**
 * Format 2 → 3. A SageMaker endpoint's `readsPerSecond` becomes `requestsPerSecond`, with the same
 * number: the endpoint now has several inference modes and counts inference requests, not store reads
 * (no cost or rule read the old field, so every figure stays the same). Other services keep
 * `readsPerSecond`. Pure: the input is left untouched, and values of an unexpected shape are passed on
 * for validation to name.
 */
export function toVersion3(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...file };
  if (Array.isArray(file.nodes) && file.nodes.some(hasEndpointReads)) next.nodes = file.nodes.map((node: unknown) => (hasEndpointReads(node) ? withRequests(node) : node));
  return next;
}

type EndpointNode = Record<string, unknown> & { params: Record<string, unknown> };

function hasEndpointReads(node: unknown): node is EndpointNode {
  return isRecord(node) && node.service === 'sagemaker-endpoint' && isRecord(node.params) && 'readsPerSecond' in node.params && !('requestsPerSecond' in node.params);
}

function withRequests(node: EndpointNode): Record<string, unknown> {
  const { readsPerSecond, ...rest } = node.params;
  return { ...node, params: { ...rest, requestsPerSecond: readsPerSecond } };
}
