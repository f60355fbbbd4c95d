import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/document';
import { eventSource, issuesOf, pipeline } from '../rules/fixtures.testutil';
import { analyze } from './analyze';
import { buildGraph } from './graph';

describe('graph edge cases', () => {
  it('an empty document: no issues, no cost, no figures', () => {
    const result = analyze(emptyDocument());
    expect(result.issues).toEqual([]);
    expect(result.cost.lines).toEqual([]);
    expect(result.cost.total).toBe(0);
    expect(result.cost.byNode).toEqual({});
    expect(result.derived).toEqual({ nodes: {}, edges: {} });
  });

  it('a cycle: every node is still ordered, and the back edge found', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }, { id: 'out', service: 'dynamodb' }], ['src>a>b>a', 'b>out']);
    const graph = buildGraph(doc);
    expect([...graph.order].sort()).toEqual([0, 1, 2, 3]);
    expect(graph.order[0]).toBe(0);
    expect(graph.cycleEdges.map((e) => doc.edges[e]!.id)).toEqual(['b-a']);
    const result = analyze(doc);
    expect(result.issues.filter((issue) => issue.rule === 'cycle').map((issue) => issue.edges)).toEqual([['b-a']]);
    expect(Object.keys(result.derived.nodes)).toEqual(['src', 'a', 'b', 'out']);
  });

  it('a self-loop is a cycle of one edge', () => {
    const doc = pipeline([{ id: 'a', service: 'lambda' }], ['a>a']);
    expect(buildGraph(doc).cycleEdges).toEqual([0]);
    expect(analyze(doc).issues.map((issue) => issue.rule)).toEqual(['cycle']);
  });

  it('an invalid edge carries no rate', () => {
    const doc = pipeline([eventSource('src', 1000, 1000), { id: 'fh', service: 'firehose' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['src>fh>ep']);
    const { derived } = analyze(doc);
    expect(buildGraph(doc).edgeValid).toEqual(new Uint8Array([1, 0]));
    expect(derived.edges['src-fh']).toMatchObject({ MBps: 1, recordsPerSecond: 1000, label: '1 MB/s' });
    expect(derived.edges['fh-ep']).toMatchObject({ MBps: 0, recordsPerSecond: 0, label: '' });
    expect(derived.nodes.ep!.inputMBps).toBeUndefined();
  });

  it('a disconnected node has figures but no rates, and is reported', () => {
    const doc = pipeline([eventSource('src', 1000, 1000), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }, { id: 'kds', service: 'kinesis-data-streams' }], ['src>fh>lake']);
    const { derived } = analyze(doc);
    expect(derived.nodes.kds).toMatchObject({ consumers: 0, shardsRequired: 1, shardsBy: 'bytes' });
    expect(derived.nodes.kds!.inputMBps).toBeUndefined();
    expect(issuesOf(doc, 'disconnected-node').map((issue) => issue.nodes)).toEqual([['kds']]);
  });

  it('an edge to a node that does not exist is ignored, not a crash', () => {
    const doc = pipeline([eventSource('src', 10, 100), { id: 'fn', service: 'lambda' }], ['src>fn']);
    const broken = { ...doc, edges: [...doc.edges, { id: 'ghost', source: 'fn', target: 'nowhere' }] };
    const result = analyze(broken);
    expect(result.derived.edges.ghost).toMatchObject({ MBps: 0, recordsPerSecond: 0, label: '' });
    expect(result.issues.flatMap((issue) => issue.edges)).not.toContain('ghost');
  });

  it('two edges between the same nodes carry the data once', () => {
    const doc = pipeline([eventSource('src', 2000, 1000), { id: 'kds', service: 'kinesis-data-streams', params: { shards: 2 } }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['src>kds>a', 'kds>b']);
    const twice = { ...doc, edges: [...doc.edges, { id: 'src-kds-again', source: 'src', target: 'kds' }] };
    const result = analyze(twice);
    expect(result.derived.nodes.kds).toMatchObject({ inputMBps: 2, inputRecordsPerSecond: 2000, shardsRequired: 2 });
    expect(result.issues.map((issue) => issue.rule)).not.toContain('kds-under-provisioned');
    expect(result.cost.total).toBeCloseTo(analyze(doc).cost.total, 9);
  });
});
