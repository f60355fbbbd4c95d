import { describe, expect, it } from 'vitest';
import { applyOps } from '../model/applyOps';
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
});
