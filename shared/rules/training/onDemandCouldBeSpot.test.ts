import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { Params } from '../../model/document';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'on-demand-could-be-spot';

const weekly = (extra: Params = {}) =>
  trainingDesign({ purchase: 'on-demand', instanceType: 'ml.p3.2xlarge', durationHours: 6, runsPerMonth: 4.35, deadlineHours: 72, ...extra });

describe(RULE, () => {
  it('fires on flexible On-Demand training, naming the monthly saving', () => {
    const issue = theIssue(weekly(), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.nodes).toEqual(['train']);
    // 6 h × 4.35 runs × $3.825 = $99.83/month; 70% of it
    expect(issue.message).toBe('Retrain has a 12x buffer (72 h ÷ 6 h); Spot would save about $69.88/month.');
  });

  it('the saving follows the Spot discount', () => {
    expect(theIssue(weekly(), RULE).message).toContain('$69.88');
    const deeper = trainingDesign(
      { purchase: 'on-demand', instanceType: 'ml.p3.2xlarge', durationHours: 6, runsPerMonth: 4.35, deadlineHours: 72 },
      { settings: { spotDiscount: 0.9 } },
    );
    expect(theIssue(deeper, RULE).message).toContain('$89.85');
  });

  it('stays quiet at exactly 4x, fires just above', () => {
    expect(issuesOf(weekly({ deadlineHours: 24 }), RULE)).toEqual([]);
    expect(issuesOf(weekly({ deadlineHours: 24.06 }), RULE)).toHaveLength(1);
  });

  it('stays quiet on critical work, on Spot, and on jobs under 30 minutes', () => {
    expect(issuesOf(weekly({ critical: true }), RULE)).toEqual([]);
    expect(issuesOf(weekly({ purchase: 'spot' }), RULE)).toEqual([]);
    expect(issuesOf(weekly({ durationHours: 0.49, deadlineHours: 24 }), RULE)).toEqual([]);
    expect(issuesOf(weekly({ durationHours: 0.5, deadlineHours: 24 }), RULE)).toHaveLength(1);
  });

  it('fires on a non-critical job with a deadline under 4 h too: only a critical deadline is a hard one', () => {
    const short = weekly({ durationHours: 0.5, deadlineHours: 3 });
    expect(theIssue(short, RULE).message).toContain('has a 6x buffer (3 h ÷ 30 min)');
    const fixed = applyFix(short, theIssue(short, RULE));
    expect(analyze(fixed).issues).toEqual([]);
  });

  it('fix: Spot with checkpointing and max wait at the deadline, and no Spot rule objects', () => {
    const doc = weekly();
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params).toMatchObject({ purchase: 'spot', checkpointing: true, maxWaitHours: 72 });
    expect(analyze(fixed).issues).toEqual([]);
  });
});
