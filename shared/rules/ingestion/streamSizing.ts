import type { AnalysisContext } from '../../analysis/context';
import { shardSizing } from '../../analysis/shards';
import { paramSpec } from '../../catalog/index';
import type { DocumentOp } from '../../model/ops';

/** Kinesis Data Streams' retention limits (the catalog's range for `retentionHours`). */
function kdsRetentionRange(): { min: number; max: number } {
  const spec = paramSpec('kinesis-data-streams', 'retentionHours');
  return spec?.kind === 'number' ? { min: spec.min, max: spec.max } : { min: 24, max: 8760 };
}

/**
 * Ops that turn node `i` into a Kinesis Data Stream sized for what flows into it: the shards its
 * write rate needs (bytes and records, so no `kds-under-provisioned` follows) and the retention the
 * design's replay window needs (24 h, the included minimum, when there is none).
 */
export function streamInPlaceOf(ctx: AnalysisContext, i: number): DocumentOp[] {
  const id = ctx.nodes[i]!.id;
  const { shardsRequired } = shardSizing(ctx.flow.inBytes[i]! / 1e6, ctx.flow.inRecords[i]!);
  const range = kdsRetentionRange();
  const retention = Math.min(range.max, Math.max(range.min, Math.ceil(ctx.document.needs.replayHours)));
  return [
    { op: 'replaceService', node: id, service: 'kinesis-data-streams' },
    { op: 'setParam', node: id, key: 'shards', value: shardsRequired },
    { op: 'setParam', node: id, key: 'retentionHours', value: retention },
  ];
}
