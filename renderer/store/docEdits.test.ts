import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/document';
import { addNode, changeService, connectEitherWay, connectNodes, duplicateNodes, removeElements, setParam, setPriceOverride, updateMeta } from './docEdits';

function twoNodes() {
  const a = addNode(emptyDocument(), 'source', { x: 0, y: 0 });
  const b = addNode(a.doc, 'firehose', { x: 300, y: 0 });
  return { doc: b.doc, source: a.id, firehose: b.id };
}

describe('document edits', () => {
  it('adds nodes with fresh ids, unique labels and default params', () => {
    const a = addNode(emptyDocument(), 'firehose', { x: 10.4, y: 20.6 });
    const b = addNode(a.doc, 'firehose', { x: 0, y: 0 });
    expect(a.id).toBe('firehose-1');
    expect(b.id).toBe('firehose-2');
    expect(b.doc.nodes.map((n) => n.label)).toEqual(['Firehose', 'Firehose 2']);
    expect(b.doc.nodes[0]?.position).toEqual({ x: 10, y: 21 });
    expect(b.doc.nodes[0]?.params).toEqual({ bufferSeconds: 300 });
  });

  it('connects only what the catalog allows, once', () => {
    const { doc, source, firehose } = twoNodes();
    const ok = connectNodes(doc, source, firehose);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(connectNodes(ok.doc, source, firehose).ok).toBe(false);
    const refused = connectNodes(doc, firehose, source);
    expect(refused).toEqual({ ok: false, reason: 'Source is a source: nothing flows into it.' });
    // Either way picks the allowed direction.
    const either = connectEitherWay(doc, firehose, source);
    expect(either.ok && either.doc.edges[0]).toMatchObject({ source, target: firehose });
  });

  it('removes nodes with their edges', () => {
    const { doc, source, firehose } = twoNodes();
    const connected = connectNodes(doc, source, firehose);
    if (!connected.ok) throw new Error('expected an edge');
    const removed = removeElements(connected.doc, [firehose]);
    expect(removed.nodes.map((n) => n.id)).toEqual([source]);
    expect(removed.edges).toEqual([]);
  });

  it('duplicates nodes and the edges between them', () => {
    const { doc, source, firehose } = twoNodes();
    const connected = connectNodes(doc, source, firehose);
    if (!connected.ok) throw new Error('expected an edge');
    const dup = duplicateNodes(connected.doc, [source, firehose], { x: 32, y: 32 });
    expect(dup.ids).toEqual(['source-2', 'firehose-2']);
    expect(dup.doc.edges).toHaveLength(2);
    expect(dup.doc.edges[1]).toMatchObject({ source: 'source-2', target: 'firehose-2' });
    expect(dup.doc.nodes[2]?.position).toEqual({ x: 32, y: 32 });
  });

  it('sets and clears params without touching other nodes', () => {
    const { doc, source, firehose } = twoNodes();
    const next = setParam(doc, firehose, 'bufferSeconds', 60);
    expect(next.nodes.find((n) => n.id === firehose)?.params.bufferSeconds).toBe(60);
    expect(next.nodes.find((n) => n.id === source)).toBe(doc.nodes.find((n) => n.id === source));
    expect(setParam(next, firehose, 'bufferSeconds', 60)).toBe(next);
    expect('bufferSeconds' in setParam(next, firehose, 'bufferSeconds', undefined).nodes[1]!.params).toBe(false);
  });

  it('changes service, keeping compatible params and following the default label', () => {
    let doc = addNode(emptyDocument(), 'dynamodb', { x: 0, y: 0 }).doc;
    doc = setParam(doc, 'dynamodb-1', 'latencyTargetMs', 5);
    const changed = changeService(doc, 'dynamodb-1', 'elasticache');
    const node = changed.nodes[0]!;
    expect(node.service).toBe('elasticache');
    expect(node.label).toBe('ElastiCache');
    expect(node.params).toMatchObject({ latencyTargetMs: 5, engine: 'redis', nodes: 1 });
    expect('storedGb' in node.params).toBe(false);
  });

  it('edits needs, budget and price overrides', () => {
    let doc = updateMeta(emptyDocument(), { needs: { replay: true, budgetPerMonth: 100 } });
    expect(doc.needs).toMatchObject({ replay: true, budgetPerMonth: 100 });
    doc = updateMeta(doc, { clearBudget: true });
    expect('budgetPerMonth' in doc.needs).toBe(false);
    doc = setPriceOverride(doc, 'kds.shardHour', 0.02);
    expect(doc.settings.prices).toEqual({ 'kds.shardHour': 0.02 });
    doc = setPriceOverride(doc, 'kds.shardHour', undefined);
    expect(doc.settings.prices).toEqual({});
  });
});

describe('free spot', () => {
  it('keeps a free spot and steps clear of an occupied one', async () => {
    const { freeSpot, NODE_WIDTH, NODE_HEIGHT } = await import('../commands/editActions');
    const doc = { nodes: [{ position: { x: 0, y: 0 } }] };
    expect(freeSpot({ nodes: [] }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 });
    const spot = freeSpot(doc, { x: 10, y: 10 });
    const clear = Math.abs(spot.x) >= NODE_WIDTH || Math.abs(spot.y) >= NODE_HEIGHT;
    expect(clear).toBe(true);
  });
});
