import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/document';
import { addNode, moveNodes, setParam } from './docEdits';
import { createDocumentStore, isDirty } from './documentStore';

function setup() {
  let clock = 0;
  const store = createDocumentStore(emptyDocument(), () => clock);
  return { store, tick: (ms: number) => (clock += ms) };
}

describe('document store', () => {
  it('makes one undo step of a whole drag', () => {
    const { store, tick } = setup();
    const added = addNode(store.getState().doc, 'firehose', { x: 0, y: 0 });
    store.getState().commitDocument(added.doc);
    for (let i = 1; i <= 30; i++) {
      tick(16);
      const s = store.getState();
      s.commitDocument(moveNodes(s.doc, new Map([[added.id, { x: i * 5, y: 0 }]])), { coalesceKey: 'drag:1' });
    }
    expect(store.getState().doc.nodes[0]?.position).toEqual({ x: 150, y: 0 });
    store.getState().undo();
    expect(store.getState().doc.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    store.getState().undo();
    expect(store.getState().doc.nodes).toHaveLength(0);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().doc.nodes[0]?.position).toEqual({ x: 150, y: 0 });
  });

  it('coalesces typing in one field and splits fields and pauses', () => {
    const { store, tick } = setup();
    const added = addNode(store.getState().doc, 'kinesis-data-streams', { x: 0, y: 0 });
    store.getState().commitDocument(added.doc);
    const type = (key: string, value: number) => {
      tick(200);
      const s = store.getState();
      s.commitDocument(setParam(s.doc, added.id, key, value), { coalesceKey: `param:${added.id}:${key}` });
    };
    type('shards', 1);
    type('shards', 12);
    type('shards', 120);
    type('retentionHours', 48);
    expect(store.getState().history.past).toHaveLength(3); // add, shards run, retention
    store.getState().sealHistory();
    type('retentionHours', 72);
    expect(store.getState().history.past).toHaveLength(4);
  });

  it('tracks dirty against the saved document and prunes the selection on undo', () => {
    const { store } = setup();
    expect(isDirty(store.getState())).toBe(false);
    const added = addNode(store.getState().doc, 's3', { x: 0, y: 0 });
    store.getState().commitDocument(added.doc, { select: { nodes: [added.id], edges: [] } });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().selection.nodes).toEqual([]);
    store.getState().redo();
    store.getState().markSaved('/tmp/a.pipeboard.json', 1, store.getState().doc);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('a commit that changes nothing adds no step', () => {
    const { store } = setup();
    store.getState().commitDocument(store.getState().doc);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('loading a document clears history and counts loads', () => {
    const { store } = setup();
    const added = addNode(store.getState().doc, 's3', { x: 0, y: 0 });
    store.getState().commitDocument(added.doc);
    store.getState().loadDocument(emptyDocument('Other'), { path: '/x.pipeboard.json', mtimeMs: 5 });
    const s = store.getState();
    expect(s.history.past).toHaveLength(0);
    expect(s.filePath).toBe('/x.pipeboard.json');
    expect(s.loadEpoch).toBe(1);
    expect(isDirty(s)).toBe(false);
  });
});
