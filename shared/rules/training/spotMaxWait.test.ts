import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-max-wait';

const spot = (durationHours: number, maxWaitHours: number, deadlineHours = 72) =>
  trainingDesign({ purchase: 'spot', durationHours, deadlineHours, maxWaitHours, checkpointing: true });

describe(RULE, () => {
  it('fires when max wait is shorter than the training time', () => {
    const issue = theIssue(spot(6, 5), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain: max wait 5 h is shorter than the 6 h training time.');
  });

  it('stays quiet when max wait equals the training time, or is unset', () => {
    expect(issuesOf(spot(6, 6), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ purchase: 'spot', durationHours: 6, deadlineHours: 72 }), RULE)).toEqual([]);
  });

  it('fix: max wait set to the deadline, which clears the wait-past-deadline rule too', () => {
    const doc = spot(6, 5);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.maxWaitHours).toBe(72);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'spot-wait-past-deadline')).toEqual([]);
  });

  it('fix with a deadline shorter than the job: no max wait fits both, so On-Demand', () => {
    const doc = spot(6, 5, 4);
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Switch to On-Demand');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'train').params.purchase).toBe('on-demand');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'spot-wait-past-deadline')).toEqual([]);
  });
});
