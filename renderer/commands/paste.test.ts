import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../shared/format/index';
import { emptyDocument } from '../../shared/model/document';
import { useDocumentStore } from '../store/documentStore';
import { useToastStore } from '../store/toastStore';
import { pasteFragment } from './clipboard';
import { CLIPBOARD_MARKER, decodeFragment } from './clipboardPayload';

const clipboardText = JSON.stringify({
  [CLIPBOARD_MARKER]: 1,
  nodes: [
    { id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', position: { x: 0, y: 0 }, params: { shards: -5, bogus: '1', retentionHours: 48 } },
    { id: 'lake', service: 's3', label: 'Lake', position: { x: 240, y: 0 }, params: {} },
  ],
  edges: [],
});

describe('pasting nodes', () => {
  afterEach(() => {
    useDocumentStore.getState().loadDocument(emptyDocument());
    useToastStore.setState({ toasts: [] });
  });

  it('drops invalid and unknown params the way a file load would, and says which', () => {
    useDocumentStore.getState().loadDocument(emptyDocument());
    const fragment = decodeFragment(clipboardText);
    expect(fragment).not.toBeNull();
    pasteFragment(fragment!);

    const { doc, selection } = useDocumentStore.getState();
    expect(doc.nodes.map((n) => n.label)).toEqual(['Click stream', 'Lake']);
    expect(selection.nodes).toEqual(doc.nodes.map((n) => n.id));
    expect(doc.nodes[0]!.params).toEqual({ mode: 'provisioned', shards: 1, enhancedFanOut: false, retentionHours: 48 });
    const saved = parseDocument(serializeDocument(doc));
    expect(saved.ok).toBe(true);

    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Pasted with 2 values dropped: Click stream shards (-5), bogus']);
  });

  it('pastes valid nodes without a toast', () => {
    useDocumentStore.getState().loadDocument(emptyDocument());
    pasteFragment({ nodes: [{ id: 'a', service: 'firehose', label: 'Feed', position: { x: 0, y: 0 }, params: { bufferSeconds: 120 } }], edges: [] });
    expect(useDocumentStore.getState().doc.nodes[0]!.params).toEqual({ bufferSeconds: 120, s3Backup: 'none', transformLambda: false, formatConversion: 'none' });
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});
