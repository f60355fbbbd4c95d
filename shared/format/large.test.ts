import { describe, expect, it } from 'vitest';
import { SERVICES, defaultParams } from '../catalog';
import { emptyDocument, type PipelineDocument } from '../model/document';
import { FORMAT_LIMITS } from './limits';
import { parseDocument } from './load';
import { serializeDocument } from './save';

/** A design of `count` nodes in a chain, with long hostile labels and the longest notes allowed. */
function largeDocument(count: number): PipelineDocument {
  const document = emptyDocument('Large design');
  document.notes = 'Notes <b>&amp;</b> "quoted" 😀 '.repeat(1000).slice(0, FORMAT_LIMITS.maxNotesLength);
  for (let index = 0; index < count; index++) {
    const service = SERVICES[index % SERVICES.length]!.id;
    const label = `Node ${index} <script>alert("${index}")</script> & ]]> שלום 😀 `.repeat(5).slice(0, FORMAT_LIMITS.maxLabelLength);
    document.nodes.push({ id: `node-${index}`, service, label, position: { x: index * 12.5, y: 100 - index / 7 }, params: defaultParams(service) });
    if (index > 0) document.edges.push({ id: `edge-${index}`, source: `node-${index - 1}`, target: `node-${index}` });
  }
  return document;
}

describe('large documents', () => {
  it('loads and saves a 5 MB document with thousands of nodes', () => {
    const document = largeDocument(9000);
    const text = serializeDocument(document);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = parseDocument(text);
    expect(result).toEqual({ ok: true, document });
    if (result.ok) expect(serializeDocument(result.document)).toBe(text);
  });

  it('loads a document at the node limit', () => {
    const document = largeDocument(FORMAT_LIMITS.maxNodes);
    document.notes = '';
    for (const node of document.nodes) node.label = '';
    const result = parseDocument(serializeDocument(document));
    expect(result.ok && result.document.nodes.length).toBe(FORMAT_LIMITS.maxNodes);
  });

  it('reports a problem in the last of thousands of nodes by its index', () => {
    const document = largeDocument(5000);
    document.nodes[4999]!.params = { ...document.nodes[4999]!.params, bogus: 1 };
    const result = parseDocument(serializeDocument(document));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(['nodes[4999].params.bogus']);
  });
});
