import { catalog, SERVICE_IDS, serviceIndex } from '../catalog/index';
import type { ServiceId } from '../catalog/serviceIds';
import type { PipelineDocument } from '../model/document';
import { enumParam, isServiceNode, numberParam } from '../model/params';
import { BYTES_PER_GB, BYTES_PER_KB } from '../util/units';
import { bitRows, hasBit, orRow, setBit, type BitRows } from '../util/bitRows';
import type { PipelineGraph } from './graph';

/** Bytes per record assumed when a source gives only GB/hour: 5 KB, so Firehose's 5 KB rounding adds nothing and plain "GB × $0.029" holds. */
export const ASSUMED_RECORD_BYTES = 5 * BYTES_PER_KB;

/** What flows where: data rates carried along valid edges, and which services lie upstream of each node. */
export interface Flow {
  /** Bytes/s and records/s arriving at each node (for a source: what it produces). */
  inBytes: Float64Array;
  inRecords: Float64Array;
  /** Records/s were inferred from GB/hour somewhere upstream. */
  recordsAssumed: Uint8Array;
  /** Bytes/s and records/s each node passes on to its consumers. */
  outBytes: Float64Array;
  outRecords: Float64Array;
  /** One bit-set row per node: the services upstream of it along every edge, bit `serviceIndex(service)` (read with `hasUpstream`). */
  upstream: BitRows;
}

export function computeFlow(document: PipelineDocument, graph: PipelineGraph): Flow {
  const { nodes } = document;
  const n = nodes.length;
  const flow: Flow = {
    inBytes: new Float64Array(n),
    inRecords: new Float64Array(n),
    recordsAssumed: new Uint8Array(n),
    outBytes: new Float64Array(n),
    outRecords: new Float64Array(n),
    upstream: bitRows(n, SERVICE_IDS.length),
  };

  const countedFor = new Int32Array(n).fill(-1);
  for (let position = 0; position < n; position++) {
    const i = graph.order[position]!;
    const node = nodes[i]!;
    let bytes = 0;
    let records = 0;
    let assumed = 0;
    for (let k = graph.inStart[i]!; k < graph.inStart[i + 1]!; k++) {
      const e = graph.inEdge[k]!;
      const s = graph.edgeSource[e]!;
      orRow(flow.upstream, i, s);
      setBit(flow.upstream, i, graph.serviceOf[s]!);
      // Parallel edges from one producer carry its data once.
      if (!graph.edgeValid[e] || countedFor[s] === i) continue;
      countedFor[s] = i;
      bytes += flow.outBytes[s]!;
      records += flow.outRecords[s]!;
      assumed |= flow.recordsAssumed[s]!;
    }
    if (isServiceNode(node, 'source')) {
      // Only the active mode's figures count: the other mode's fields are hidden and ignored.
      if (enumParam(node, 'rateMode') === 'volume') {
        bytes = (numberParam(node, 'gbPerHour') * BYTES_PER_GB) / 3600;
        records = bytes / ASSUMED_RECORD_BYTES;
        assumed = bytes > 0 ? 1 : 0;
      } else {
        records = numberParam(node, 'eventsPerSecond');
        bytes = records * numberParam(node, 'bytesPerEvent');
      }
    }
    flow.inBytes[i] = bytes;
    flow.inRecords[i] = records;
    flow.recordsAssumed[i] = assumed;
    if (node.service === 'source' || catalog[node.service].passThrough) {
      flow.outBytes[i] = bytes;
      flow.outRecords[i] = records;
    }
  }
  return flow;
}

export function hasUpstream(flow: Flow, node: number, service: ServiceId): boolean {
  return hasBit(flow.upstream, node, serviceIndex(service));
}
