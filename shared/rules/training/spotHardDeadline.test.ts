import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-hard-deadline';

const spot = (deadlineHours: number, critical = true) => trainingDesign({ purchase: 'spot', durationHours: 0.5, deadlineHours, critical, checkpointing: true });

describe(RULE, () => {
  it('fires when the deadline is under 4 hours away', () => {
    const issue = theIssue(spot(3.5), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain must finish within 3.5 h, under the 4 h that Spot needs to be safe.');
  });

  it('stays quiet at exactly 4 hours', () => {
    expect(issuesOf(spot(4), RULE)).toEqual([]);
    expect(issuesOf(spot(3.99), RULE)).toHaveLength(1);
  });

  it('stays quiet when the work is not critical: its deadline can slip, and the buffer rules speak for the risk', () => {
    expect(issuesOf(spot(3.5, false), RULE)).toEqual([]);
    // 1 h of training against 2.5 h: a 2.5x tip from the buffer rule, and no "switch to On-Demand" warning beside it.
    const flexible = trainingDesign({ purchase: 'spot', durationHours: 1, deadlineHours: 2.5, checkpointing: true });
    expect(issuesOf(flexible, RULE)).toEqual([]);
    expect(issuesOf(flexible, 'spot-buffer-too-small').map((issue) => issue.severity)).toEqual(['tip']);
  });

  it('stays quiet when the run cannot meet the deadline at all', () => {
    expect(issuesOf(trainingDesign({ purchase: 'spot', durationHours: 6, deadlineHours: 2, critical: true }), RULE)).toEqual([]);
  });

  it('stays quiet On-Demand', () => {
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 0.5, deadlineHours: 2 }), RULE)).toEqual([]);
  });

  it('fix: switches to On-Demand', () => {
    const doc = spot(3.5);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.purchase).toBe('on-demand');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
