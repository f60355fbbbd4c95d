import { describe, expect, it } from 'vitest';
import { applyOps } from '../model/applyOps';
import { emptyDocument } from '../model/document';
import { parseDocument, serializeDocument } from './index';

describe('edge style', () => {
  it('is set by one op, saved only when orthogonal, and loads back', () => {
    const curved = emptyDocument();
    const orthogonal = applyOps(curved, [{ op: 'setEdgeStyle', style: 'orthogonal' }]);
    expect(orthogonal.settings.edgeStyle).toBe('orthogonal');
    const text = serializeDocument(orthogonal);
    expect(text).toContain('"edgeStyle": "orthogonal"');
    expect(serializeDocument(curved)).not.toContain('edgeStyle');
    const loaded = parseDocument(text);
    expect(loaded.ok && loaded.document.settings.edgeStyle).toBe('orthogonal');
  });

  it('back to curved removes the field, and setting the same style changes nothing', () => {
    const orthogonal = applyOps(emptyDocument(), [{ op: 'setEdgeStyle', style: 'orthogonal' }]);
    expect(applyOps(orthogonal, [{ op: 'setEdgeStyle', style: 'orthogonal' }])).toBe(orthogonal);
    const curved = applyOps(orthogonal, [{ op: 'setEdgeStyle', style: 'curved' }]);
    expect('edgeStyle' in curved.settings).toBe(false);
  });

  it('rejects an unknown style in a file', () => {
    const text = serializeDocument(emptyDocument()).replace('"region"', '"edgeStyle": "wavy",\n    "region"');
    expect(parseDocument(text).ok).toBe(false);
  });
});
