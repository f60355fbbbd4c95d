import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../format/index';
import { applyOps, applyOpsWithResult } from './applyOps';
import { connectionDirection, connectionProblem } from './connection';
import { emptyDocument, type PipelineDocument } from './document';
import { extractFragment, droppedFragmentParams, type Fragment } from './fragment';

/** The edits the canvas and panels make, as ops. */

function twoNodes() {
  const doc = applyOps(emptyDocument(), [
    { op: 'addNode', service: 'source', position: { x: 0, y: 0 } },
    { op: 'addNode', service: 'firehose', position: { x: 300, y: 0 } },
  ]);
  return { doc, source: 'source-1', firehose: 'firehose-1' };
}

const connected = () => {
  const { doc, source, firehose } = twoNodes();
  return { doc: applyOps(doc, [{ op: 'connect', source, target: firehose }]), source, firehose };
};

describe('addNode', () => {
  it('adds nodes with fresh ids, unique labels, rounded positions and default params, and reports their ids', () => {
    const first = applyOpsWithResult(emptyDocument(), [{ op: 'addNode', service: 'firehose', position: { x: 10.4, y: 20.6 } }]);
    const second = applyOpsWithResult(first.document, [{ op: 'addNode', service: 'firehose', position: { x: 0, y: 0 } }]);
    expect(first.created.nodes).toEqual(['firehose-1']);
    expect(second.created.nodes).toEqual(['firehose-2']);
    expect(second.document.nodes.map((n) => n.label)).toEqual(['Firehose', 'Firehose 2']);
    expect(second.document.nodes[0]?.position).toEqual({ x: 10, y: 21 });
    expect(second.document.nodes[0]?.params).toEqual({ bufferSeconds: 300, s3Backup: 'none', transformLambda: false, formatConversion: 'none' });
  });

  it('numbers labels within one op list too', () => {
    const doc = applyOps(emptyDocument(), [
      { op: 'addNode', service: 's3', position: { x: 0, y: 0 } },
      { op: 'addNode', service: 's3', position: { x: 0, y: 0 } },
    ]);
    expect(doc.nodes.map((n) => n.label)).toEqual(['S3', 'S3 2']);
  });
});

describe('connect', () => {
  it('connects only what the catalog allows, once, and reports the new edge', () => {
    const { doc, source, firehose } = twoNodes();
    const ok = applyOpsWithResult(doc, [{ op: 'connect', source, target: firehose }]);
    expect(ok.created.edges).toEqual(['e-source-1-firehose-1-1']);
    expect(ok.document.edges).toEqual([{ id: 'e-source-1-firehose-1-1', source, target: firehose }]);
    expect(connectionProblem(ok.document, source, firehose)).toBe('Source already feeds Firehose.');
    expect(applyOps(ok.document, [{ op: 'connect', source, target: firehose }])).toBe(ok.document);
    expect(connectionProblem(doc, firehose, source)).toBe('Source is a source: nothing flows into it.');
    expect(applyOps(doc, [{ op: 'connect', source: firehose, target: source }])).toBe(doc);
    expect(connectionProblem(doc, source, source)).toBe('A node cannot feed itself.');
    expect(connectionProblem(doc, source, 'ghost')).toBe('Both nodes must exist.');
  });

  it('finds the direction the catalog allows', () => {
    const { doc, source, firehose } = twoNodes();
    expect(connectionDirection(doc, firehose, source)).toEqual({ ok: true, source, target: firehose });
    const both = applyOps(doc, [{ op: 'addNode', service: 'client', position: { x: 0, y: 0 } }]);
    expect(connectionDirection(both, 'client-1', source)).toEqual({ ok: false, reason: 'Client is a sink: nothing flows out of it.' });
  });
});

describe('removing, moving, duplicating', () => {
  it('removes nodes with their edges, and edges by id', () => {
    const { doc, source, firehose } = connected();
    const removed = applyOps(doc, [{ op: 'removeElements', nodes: [firehose], edges: [] }]);
    expect(removed.nodes.map((n) => n.id)).toEqual([source]);
    expect(removed.edges).toEqual([]);
    const edgeOnly = applyOps(doc, [{ op: 'removeElements', nodes: [], edges: [doc.edges[0]!.id] }]);
    expect(edgeOnly.nodes).toBe(doc.nodes);
    expect(edgeOnly.edges).toEqual([]);
  });

  it('moves and nudges, keeping untouched nodes and the document when nothing moves', () => {
    const { doc, source, firehose } = connected();
    const moved = applyOps(doc, [{ op: 'moveNodes', moves: [{ node: firehose, x: 500, y: 40 }] }]);
    expect(moved.nodes[1]!.position).toEqual({ x: 500, y: 40 });
    expect(moved.nodes[0]).toBe(doc.nodes[0]);
    expect(moved.edges).toBe(doc.edges);
    expect(applyOps(doc, [{ op: 'moveNodes', moves: [{ node: firehose, x: 300, y: 0 }] }])).toBe(doc);
    const nudged = applyOps(doc, [{ op: 'nudgeNodes', nodes: [source, firehose], dx: 8, dy: -8 }]);
    expect(nudged.nodes.map((n) => n.position)).toEqual([{ x: 8, y: -8 }, { x: 308, y: -8 }]);
  });

  it('duplicates nodes and the edges between them with fresh ids', () => {
    const { doc, source, firehose } = connected();
    const dup = applyOpsWithResult(doc, [{ op: 'insertFragment', fragment: extractFragment(doc, [source, firehose]), offset: { x: 32, y: 32 } }]);
    expect(dup.created.nodes).toEqual(['source-2', 'firehose-2']);
    expect(dup.document.edges).toHaveLength(2);
    expect(dup.document.edges[1]).toMatchObject({ source: 'source-2', target: 'firehose-2' });
    expect(dup.document.nodes[2]?.position).toEqual({ x: 32, y: 32 });
  });

  it('moves a thousand nodes in one op, keeping every edge object', () => {
    const many = applyOps(
      emptyDocument(),
      Array.from({ length: 1000 }, (_, i) => ({ op: 'addNode' as const, service: 'lambda' as const, position: { x: i, y: 0 } })),
    );
    const moved = applyOps(many, [{ op: 'moveNodes', moves: many.nodes.map((n) => ({ node: n.id, x: n.position.x, y: 10 })) }]);
    expect(moved.nodes.every((n) => n.position.y === 10)).toBe(true);
    expect(moved.edges).toBe(many.edges);
  });
});

describe('params, labels and services', () => {
  it('sets and unsets params without touching other nodes, and refuses invalid values', () => {
    const { doc, source, firehose } = twoNodes();
    const next = applyOps(doc, [{ op: 'setParam', node: firehose, key: 'bufferSeconds', value: 60 }]);
    expect(next.nodes[1]!.params.bufferSeconds).toBe(60);
    expect(next.nodes.find((n) => n.id === source)).toBe(doc.nodes.find((n) => n.id === source));
    expect(applyOps(next, [{ op: 'setParam', node: firehose, key: 'bufferSeconds', value: 60 }])).toBe(next);
    expect(applyOps(next, [{ op: 'setParam', node: firehose, key: 'bufferSeconds', value: 5 }])).toBe(next);
    expect(applyOps(next, [{ op: 'setParam', node: firehose, key: 'bogus', value: 5 }])).toBe(next);
    expect('bufferSeconds' in applyOps(next, [{ op: 'unsetParam', node: firehose, key: 'bufferSeconds' }]).nodes[1]!.params).toBe(false);
  });

  it('relabels', () => {
    const { doc, firehose } = twoNodes();
    expect(applyOps(doc, [{ op: 'relabel', node: firehose, label: 'Feed' }]).nodes[1]!.label).toBe('Feed');
    expect(applyOps(doc, [{ op: 'relabel', node: firehose, label: 'Firehose' }])).toBe(doc);
  });

  it('changes service, keeping compatible params and following the default label', () => {
    const doc = applyOps(emptyDocument(), [
      { op: 'addNode', service: 'dynamodb', position: { x: 0, y: 0 } },
      { op: 'setParam', node: 'dynamodb-1', key: 'latencyTargetMs', value: 5 },
      { op: 'replaceService', node: 'dynamodb-1', service: 'elasticache' },
    ]);
    const node = doc.nodes[0]!;
    expect(node.service).toBe('elasticache');
    expect(node.label).toBe('ElastiCache');
    expect(node.params).toMatchObject({ latencyTargetMs: 5, engine: 'redis', nodes: 1 });
    expect('storedGb' in node.params).toBe(false);
  });
});

describe('document fields', () => {
  it('edits title, notes, needs, budget, settings and price overrides', () => {
    let doc: PipelineDocument = applyOps(emptyDocument(), [{ op: 'setMeta', change: { title: 'T', notes: 'N', needs: { replayHours: 24 }, budgetPerMonth: 100 } }]);
    expect(doc).toMatchObject({ title: 'T', notes: 'N' });
    expect(doc.needs).toMatchObject({ replayHours: 24, budgetPerMonth: 100 });
    doc = applyOps(doc, [{ op: 'setMeta', change: { budgetPerMonth: null } }]);
    expect('budgetPerMonth' in doc.needs).toBe(false);
    expect(applyOps(doc, [{ op: 'setMeta', change: { title: 'T', needs: { replayHours: 24 } } }])).toBe(doc);
    expect(applyOps(doc, [{ op: 'setMeta', change: { needs: { replayHours: -1 } } }, { op: 'setMeta', change: { needs: { replayHours: 9000 } } }])).toBe(doc);
    doc = applyOps(doc, [{ op: 'setSetting', key: 'hoursPerMonth', value: 700 }]);
    expect(doc.settings.hoursPerMonth).toBe(700);
    doc = applyOps(doc, [{ op: 'setPriceOverride', key: 'kds.shardHour', value: 0.02 }]);
    expect(doc.settings.prices).toEqual({ 'kds.shardHour': 0.02 });
    doc = applyOps(doc, [{ op: 'setPriceOverride', key: 'kds.shardHour', value: null }]);
    expect(doc.settings.prices).toEqual({});
    expect(applyOps(doc, [{ op: 'setPriceOverride', key: 'kds.shardHour', value: null }])).toBe(doc);
  });
});

describe('pasting a fragment', () => {
  const pasted: Fragment = {
    nodes: [{ id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', position: { x: 0, y: 0 }, params: { shards: -5, bogus: '1' } }],
    edges: [],
  };

  it('drops unknown keys and invalid values, names them, and keeps the document valid', () => {
    expect(droppedFragmentParams(pasted).map((p) => [p.nodeLabel, p.key, p.value])).toEqual([
      ['Click stream', 'shards', -5],
      ['Click stream', 'bogus', '1'],
    ]);
    const doc = applyOps(emptyDocument(), [{ op: 'insertFragment', fragment: pasted, offset: { x: 32, y: 32 } }]);
    expect(doc.nodes[0]!.params).toEqual({ mode: 'provisioned', shards: 1, enhancedFanOut: false, retentionHours: 24 });
    const reloaded = parseDocument(serializeDocument(doc));
    expect(reloaded.ok).toBe(true);
  });
});
