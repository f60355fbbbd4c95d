import fc from 'fast-check';
import { SERVICES, type ParamSpec, type ServiceDefinition } from '../catalog';
import { PRICE_KEYS, type PriceKey } from '../cost/priceKeys';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type Needs,
  type ParamValue,
  type Params,
  type PipelineDocument,
  type PipelineEdge,
  type PipelineNode,
  type Settings,
} from '../model/document';
import { ANNOTATION_KINDS, GROUP_COLOURS, GROUP_KINDS, type Annotation, type CanvasGroup } from '../model/canvasObjects';
import { FORMAT_LIMITS } from './limits';

/*
 * fast-check arbitraries of VALID Pipeboard documents: every value is one `parseDocument` accepts
 * and returns unchanged (all non-optional params present, no -0, ids unique, edges between nodes).
 * Text fields mix ordinary words with hostile text: markup, quotes, emoji, RTL, control characters,
 * lone surrogates.
 */

export interface DocumentArbitraryOptions {
  /** Most nodes in a document (default 12). Edges are at most twice as many. */
  maxNodes?: number;
}

/** Awkward strings a document must survive: markup, escapes, emoji, RTL, controls, lone surrogates. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert(1)</script>',
  '&amp; & &lt;',
  '"double" \'single\' `back`',
  ']]>',
  '<!-- -->',
  '😀👩‍👩‍👧🏳️‍🌈',
  'שלום עולם',
  'مرحبا',
  '\u202Eevil\u202C',
  '\u0000\u0001\u001F\u007F',
  '\t\n\r\b\f',
  '\\',
  '\\u0041',
  '\u2028\u2029',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '__proto__',
  'constructor',
  'prototype',
  '{"format":"pipeboard"}',
  '${x}',
  '',
  ' ',
];

/** Text of `minLength` to `maxLength` UTF-16 code units, often hostile. */
export function textArbitrary(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );
  return fc
    .array(piece, { maxLength: 4 })
    .map((pieces) => pieces.join('').slice(0, maxLength))
    .map((text) => (text.length >= minLength ? text : text.padEnd(minLength, 'x')));
}

/** Ids that are unique within their list: a readable base made unique by a numeric suffix. */
function uniqueIds(count: number, prefix: string): fc.Arbitrary<string[]> {
  const max = FORMAT_LIMITS.maxIdLength;
  return fc
    .array(fc.oneof(fc.constant(prefix), textArbitrary(max - 8, 1)), { minLength: count, maxLength: count })
    .map((bases) => bases.map((base, index) => `${base.slice(0, max - 8)}#${index}`));
}

/** A finite number in [min, max], never -0 (JSON writes -0 as 0, so it could not round-trip). */
function finiteNumber(min: number, max: number, options: { minExcluded?: boolean; maxExcluded?: boolean } = {}) {
  return fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true, ...options })
    .map((value) => (value === 0 ? 0 : value));
}

function paramValueArbitrary(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'number':
      return spec.integer
        ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) })
        : finiteNumber(spec.min, spec.max);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.options);
  }
}

/** Params of a service: every non-optional parameter, and some of the optional ones. */
function paramsArbitrary(service: ServiceDefinition): fc.Arbitrary<Params> {
  const specs = new Map<string, ParamSpec>();
  for (const spec of service.params) if (!specs.has(spec.key)) specs.set(spec.key, spec);
  const entries = [...specs.values()].map((spec) =>
    spec.optional
      ? fc.option(paramValueArbitrary(spec), { nil: undefined }).map((value) => [spec.key, value] as const)
      : paramValueArbitrary(spec).map((value) => [spec.key, value] as const),
  );
  return fc.tuple(...entries).map((pairs) => {
    const params: Params = {};
    for (const [key, value] of pairs) if (value !== undefined) params[key] = value;
    return params;
  });
}

function nodeArbitrary(id: string): fc.Arbitrary<PipelineNode> {
  return fc.constantFrom(...SERVICES).chain((service) =>
    fc.record({
      id: fc.constant(id),
      service: fc.constant(service.id),
      label: textArbitrary(FORMAT_LIMITS.maxLabelLength),
      position: fc.record({ x: finiteNumber(-1e308, 1e308), y: finiteNumber(-1e6, 1e6) }),
      params: paramsArbitrary(service),
    }),
  );
}

function edgesArbitrary(nodeIds: readonly string[], maxEdges: number): fc.Arbitrary<PipelineEdge[]> {
  if (nodeIds.length === 0) return fc.constant([]);
  const end = fc.constantFrom(...nodeIds);
  return fc.integer({ min: 0, max: maxEdges }).chain((count) =>
    fc
      .tuple(uniqueIds(count, 'e'), fc.array(fc.tuple(end, end), { minLength: count, maxLength: count }))
      .map(([ids, ends]) => ids.map((id, index) => ({ id, source: ends[index]![0], target: ends[index]![1] }))),
  );
}

const needsArbitrary: fc.Arbitrary<Needs> = fc
  .record({
    kafkaEcosystem: fc.boolean(),
    exactlyOnce: fc.boolean(),
    replayHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8760 }), finiteNumber(0, 8760)),
    requestTimeFeatures: fc.boolean(),
    leastOperationalOverhead: fc.boolean(),
    budgetPerMonth: fc.option(finiteNumber(0, 1e9), { nil: undefined }),
  })
  .map(({ budgetPerMonth, ...flags }) => (budgetPerMonth === undefined ? flags : { ...flags, budgetPerMonth }));

const settingsArbitrary: fc.Arbitrary<Settings> = fc
  .record({
    region: fc.oneof(fc.constantFrom('us-east-1', 'eu-west-3', 'ap-southeast-2'), textArbitrary(FORMAT_LIMITS.maxRegionLength, 1)),
    hoursPerMonth: finiteNumber(0, 744, { minExcluded: true }),
    spotDiscount: finiteNumber(0, 1, { maxExcluded: true }),
    prices: fc
      .subarray([...PRICE_KEYS])
      .chain((keys) => fc.tuple(...keys.map((key) => finiteNumber(0, 1e6).map((price) => [key, price] as const))))
      .map((pairs) => Object.fromEntries(pairs) as Partial<Record<PriceKey, number>>),
    orthogonal: fc.boolean(),
  })
  .map(({ orthogonal, ...settings }): Settings => (orthogonal ? { ...settings, edgeStyle: 'orthogonal' } : settings));

/** Frames and notes; their ids have no "#", so they never repeat a node id (node ids all have one). */
const groupsArbitrary: fc.Arbitrary<CanvasGroup[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...GROUP_KINDS),
      label: textArbitrary(FORMAT_LIMITS.maxLabelLength),
      colour: fc.constantFrom(...GROUP_COLOURS),
      position: fc.record({ x: finiteNumber(-1e6, 1e6), y: finiteNumber(-1e6, 1e6) }),
      size: fc.record({ width: finiteNumber(1, 1e5), height: finiteNumber(1, 1e5) }),
    }),
    { maxLength: 3 },
  )
  .map((groups) => groups.map((group, index) => ({ id: `group-${index}`, ...group })));

const annotationsArbitrary: fc.Arbitrary<Annotation[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...ANNOTATION_KINDS),
      text: textArbitrary(400),
      position: fc.record({ x: finiteNumber(-1e6, 1e6), y: finiteNumber(-1e6, 1e6) }),
      size: fc.record({ width: finiteNumber(1, 1e5), height: finiteNumber(1, 1e5) }),
    }),
    { maxLength: 3 },
  )
  .map((notes) => notes.map((note, index) => ({ id: `note-${index}`, ...note })));

/** A valid document with up to `maxNodes` nodes (default 12). */
export function documentArbitrary(options: DocumentArbitraryOptions = {}): fc.Arbitrary<PipelineDocument> {
  const maxNodes = options.maxNodes ?? 12;
  const nodes = fc
    .integer({ min: 0, max: maxNodes })
    .chain((count) => uniqueIds(count, 'n'))
    .chain((ids) => fc.tuple(...ids.map(nodeArbitrary)));
  return fc
    .record({
      title: textArbitrary(FORMAT_LIMITS.maxTitleLength),
      notes: fc.oneof(textArbitrary(400), fc.string({ unit: 'grapheme', maxLength: 2000 }).map((text) => text.slice(0, FORMAT_LIMITS.maxNotesLength))),
      needs: needsArbitrary,
      settings: settingsArbitrary,
      nodes,
      groups: groupsArbitrary,
      annotations: annotationsArbitrary,
    })
    .chain(({ nodes: built, ...rest }) =>
      edgesArbitrary(
        built.map((node) => node.id),
        built.length * 2,
      ).map((edges) => ({ format: FORMAT_NAME, version: FORMAT_VERSION, ...rest, nodes: built, edges })),
    );
}
