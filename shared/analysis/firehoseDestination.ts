import type { FIREHOSE_DESTINATIONS } from '../catalog/ingestion';
import type { ServiceId } from '../catalog/serviceIds';
import { enumParam, isServiceNode } from '../model/params';
import type { AnalysisContext } from './context';

export type FirehoseDestination = (typeof FIREHOSE_DESTINATIONS)[number];

export const DESTINATION_NAMES: Readonly<Record<FirehoseDestination, string>> = {
  s3: 'S3',
  redshift: 'Redshift',
  opensearch: 'OpenSearch',
  http: 'an HTTP endpoint',
};

/** The destination type a consumer of Firehose stands for: the three AWS stores by name, anything else an HTTP endpoint. */
export function destinationOfService(service: ServiceId): FirehoseDestination {
  return service === 's3' || service === 'redshift' || service === 'opensearch' ? service : 'http';
}

/** The destination set on Firehose node `i`, or undefined when it follows the edge drawn. */
export function configuredDestination(ctx: AnalysisContext, i: number): FirehoseDestination | undefined {
  const node = ctx.nodes[i]!;
  if (!isServiceNode(node, 'firehose') || node.params.destination === undefined) return undefined;
  const value = enumParam(node, 'destination');
  return value === '' ? undefined : value;
}

/** Where Firehose node `i` delivers: its setting, else the consumer its edge reaches, else S3 (the console's default). */
export function firehoseDestination(ctx: AnalysisContext, i: number): FirehoseDestination {
  const configured = configuredDestination(ctx, i);
  if (configured !== undefined) return configured;
  const consumer = ctx.consumers(i)[0];
  return consumer === undefined ? 's3' : destinationOfService(ctx.nodes[consumer]!.service);
}
