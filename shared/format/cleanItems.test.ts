import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../catalog/serviceIds';
import { allClean, isCleanEdge, isCleanNode } from './cleanItems';
import { documentArbitrary, HOSTILE_TEXTS } from './documentArbitrary.testutil';
import { FORMAT_LIMITS } from './limits';
import { parseDocument } from './load';
import { edgeSchema, nodeSchema } from './schema';
import { serializeDocument } from './save';

const { maxIdLength, maxLabelLength } = FORMAT_LIMITS;

/** Values at and around every boundary the schema draws for a node or edge field. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, 0, -0, 1.5, NaN, Infinity, -Infinity, '', [], {}, { x: 1 }, ...SERVICE_IDS, 'warp-drive', ...HOSTILE_TEXTS),
  fc.constantFrom(1, maxIdLength, maxIdLength + 1, maxLabelLength, maxLabelLength + 1).map((length) => 'a'.repeat(length)),
  fc.double(),
  fc.string(),
);
const position = fc.oneof(
  fc.record({ x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.dictionary(fc.constantFrom('x', 'y', 'z', '__proto__'), anyValue),
  anyValue,
);
const field = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, anyValue);
const nodeLike = fc.record(
  {
    id: field(fc.string({ minLength: 1, maxLength: maxIdLength })),
    service: field(fc.constantFrom(...SERVICE_IDS)),
    label: field(fc.string({ maxLength: maxLabelLength })),
    position,
    params: field(fc.dictionary(fc.string(), fc.integer())),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const edgeLike = fc.record(
  { id: field(fc.string({ minLength: 1 })), source: field(fc.string({ minLength: 1 })), target: field(fc.string({ minLength: 1 })), extra: anyValue },
  { requiredKeys: [] },
);

describe('the fast check of nodes and edges', () => {
  it('never accepts a node or an edge the schema rejects, and hands it over unchanged', () => {
    let clean = 0;
    fc.assert(
      fc.property(nodeLike, (node) => {
        if (!isCleanNode(node)) return;
        clean++;
        expect(nodeSchema.safeParse(node)).toEqual({ success: true, data: node });
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    fc.assert(
      fc.property(edgeLike, (edge) => {
        if (!isCleanEdge(edge)) return;
        clean++;
        expect(edgeSchema.safeParse(edge)).toEqual({ success: true, data: edge });
      }),
      { numRuns: 2000, seed: 20261204 },
    );
    // The generators hit the accepted side often enough for the comparison to mean something (fixed
    // seeds: how many items come out clean is itself random, and this floor must not be; it moves with
    // the number of services the generator draws from, 100 with 28).
    expect(clean).toBeGreaterThanOrEqual(50);
  });

  it('accepts every node and edge of a valid document, so large files take the fast path', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const file = JSON.parse(serializeDocument(document)) as { nodes: unknown[]; edges: unknown[] };
        expect(allClean(file.nodes, isCleanNode) && allClean(file.edges, isCleanEdge)).toBe(true);
        expect(parseDocument(serializeDocument(document))).toEqual({ ok: true, document });
      }),
      { numRuns: 200 },
    );
  });

  it('leaves to the schema what it does not know: inherited, undefined or extra fields, and non-lists', () => {
    const node = { id: 'a', service: 's3', position: { x: 0, y: 0 } };
    expect(isCleanNode(node)).toBe(true);
    expect(isCleanNode({ ...node, label: undefined })).toBe(false);
    expect(isCleanNode({ ...node, position: { x: 0, y: 0, z: 0 } })).toBe(false);
    expect(isCleanNode({ ...node, position: { x: 0 } })).toBe(false);
    expect(isCleanNode(Object.assign(Object.create({ inherited: 1 }), node))).toBe(false);
    expect(isCleanEdge({ id: 'e', source: 'a', target: 'b', note: '' })).toBe(false);
    expect(allClean(undefined, isCleanNode)).toBe(true);
    expect(allClean({ 0: node }, isCleanNode)).toBe(false);
  });
});
