import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../analysis/context';
import { SERVICE_IDS } from '../catalog/index';
import { documentArbitrary } from '../format/documentArbitrary.testutil';
import type { PipelineDocument } from '../model/document';
import { EXAMPLES, SCENARIOS } from '../scenarios/index';
import { nodesOfAny } from './helpers';
import { RULES } from './registry';

const corpus: PipelineDocument[] = [...EXAMPLES.map((example) => example.document), ...SCENARIOS.flatMap((scenario) => scenario.options.map((option) => option.document))];

/** The document with every node of these services (and the edges touching them) taken out. */
function without(document: PipelineDocument, services: readonly string[]): PipelineDocument {
  const nodes = document.nodes.filter((node) => !services.includes(node.service));
  const kept = new Set(nodes.map((node) => node.id));
  return { ...document, nodes, edges: document.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)) };
}

/** Every need switched on, so rules that wait for a need get to look at the nodes. */
function needingEverything(document: PipelineDocument): PipelineDocument {
  return { ...document, needs: { ...document.needs, replayHours: 48, kafkaEcosystem: true, exactlyOnce: true, requestTimeFeatures: true } };
}

describe('rules that declare their services', () => {
  const scoped = RULES.filter((rule) => rule.services !== undefined);

  it('are most of the rules, so the engine skips them on designs without their services', () => {
    expect(scoped.map((rule) => rule.id)).toEqual(expect.arrayContaining(['kds-under-provisioned', 'spot-buffer-too-small', 'firehose-latency', 'serving-overkill']));
  });

  it.each(scoped.map((rule) => [rule.id, rule] as const))('%s reports nothing once its services are taken out of any corpus design', (_id, rule) => {
    for (const document of corpus) {
      for (const variant of [document, needingEverything(document)]) expect(rule.check(createContext(without(variant, rule.services!)))).toEqual([]);
    }
  });

  it('include rules that fire on the corpus, so the check above is not about silent rules only', () => {
    const firing = scoped.filter((rule) => corpus.some((document) => rule.check(createContext(needingEverything(document))).length > 0));
    expect(firing.length).toBeGreaterThanOrEqual(scoped.length / 2);
  });
});

describe('the context index of nodes by service', () => {
  it('lists the same nodes, in document order, as a scan of the document', () => {
    fc.assert(
      fc.property(documentArbitrary({ maxNodes: 14 }), (document) => {
        const ctx = createContext(document);
        for (const service of SERVICE_IDS) {
          const scanned = document.nodes.flatMap((node, i) => (node.service === service ? [i] : []));
          expect(ctx.nodesOf(service)).toEqual(scanned);
          expect(ctx.hasService(service)).toBe(scanned.length > 0);
        }
        const pair = nodesOfAny(ctx, ['s3', 'source']);
        expect(pair).toEqual(document.nodes.flatMap((node, i) => (node.service === 's3' || node.service === 'source' ? [i] : [])));
      }),
      { numRuns: 200 },
    );
  });

  it('computes a shared value once per analysis', () => {
    const ctx = createContext(corpus[0]!);
    let runs = 0;
    const count = (): number => ++runs;
    expect(ctx.shared(count)).toBe(1);
    expect(ctx.shared(count)).toBe(1);
    expect(createContext(corpus[0]!).shared(count)).toBe(2);
  });
});
