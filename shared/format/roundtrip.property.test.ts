import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../catalog/serviceIds';
import { documentArbitrary } from './documentArbitrary.testutil';
import { FORMAT_LIMITS } from './limits';
import { parseDocument, validateDocument, type LoadResult } from './load';
import { serializeDocument } from './save';

/** What every load result must look like, whatever the input. */
function expectWellFormed(result: LoadResult): void {
  if (result.ok) {
    // Whatever loads is itself a valid document, and saving it is stable.
    const again = validateDocument(result.document);
    expect(again).toEqual({ ok: true, document: result.document });
    return;
  }
  expect(result.message).toMatch(/^[A-Z].*\.$/);
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(FORMAT_LIMITS.maxProblems);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message).not.toMatch(/Invalid input|, received |Unrecognized key/);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every location in a JSON value, as the container and the key or index inside it. */
function locations(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
  const found: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        found.push({ parent: value, key: index });
        visit(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        found.push({ parent: value, key });
        visit(item);
      }
    }
  };
  visit(root);
  return found;
}

type Edit = [at: number, kind: 'replace' | 'delete' | 'duplicate' | 'rename' | 'boundary', value: Json];

function applyEdit(root: Json, [at, kind, value]: Edit): void {
  const all = locations(root);
  if (all.length === 0) return;
  const { parent, key } = all[at % all.length]!;
  if (Array.isArray(parent)) {
    const index = key as number;
    if (kind === 'delete') parent.splice(index, 1);
    else if (kind === 'duplicate') parent.splice(index, 0, structuredClone(parent[index]!));
    else if (kind === 'boundary') parent[index] = [-1, 0, 1e308, -1e-308, 0.5, 745, 20_001][index % 7]!;
    else parent[index] = value;
    return;
  }
  const name = key as string;
  if (kind === 'delete') delete parent[name];
  else if (kind === 'rename') {
    parent[`${name}_`] = parent[name]!;
    delete parent[name];
  } else if (kind === 'duplicate') parent[`${name}2`] = structuredClone(parent[name]!);
  else if (kind === 'boundary') parent[name] = [-1, 0, 1e308, -1e-308, 0.5, 745, 20_001][name.length % 7]!;
  else parent[name] = value;
}

const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.nat(),
  fc.constantFrom('replace', 'delete', 'duplicate', 'rename', 'boundary'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** The text of a valid document after one to three random edits. */
const mutatedDocumentText = fc.tuple(documentArbitrary({ maxNodes: 6 }), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([document, edits]) => {
  const root = JSON.parse(serializeDocument(document)) as Json;
  for (const change of edits) applyEdit(root, change);
  return JSON.stringify(root);
});

describe('parseDocument on any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expectWellFormed(parseDocument(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDocument(JSON.stringify(value));
        expect(result.ok).toBe(false);
        expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary values that look a little like a design', () => {
    const lookalike = fc.record(
      {
        format: fc.constant('pipeboard'),
        version: fc.constantFrom(1, 1, 2, 0, '1'),
        nodes: fc.array(fc.dictionary(fc.constantFrom('id', 'service', 'label', 'position', 'params', 'x'), fc.jsonValue({ maxDepth: 2 }))),
        edges: fc.array(fc.dictionary(fc.constantFrom('id', 'source', 'target'), fc.jsonValue({ maxDepth: 1 }))),
        needs: fc.jsonValue({ maxDepth: 2 }),
        settings: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: ['format', 'version'] },
    );
    fc.assert(
      fc.property(lookalike, (value) => expectWellFormed(parseDocument(JSON.stringify(value)))),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated valid documents, and either loads them or says why not', () => {
    let refused = 0;
    let loaded = 0;
    fc.assert(
      fc.property(mutatedDocumentText, (text) => {
        const result = parseDocument(text);
        expectWellFormed(result);
        if (result.ok) loaded++;
        else refused++;
      }),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(50);
    expect(loaded).toBeGreaterThan(10);
  });
});

describe('round trips of valid documents', () => {
  it('parseDocument(serializeDocument(doc)) gives back the same document', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        expect(parseDocument(serializeDocument(document))).toEqual({ ok: true, document });
      }),
      { numRuns: 300 },
    );
  });

  it('validateDocument accepts generated documents as they are', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        expect(validateDocument(document)).toEqual({ ok: true, document });
      }),
      { numRuns: 200 },
    );
  });

  it('serializing is idempotent: serialize(parse(serialize(d))) === serialize(d)', () => {
    fc.assert(
      fc.property(documentArbitrary(), (document) => {
        const text = serializeDocument(document);
        const result = parseDocument(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(serializeDocument(result.document)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('the generator covers the catalog, hostile text and edges', () => {
    const samples = fc.sample(documentArbitrary(), { numRuns: 300, seed: 42 });
    const services = new Set(samples.flatMap((document) => document.nodes.map((node) => node.service)));
    const labels = samples.flatMap((document) => document.nodes.map((node) => node.label));
    expect(services.size).toBe(SERVICE_IDS.length);
    expect(labels.some((label) => label.includes('<script>'))).toBe(true);
    // eslint-disable-next-line no-control-regex -- the generator must produce control characters; this finds them.
    expect(labels.some((label) => /[\u0000-\u001f]/.test(label))).toBe(true);
    expect(samples.some((document) => document.edges.length > 3)).toBe(true);
    expect(samples.some((document) => document.needs.budgetPerMonth === undefined)).toBe(true);
    expect(samples.some((document) => document.needs.budgetPerMonth !== undefined)).toBe(true);
  });
});
