import { describe, expect, it } from 'vitest';
import { applyOps } from './applyOps';
import { design } from './builder';
import type { PipelineDocument } from './document';

const base = (): PipelineDocument =>
  design({
    title: 'ops',
    nodes: [
      { id: 'src', service: 'source', at: [0, 0] },
      { id: 'kds', service: 'kinesis-data-streams', label: 'Clicks', params: { shards: 4, retentionHours: 48 }, at: [1, 0] },
      { id: 'fn', service: 'lambda', at: [2, 0] },
      { id: 'lake', service: 's3', at: [3, 0] },
    ],
    flows: ['src>kds>fn>lake'],
  });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const edgePairs = (doc: PipelineDocument) => doc.edges.map((e) => `${e.source}>${e.target}`);

describe('applyOps', () => {
  it('never mutates its input', () => {
    const doc = deepFreeze(base());
    const copy = structuredClone(doc);
    applyOps(doc, [
      { op: 'setParam', node: 'kds', key: 'shards', value: 8 },
      { op: 'unsetParam', node: 'fn', key: 'memoryMb' },
      { op: 'replaceService', node: 'kds', service: 'firehose' },
      { op: 'insertBetween', source: 'fn', target: 'lake', service: 'firehose', label: 'Delivery' },
      { op: 'bypassNode', node: 'fn' },
      { op: 'removeEdge', edge: 'src-kds' },
      { op: 'removeNode', node: 'lake' },
      { op: 'insertBefore', target: 'kds', service: 'source', label: 'More producers' },
    ]);
    expect(doc).toEqual(copy);
  });

  it('setParam and unsetParam', () => {
    const doc = applyOps(base(), [
      { op: 'setParam', node: 'kds', key: 'shards', value: 8 },
      { op: 'unsetParam', node: 'kds', key: 'retentionHours' },
    ]);
    expect(doc.nodes[1]!.params.shards).toBe(8);
    expect(doc.nodes[1]!.params).not.toHaveProperty('retentionHours');
  });

  it('replaceService keeps what still fits, fills the rest with defaults, and renames a default label', () => {
    const doc = applyOps(base(), [
      { op: 'replaceService', node: 'kds', service: 'msk' },
      { op: 'replaceService', node: 'fn', service: 'managed-flink' },
    ]);
    const msk = doc.nodes[1]!;
    expect(msk.service).toBe('msk');
    expect(msk.label).toBe('Clicks');
    expect(msk.params).toEqual({ brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 1000, availabilityZones: 3, retentionHours: 48 });
    expect(doc.nodes[2]!.label).toBe('Managed Flink');
  });

  it('removeEdge and removeNode (with its edges)', () => {
    expect(edgePairs(applyOps(base(), [{ op: 'removeEdge', edge: 'kds-fn' }]))).toEqual(['src>kds', 'fn>lake']);
    const removed = applyOps(base(), [{ op: 'removeNode', node: 'kds' }]);
    expect(removed.nodes.map((n) => n.id)).toEqual(['src', 'fn', 'lake']);
    expect(edgePairs(removed)).toEqual(['fn>lake']);
  });

  it('bypassNode joins its producers to its consumers, without duplicates or self-loops', () => {
    expect(edgePairs(applyOps(base(), [{ op: 'bypassNode', node: 'fn' }]))).toEqual(['src>kds', 'kds>lake']);
    const diamond = design({ title: 'd', nodes: [{ id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }, { id: 'c', service: 'lambda' }], flows: ['a>b>c', 'a>c', 'c>b'] });
    expect(edgePairs(applyOps(diamond, [{ op: 'bypassNode', node: 'b' }]))).toEqual(['a>c']);
  });

  it('insertBetween puts a new node near the edge\'s middle, just clear of its ends, with fresh ids', () => {
    const doc = applyOps(base(), [{ op: 'insertBetween', source: 'fn', target: 'lake', service: 'firehose', label: 'Delivery' }]);
    const inserted = doc.nodes[4]!;
    expect(inserted).toMatchObject({ id: 'firehose-1', service: 'firehose', label: 'Delivery', params: { bufferSeconds: 300 } });
    expect(inserted.position).toEqual({ x: 650, y: 160 });
    expect(edgePairs(doc)).toEqual(['src>kds', 'kds>fn', 'fn>firehose-1', 'firehose-1>lake']);
    expect(new Set(doc.edges.map((e) => e.id)).size).toBe(doc.edges.length);
  });

  it('fresh ids never collide with existing ones', () => {
    const doc = design({ title: 'ids', nodes: [{ id: 'firehose-1', service: 'firehose' }, { id: 'lake', service: 's3' }], flows: ['firehose-1>lake'] });
    const next = applyOps(doc, [{ op: 'insertBefore', target: 'firehose-1', service: 'firehose', label: 'Another' }]);
    expect(next.nodes.map((n) => n.id)).toEqual(['firehose-1', 'lake', 'firehose-2']);
  });

  it('insertBefore feeds the target from a new node to its left', () => {
    const doc = applyOps(base(), [{ op: 'insertBefore', target: 'src', service: 'source', label: 'Ignored source' }]);
    expect(doc.nodes[4]!.position).toEqual({ x: -240, y: 0 });
    expect(edgePairs(doc)).toContain('source-1>src');
  });

  it('ops on nodes or edges that do not exist change nothing', () => {
    const doc = base();
    const next = applyOps(doc, [
      { op: 'setParam', node: 'ghost', key: 'x', value: 1 },
      { op: 'removeEdge', edge: 'ghost' },
      { op: 'insertBetween', source: 'ghost', target: 'lake', service: 'lambda', label: 'L' },
      { op: 'insertBefore', target: 'ghost', service: 's3', label: 'S' },
      { op: 'bypassNode', node: 'ghost' },
    ]);
    expect(next).toBe(doc);
  });

  it('drops edges left dangling by a document that had them', () => {
    const doc = base();
    const dangling = { ...doc, edges: [...doc.edges, { id: 'to-nowhere', source: 'fn', target: 'gone' }] };
    expect(edgePairs(applyOps(dangling, []))).toEqual(['src>kds', 'kds>fn', 'fn>lake']);
  });
});
