import { describe, expect, it } from 'vitest';
import { applyOps } from '../../shared/model/applyOps';
import { scenarioById } from '../../shared/scenarios/index';
import { compareModel, formatDelta, formatParam } from './compareModel';

const q1 = scenarioById('seed-q1')!;
const option = (key: string) => q1.options.find((o) => o.key === key)!.document;

describe('compare model', () => {
  it('Q1 B → C: total $105.97 → $112.05, +$6.08, with the streams path removed and Firehose added', () => {
    const model = compareModel(option('B'), option('C'));
    expect(formatDelta(model.totalDelta)).toBe('+$6.08');
    expect(model.totalBefore).toBeCloseTo(105.97, 2);
    expect(model.totalAfter).toBeCloseTo(112.05, 2);
    expect([...model.before.diff!.entries()].filter(([, m]) => m === 'removed').map(([id]) => id).sort()).toEqual(['fwd', 'kds']);
    expect([...model.after.diff!.entries()].filter(([, m]) => m === 'added').map(([id]) => id)).toEqual(['fh']);
    expect(model.changes.filter((r) => r.kind === 'removed').map((r) => r.subject).sort()).toEqual(['Forward to S3', 'Kinesis Data Streams']);
    expect(model.changes.filter((r) => r.kind === 'added').map((r) => `${r.subject} (${r.service})`)).toEqual(['Hospital feed (Firehose)']);
    expect(model.changes.filter((r) => r.kind === 'connected').map((r) => r.subject).sort()).toEqual(['500 hospitals → Hospital feed', 'Hospital feed → Training data']);
    // The warning B had is gone in C.
    expect([...model.fixed].map((i) => i.rule)).toEqual(['kds-single-consumer']);
    expect(model.introduced.size).toBe(0);
    expect(model.identical).toBe(false);
  });

  it('lists changed parameters with their labels and units, and marks the node changed on both sides', () => {
    const after = applyOps(option('C'), [{ op: 'setParam', node: 'fh', key: 'bufferSeconds', value: 60 }]);
    const model = compareModel(option('C'), after);
    expect(model.changes).toEqual([{ kind: 'changed', subject: 'Hospital feed', service: 'Firehose', details: [expect.stringMatching(/: 300 s → 60 s$/)] }]);
    expect(model.before.diff!.get('fh')).toBe('changed');
    expect(model.after.diff!.get('fh')).toBe('changed');
  });

  it('has a cost row per node whose cost differs, with its status', () => {
    const model = compareModel(option('C'), option('A'));
    const byNode = Object.fromEntries(model.cost.map((row) => [row.node, row]));
    expect(byNode['msk']).toMatchObject({ status: 'added', before: 0 });
    expect(byNode['fh']).toMatchObject({ status: 'removed', after: 0 });
    const sum = model.cost.reduce((total, row) => total + row.delta, 0);
    expect(sum).toBeCloseTo(model.totalDelta, 1);
  });

  it('says when two designs are the same', () => {
    const model = compareModel(option('C'), structuredClone(option('C')));
    expect(model.identical).toBe(true);
    expect(model.cost).toEqual([]);
    expect(formatDelta(model.totalDelta)).toBe('$0.00');
  });

  it('reports changed needs', () => {
    const before = option('C');
    const after = { ...before, needs: { ...before.needs, replayHours: 72, budgetPerMonth: 300 } };
    expect(compareModel(before, after).changes.filter((r) => r.kind === 'needs').map((r) => `${r.subject}: ${r.details[0]}`)).toEqual([
      'Replay window: none → 72 h',
      'Budget per month: $500.00 → $300.00',
    ]);
  });

  it('formats deltas and parameter values', () => {
    expect(formatDelta(7.249999999)).toBe('+$7.25');
    expect(formatDelta(-3.1)).toBe('-$3.10');
    expect(formatDelta(0.004)).toBe('$0.00');
    expect(formatParam('firehose', 'bufferSeconds', 300)).toBe('300 s');
    expect(formatParam('sagemaker-training', 'checkpointing', true)).toBe('yes');
    expect(formatParam('sagemaker-training', 'purchase', 'spot')).toBe('spot');
    expect(formatParam('firehose', 'bufferSeconds', undefined)).toMatch(/^default \(\d+ s\)$/);
  });
});
