import { describe, expect, it } from 'vitest';
import { applyOps } from '../model/applyOps';
import type { PipelineDocument } from '../model/document';
import { scenarioById } from '../scenarios/index';
import { diffDocuments } from './diffDocuments';

const q1 = scenarioById('seed-q1')!;
const optionB = q1.options.find((o) => o.key === 'B')!.document;
const optionC = q1.options.find((o) => o.key === 'C')!.document;

describe('diffDocuments', () => {
  it('finds nodes added and removed, edges, issues resolved and the cost difference (Q1 B → C)', () => {
    const diff = diffDocuments(optionB, optionC);
    expect(diff.added.map((n) => n.id)).toEqual(['fh']);
    expect(diff.removed.map((n) => n.id)).toEqual(['kds', 'fwd']);
    expect(diff.edgesAdded.map((e) => `${e.source}>${e.target}`)).toEqual(['src>fh', 'fh>s3']);
    expect(diff.edgesRemoved.map((e) => `${e.source}>${e.target}`)).toEqual(['src>kds', 'kds>fwd', 'fwd>s3']);
    expect(diff.issuesResolved.map((i) => i.rule)).toEqual(['kds-single-consumer']);
    expect(diff.issuesIntroduced).toEqual([]);
    expect(diff.totalBefore).toBeCloseTo(105.97, 2);
    expect(diff.totalAfter).toBeCloseTo(112.05, 2);
    expect(diff.cost.find((line) => line.node === 'fh')).toMatchObject({ before: 0, delta: expect.closeTo(42.34, 2) });
  });

  it('reports changed parameters, services and labels of the same node', () => {
    const after = applyOps(optionC, [
      { op: 'setParam', node: 'train', key: 'purchase', value: 'on-demand' },
      { op: 'replaceService', node: 'serve', service: 'elasticache' },
      { op: 'relabel', node: 'serve', label: 'Cache' },
    ]);
    const diff = diffDocuments(optionC, after);
    const training = diff.changed.find((c) => c.id === 'train')!;
    expect(training.params).toContainEqual({ key: 'purchase', before: 'spot', after: 'on-demand' });
    const serving = diff.changed.find((c) => c.id === 'serve')!;
    expect(serving).toMatchObject({ serviceBefore: 'dynamodb', serviceAfter: 'elasticache', labelBefore: 'Risk scores', label: 'Cache' });
    expect(diff.issuesIntroduced.map((i) => i.rule).sort()).toEqual(['on-demand-could-be-spot', 'serving-overkill']);
    expect(diff.totalAfter - diff.totalBefore).toBeGreaterThan(100);
  });

  it('finds nothing between a design and itself', () => {
    const diff = diffDocuments(optionC, structuredClone(optionC));
    expect([diff.added, diff.removed, diff.changed, diff.edgesAdded, diff.edgesRemoved, diff.cost, diff.issuesResolved, diff.issuesIntroduced]).toEqual([[], [], [], [], [], [], [], []]);
  });

  describe('designs whose ids differ (drawn again by hand)', () => {
    /** The same design with hand-made ids ("firehose-1") in another order, moved a little. */
    function redrawn(doc: PipelineDocument): PipelineDocument {
      const counts = new Map<string, number>();
      const ids = new Map<string, string>();
      for (const node of doc.nodes) {
        const k = (counts.get(node.service) ?? 0) + 1;
        counts.set(node.service, k);
        ids.set(node.id, `${node.service}-${k}`);
      }
      const nodes = [...doc.nodes].reverse().map((n) => ({ ...n, id: ids.get(n.id)!, position: { x: n.position.x + 13, y: n.position.y - 7 } }));
      const edges = doc.edges.map((e, k) => ({ id: `edge-${k + 1}`, source: ids.get(e.source)!, target: ids.get(e.target)! }));
      return { ...doc, nodes, edges };
    }

    it('finds nothing between a design and the same design with other ids', () => {
      for (const option of [...q1.options, ...scenarioById('seed-q2')!.options]) {
        const diff = diffDocuments(option.document, redrawn(option.document));
        expect([diff.added, diff.removed, diff.changed, diff.edgesAdded, diff.edgesRemoved, diff.cost, diff.issuesResolved, diff.issuesIntroduced]).toEqual([[], [], [], [], [], [], [], []]);
      }
    });

    it('lists the one real difference, under both ids', () => {
      const after = redrawn(optionC);
      const firehose = after.nodes.find((n) => n.service === 'firehose')!;
      const changedAfter = applyOps(after, [{ op: 'setParam', node: firehose.id, key: 'bufferSeconds', value: 60 }]);
      const diff = diffDocuments(optionC, changedAfter);
      expect([diff.added, diff.removed, diff.edgesAdded, diff.edgesRemoved]).toEqual([[], [], [], []]);
      expect(diff.changed).toEqual([{ id: 'firehose-1', beforeId: 'fh', label: 'Hospital feed', params: [{ key: 'bufferSeconds', before: 300, after: 60 }] }]);
    });

    it('matches a relabelled node by its neighbourhood, and a removed one is removed', () => {
      const after = applyOps(redrawn(optionB), [{ op: 'relabel', node: 'lambda-1', label: 'Forwarder' }]);
      const diff = diffDocuments(optionB, after);
      expect(diff.changed).toEqual([{ id: 'lambda-1', beforeId: 'fwd', label: 'Forwarder', labelBefore: optionB.nodes.find((n) => n.id === 'fwd')!.label, params: [] }]);
      const withoutServing = applyOps(redrawn(optionB), [{ op: 'removeNode', node: 'dynamodb-1' }]);
      const removal = diffDocuments(optionB, withoutServing);
      expect(removal.removed.map((n) => n.id)).toEqual(['serve']);
      expect(removal.edgesRemoved.map((e) => `${e.source}>${e.target}`)).toEqual(['train>serve']);
      expect(removal.added).toEqual([]);
    });
  });
});
