import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/document';
import { createDocumentStore, isDirty } from './documentStore';

function setup() {
  let clock = 0;
  const store = createDocumentStore(emptyDocument(), () => clock);
  return { store, tick: (ms: number) => (clock += ms) };
}

describe('document store', () => {
  it('makes one undo step of a whole drag', () => {
    const { store, tick } = setup();
    const { created } = store.getState().commit([{ op: 'addNode', service: 'firehose', position: { x: 0, y: 0 } }]);
    const id = created.nodes[0]!;
    for (let i = 1; i <= 30; i++) {
      tick(16);
      store.getState().commit([{ op: 'moveNodes', moves: [{ node: id, x: i * 5, y: 0 }] }], { coalesceKey: 'drag:1' });
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
    const id = store.getState().commit([{ op: 'addNode', service: 'kinesis-data-streams', position: { x: 0, y: 0 } }]).created.nodes[0]!;
    const type = (key: string, value: number) => {
      tick(200);
      store.getState().commit([{ op: 'setParam', node: id, key, value }], { coalesceKey: `param:${id}:${key}` });
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

  it('selects what the ops created when asked', () => {
    const { store } = setup();
    store.getState().commit([{ op: 'addNode', service: 's3', position: { x: 0, y: 0 } }], { select: 'created' });
    expect(store.getState().selection).toEqual({ nodes: ['s3-1'], edges: [], objects: [] });
  });

  it('tracks dirty against the saved document and prunes the selection on undo', () => {
    const { store } = setup();
    expect(isDirty(store.getState())).toBe(false);
    store.getState().commit([{ op: 'addNode', service: 's3', position: { x: 0, y: 0 } }], { select: 'created' });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState().selection.nodes).toEqual([]);
    store.getState().redo();
    store.getState().markSaved('/tmp/a.pipeboard.json', 1, store.getState().doc);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('a commit that changes nothing adds no step and keeps the document', () => {
    const { store } = setup();
    const before = store.getState().doc;
    store.getState().commit([]);
    store.getState().commit([{ op: 'relabel', node: 'ghost', label: 'x' }]);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().doc).toBe(before);
  });

  it('loading a document clears history and counts loads', () => {
    const { store } = setup();
    store.getState().commit([{ op: 'addNode', service: 's3', position: { x: 0, y: 0 } }]);
    store.getState().loadDocument(emptyDocument('Other'), { path: '/x.pipeboard.json', mtimeMs: 5 });
    const s = store.getState();
    expect(s.history.past).toHaveLength(0);
    expect(s.filePath).toBe('/x.pipeboard.json');
    expect(s.loadEpoch).toBe(1);
    expect(isDirty(s)).toBe(false);
  });
});
