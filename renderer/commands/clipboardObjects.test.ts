import { describe, expect, it } from 'vitest';
import { applyOps } from '../../shared/model/applyOps';
import { emptyDocument } from '../../shared/model/document';
import { extractFragment } from '../../shared/model/fragment';
import { decodeFragment, encodeFragment } from './clipboardPayload';

describe('frames and notes on the clipboard', () => {
  const doc = applyOps(emptyDocument(), [
    { op: 'addGroup', kind: 'region', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
    { op: 'addAnnotation', kind: 'sticky', text: 'Remember replay', position: { x: 500, y: 0 } },
  ]);

  it('round-trips a copied frame and note, and pastes them with fresh ids, shifted', () => {
    const fragment = extractFragment(doc, [], ['group-1', 'note-1']);
    const decoded = decodeFragment(encodeFragment(fragment));
    expect(decoded).toEqual(fragment);
    const pasted = applyOps(doc, [{ op: 'insertFragment', fragment: decoded!, offset: { x: 32, y: 32 } }]);
    expect(pasted.groups.map((g) => [g.id, g.position])).toEqual([
      ['group-1', { x: 0, y: 0 }],
      ['group-2', { x: 32, y: 32 }],
    ]);
    expect(pasted.annotations.map((a) => [a.id, a.text, a.position])).toEqual([
      ['note-1', 'Remember replay', { x: 500, y: 0 }],
      ['note-2', 'Remember replay', { x: 532, y: 32 }],
    ]);
  });

  it('leaves out malformed frames and notes, and refuses a payload with nothing left', () => {
    const text = JSON.stringify({ 'pipeboard/fragment': 1, nodes: [], groups: [{ id: 'g', kind: 'galaxy', label: '', colour: 'blue', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } }], annotations: [{ id: 'a', kind: 'text', text: 5 }] });
    expect(decodeFragment(text)).toBeNull();
  });
});
