import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentArbitrary } from '../format/documentArbitrary.testutil';
import { applyOps } from '../model/applyOps';
import type { PipelineDocument } from '../model/document';
import { analyze } from './analyze';
import type { Issue } from './types';

const RUNS = { numRuns: 300 };
const documents = documentArbitrary({ maxNodes: 14 });

/** Freezes a value and everything it holds, so any write throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The result as plain data (lazy texts included), as an exporter or IPC would see it. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/**
 * The generated documents are valid files; analysis must also survive what a half-edited
 * document can hold: edges to missing nodes, duplicate edges, self-loops.
 */
const rougherDocuments = fc
  .tuple(documents, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }))
  .map(([document, extra]): PipelineDocument => {
    const ids = document.nodes.map((node) => node.id);
    const edges = [...document.edges];
    extra.forEach(([a, b, dangling], k) => {
      const source = ids.length > 0 ? ids[a % ids.length]! : 'nowhere';
      const target = dangling || ids.length === 0 ? `missing-${k}` : ids[b % ids.length]!;
      edges.push({ id: `extra-${k}`, source, target });
    });
    return { ...document, edges };
  });

describe('analyze on generated documents', () => {
  it('never throws, is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(rougherDocuments, (document) => {
        const before = structuredClone(document);
        const first = analyze(deepFreeze(document));
        const second = analyze(document);
        expect(document).toEqual(before);
        expect(second).toEqual(first);
        expect(plain(second)).toEqual(plain(first));
      }),
      RUNS,
    );
  });

  it('gives results that structured-clone without throwing and serialise to JSON with every text', () => {
    // Formula, headline and edge label are lazy getters, so only JSON (toJSON) carries them across.
    fc.assert(
      fc.property(documents, (document) => {
        const result = analyze(document);
        expect(() => structuredClone(result)).not.toThrow();
        const json = JSON.parse(JSON.stringify(result)) as typeof result;
        expect(json.cost.lines.map((line) => line.formula)).toEqual(result.cost.lines.map((line) => line.formula));
        for (const [id, figures] of Object.entries(result.derived.nodes)) expect(json.derived.nodes[id]!.headline).toBe(figures.headline);
        for (const [id, flow] of Object.entries(result.derived.edges)) expect(json.derived.edges[id]!.label).toBe(flow.label);
      }),
      { numRuns: 100 },
    );
  });

  it('total is the sum of the line amounts, and of the per-node totals', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const { cost } = analyze(document);
        const lines = cost.lines.reduce((sum, line) => sum + line.amount, 0);
        const nodes = Object.values(cost.byNode).reduce((sum, amount) => sum + amount, 0);
        const tolerance = 1e-9 * Math.max(1, Math.abs(cost.total));
        expect(Number.isFinite(cost.total)).toBe(true);
        expect(Math.abs(cost.total - lines)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(cost.total - nodes)).toBeLessThanOrEqual(tolerance);
        for (const line of cost.lines) {
          expect(line.amount).toBeGreaterThanOrEqual(0);
          expect(line.formula.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('every issue names nodes and edges that exist', () => {
    fc.assert(
      fc.property(rougherDocuments, (document) => {
        const nodeIds = new Set(document.nodes.map((node) => node.id));
        const edgeIds = new Set(document.edges.map((edge) => edge.id));
        for (const issue of analyze(document).issues) {
          for (const node of issue.nodes) expect(nodeIds.has(node), `${issue.rule} names node ${node}`).toBe(true);
          for (const edge of issue.edges) expect(edgeIds.has(edge), `${issue.rule} names edge ${edge}`).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('issues come errors first, then warnings, then tips', () => {
    const rank = { error: 0, warning: 1, tip: 2 } as const;
    fc.assert(
      fc.property(documents, (document) => {
        const severities = analyze(document).issues.map((issue) => rank[issue.severity]);
        expect(severities).toEqual([...severities].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('every fix applies without throwing and leaves only edges between existing nodes', () => {
    fc.assert(
      fc.property(rougherDocuments, (document) => {
        for (const issue of analyze(document).issues) {
          if (!issue.fix) continue;
          const fixed = applyOps(document, issue.fix.ops);
          const ids = new Set(fixed.nodes.map((node) => node.id));
          expect(ids.size, `${issue.rule}: node ids stay unique`).toBe(fixed.nodes.length);
          for (const edge of fixed.edges) {
            expect(ids.has(edge.source) && ids.has(edge.target), `${issue.rule}: edge ${edge.id}`).toBe(true);
          }
          expect(() => analyze(fixed)).not.toThrow();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a fix clears the issue it was offered for', () => {
    const key = (issue: Issue) => `${issue.rule}|${issue.nodes.join(',')}|${issue.edges.join(',')}`;
    fc.assert(
      fc.property(documents, (document) => {
        for (const issue of analyze(document).issues) {
          // The grey zone's first fix prepares Spot (checkpoints, max wait) and leaves the choice open.
          if (!issue.fix || issue.rule === 'spot-buffer-grey-zone') continue;
          const after = analyze(applyOps(document, issue.fix.ops)).issues.map(key);
          expect(after, `${issue.rule}: ${issue.message}`).not.toContain(key(issue));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a fix never leaves more invalid connections than it found', () => {
    // Counted, not matched by id: bypassing a node re-draws its (possibly invalid) input edges under new ids.
    const invalidEdges = (document: PipelineDocument) => analyze(document).issues.filter((issue) => issue.rule === 'invalid-connection').length;
    fc.assert(
      fc.property(documents, (document) => {
        const before = invalidEdges(document);
        for (const issue of analyze(document).issues) {
          if (!issue.fix) continue;
          expect(invalidEdges(applyOps(document, issue.fix.ops)), `${issue.rule}: ${issue.message}`).toBeLessThanOrEqual(before);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('removing every edge the cycle rule reports leaves no cycle', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const loops = analyze(document).issues.filter((issue) => issue.rule === 'cycle');
        const fixed = applyOps(document, loops.flatMap((issue) => issue.fix!.ops));
        expect(analyze(fixed).issues.filter((issue) => issue.rule === 'cycle')).toEqual([]);
      }),
      RUNS,
    );
  });
});
