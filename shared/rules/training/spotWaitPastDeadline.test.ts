import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-wait-past-deadline';

const spot = (maxWaitHours: number) => trainingDesign({ purchase: 'spot', durationHours: 0.75, deadlineHours: 2, maxWaitHours, checkpointing: true });

describe(RULE, () => {
  it('fires when max wait runs past the deadline (Q3 option C)', () => {
    const issue = theIssue(spot(4), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain may wait up to 4 h, past its 2 h deadline.');
  });

  it('stays quiet when max wait equals the deadline', () => {
    expect(issuesOf(spot(2), RULE)).toEqual([]);
    expect(issuesOf(spot(2.01), RULE)).toHaveLength(1);
  });

  it('fix: max wait set to the deadline', () => {
    const doc = spot(4);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.maxWaitHours).toBe(2);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix with a deadline shorter than the job: capping max wait would break SageMaker’s max_wait ≥ training time, so On-Demand', () => {
    const doc = trainingDesign({ purchase: 'spot', durationHours: 6, deadlineHours: 4, maxWaitHours: 8, checkpointing: true });
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Switch to On-Demand');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'train').params.purchase).toBe('on-demand');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'spot-max-wait')).toEqual([]);
  });
});
