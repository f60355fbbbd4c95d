import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-short-job';

const spot = (durationHours: number) => trainingDesign({ purchase: 'spot', durationHours, deadlineHours: 24, checkpointing: true });

describe(RULE, () => {
  it('fires on a job under 30 minutes', () => {
    const issue = theIssue(spot(0.25), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain trains for 15 min; Spot saves little on jobs under 30 min.');
  });

  it('stays quiet at exactly 30 minutes', () => {
    expect(issuesOf(spot(0.5), RULE)).toEqual([]);
    expect(issuesOf(spot(0.49), RULE)).toHaveLength(1);
  });

  it('stays quiet On-Demand', () => {
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 0.25 }), RULE)).toEqual([]);
  });

  it('fix: switches to On-Demand', () => {
    const doc = spot(0.25);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.purchase).toBe('on-demand');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
