import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-max-wait-no-headroom';

const spot = (durationHours: number, maxWaitHours: number, deadlineHours = 72) =>
  trainingDesign({ purchase: 'spot', durationHours, deadlineHours, maxWaitHours, checkpointing: true });

describe(RULE, () => {
  it('fires when max wait equals the training time: valid for SageMaker, but one interruption stops the job', () => {
    const issue = theIssue(spot(6, 6), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain: max wait 6 h equals the 6 h training time, no room for a single interruption (it needs at least 9 h).');
    // Before this rule, the same design had no issue at all.
    expect(analyze(spot(6, 6)).issues.map((i) => i.rule)).toEqual([RULE]);
  });

  it('fires just under 1.5x the training time, naming the slack', () => {
    expect(theIssue(spot(6, 8.99), RULE).message).toBe('Retrain: max wait 8.99 h is only 2.99 h above the 6 h training time, no room for a single interruption (it needs at least 9 h).');
    expect(theIssue(spot(0.5, 0.6), RULE).message).toContain('max wait 36 min is only 6 min above the 30 min training time');
  });

  it('stays quiet from 1.5x up (floating point included), without max wait, and On-Demand', () => {
    expect(issuesOf(spot(6, 9), RULE)).toEqual([]);
    expect(issuesOf(spot(0.1, 0.15), RULE)).toEqual([]);
    expect(issuesOf(spot(6, 72), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ purchase: 'spot', durationHours: 6, deadlineHours: 72 }), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 6, deadlineHours: 72, maxWaitHours: 6 }), RULE)).toEqual([]);
  });

  it('leaves max wait below the training time to spot-max-wait', () => {
    expect(issuesOf(spot(6, 5), RULE)).toEqual([]);
    expect(issuesOf(spot(6, 5), 'spot-max-wait')).toHaveLength(1);
  });

  it('leaves a deadline under 1.5x the training time to the buffer rule: no max wait could fit both', () => {
    const tight = spot(6, 6, 8);
    expect(issuesOf(tight, RULE)).toEqual([]);
    expect(theIssue(tight, 'spot-buffer-too-small').severity).toBe('warning');
  });

  it('fix: max wait set to the deadline, which leaves the job clean', () => {
    const doc = spot(6, 6);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.maxWaitHours).toBe(72);
    expect(analyze(fixed).issues).toEqual([]);
  });

  it('fix at 2x the training time: max wait 12 h, which is also within the deadline', () => {
    const doc = spot(6, 7, 12);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.maxWaitHours).toBe(12);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'spot-wait-past-deadline')).toEqual([]);
  });
});
