import { describe, expect, it } from 'vitest';
import type { Params } from '../../model/document';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-buffer-grey-zone';

const spot = (durationHours: number, deadlineHours: number, extra: Params = {}) =>
  trainingDesign({ purchase: 'spot', durationHours, deadlineHours, checkpointing: true, maxWaitHours: deadlineHours, ...extra });

describe(RULE, () => {
  it('fires at exactly 3x and exactly 4x: a warning on critical work', () => {
    const atThree = theIssue(spot(2, 6, { critical: true }), RULE);
    expect(atThree.severity).toBe('warning');
    expect(atThree.nodes).toEqual(['train']);
    expect(atThree.message).toBe('Retrain: 6 h ÷ 2 h = 3x buffer, in the 3–4x grey zone for Spot on critical work.');
    expect(theIssue(spot(2, 8, { critical: true }), RULE).message).toBe('Retrain: 8 h ÷ 2 h = 4x buffer, in the 3–4x grey zone for Spot on critical work.');
    expect(issuesOf(spot(0.8, 2.4), RULE)).toHaveLength(1);
  });

  it('only a tip when the work is not critical, consistent with the 2–3x tip below it', () => {
    const issue = theIssue(spot(8, 28), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.message).toBe('Retrain: 28 h ÷ 8 h = 3.5x buffer, in the 3–4x grey zone for Spot.');
  });

  it('stays quiet just above 4x and just below 3x', () => {
    expect(issuesOf(spot(2, 8.02), RULE)).toEqual([]);
    expect(issuesOf(spot(2, 5.98), RULE)).toEqual([]);
    expect(issuesOf(spot(2, 5.98), 'spot-buffer-too-small')).toHaveLength(1);
  });

  it('stays quiet On-Demand', () => {
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 2, deadlineHours: 7 }), RULE)).toEqual([]);
  });

  it('fix without checkpointing: enables it and caps max wait at the deadline; then offers On-Demand', () => {
    const doc = spot(2, 7, { checkpointing: false, maxWaitHours: 10 });
    const first = theIssue(doc, RULE);
    expect(first.fix?.label).toBe('Enable checkpointing and cap max wait at the deadline');
    const prepared = applyFix(doc, first);
    expect(nodeById(prepared, 'train').params).toMatchObject({ checkpointing: true, maxWaitHours: 7 });
    expect(issuesOf(prepared, 'spot-wait-past-deadline')).toEqual([]);
    expect(issuesOf(prepared, 'spot-no-checkpointing')).toEqual([]);

    const second = theIssue(prepared, RULE);
    expect(second.fix?.label).toBe('Switch to On-Demand');
    const onDemand = applyFix(prepared, second);
    expect(nodeById(onDemand, 'train').params.purchase).toBe('on-demand');
    expect(issuesOf(onDemand, RULE)).toEqual([]);
  });
});
