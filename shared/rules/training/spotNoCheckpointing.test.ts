import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-no-checkpointing';

const spot = (durationHours: number, checkpointing: boolean) => trainingDesign({ purchase: 'spot', durationHours, deadlineHours: 48, checkpointing });

describe(RULE, () => {
  it('fires on an hour-long Spot job without checkpoints', () => {
    const issue = theIssue(spot(1, false), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain runs 1 h on Spot without checkpoints; an interruption restarts it from zero.');
  });

  it('stays quiet under an hour, with checkpoints, or On-Demand', () => {
    expect(issuesOf(spot(0.99, false), RULE)).toEqual([]);
    expect(issuesOf(spot(6, true), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 6, checkpointing: false }), RULE)).toEqual([]);
  });

  it('fix: enables checkpointing', () => {
    const doc = spot(6, false);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.checkpointing).toBe(true);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
