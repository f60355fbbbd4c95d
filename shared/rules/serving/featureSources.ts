import type { AnalysisContext } from '../../analysis/context';
import { canConnect, catalog, sharedKinds } from '../../catalog/index';
import { booleanParam, isServiceNode } from '../../model/params';

/** The online store answers in single-digit milliseconds: counted as 10 ms, as DynamoDB is. */
export const FEATURE_STORE_ONLINE_MS = 10;
/** The offline store is Parquet in S3, read through Athena: seconds, as Athena is counted. */
export const FEATURE_STORE_OFFLINE_MS = catalog.athena.typicalLatencyMs;

/** The nodes node `i` reads features from: producers whose edge into it carries features. */
export function featureSources(ctx: AnalysisContext, i: number): number[] {
  const service = ctx.nodes[i]!.service;
  return ctx.producers(i).filter((p) => sharedKinds(ctx.nodes[p]!.service, service).includes('features'));
}

/** How fast store `p` answers one feature lookup, undefined when the catalog has no figure. */
export function featureReadLatencyMs(ctx: AnalysisContext, p: number): number | undefined {
  const node = ctx.nodes[p]!;
  if (isServiceNode(node, 'sagemaker-feature-store')) return booleanParam(node, 'onlineStore') ? FEATURE_STORE_ONLINE_MS : FEATURE_STORE_OFFLINE_MS;
  return catalog[node.service].typicalLatencyMs;
}

/**
 * Whether store `p` can become a Feature Store in place: whatever feeds it can write to one, and whatever reads
 * it can read features (a client reading predictions from it could not).
 */
export function canBecomeFeatureStore(ctx: AnalysisContext, p: number): boolean {
  const to = 'sagemaker-feature-store';
  return ctx.producers(p).every((q) => canConnect(ctx.nodes[q]!.service, to)) && ctx.consumers(p).every((c) => canConnect(to, ctx.nodes[c]!.service));
}
