import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyOps } from '../../model/applyOps';
import type { DocumentOp } from '../../model/ops';
import { issuesOf, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'deadline-impossible';

const job = (purchase: 'spot' | 'on-demand', durationHours: number, deadlineHours: number, critical = false) =>
  trainingDesign({ purchase, durationHours, deadlineHours, critical, checkpointing: true });

/** What "Switch to On-Demand" did to the issue's 6 h / 2 h Spot job. */
const switchToOnDemand: DocumentOp[] = [
  { op: 'setParam', node: 'train', key: 'purchase', value: 'on-demand' },
  { op: 'unsetParam', node: 'train', key: 'maxWaitHours' },
];

describe(RULE, () => {
  it('fires on a 6 h job with a 2 h deadline, on Spot and On-Demand alike, and says why there is no fix', () => {
    for (const purchase of ['spot', 'on-demand'] as const) {
      const issue = theIssue(job(purchase, 6, 2), RULE);
      expect(issue.severity, purchase).toBe('error');
      expect(issue.nodes).toEqual(['train']);
      expect(issue.message).toBe(
        'Retrain trains for 6 h but must be ready within 2 h: neither Spot nor On-Demand can meet that. Pipeboard cannot tell how much faster more or larger instances would make this job; shorten the job or move the deadline.',
      );
      expect(issue.fix).toBeUndefined();
    }
  });

  it('the issue’s case: switching the 6 h / 2 h Spot job to On-Demand no longer yields "No issues"', () => {
    const spot = job('spot', 6, 2);
    // The Spot buffer warnings used to be all there was, each offering "Switch to On-Demand".
    expect(analyze(spot).issues.map((issue) => [issue.rule, issue.severity])).toEqual([[RULE, 'error']]);
    const onDemand = applyOps(spot, switchToOnDemand);
    expect(analyze(onDemand).issues.map((issue) => [issue.rule, issue.severity])).toEqual([[RULE, 'error']]);
    // Whatever fix is offered on either design, the deadline stays impossible.
    for (const doc of [spot, onDemand]) {
      for (const issue of analyze(doc).issues.filter((i) => i.fix)) {
        expect(issuesOf(applyOps(doc, issue.fix!.ops), RULE), issue.rule).toHaveLength(1);
      }
    }
  });

  it('critical work too, and minutes are named as minutes', () => {
    expect(theIssue(job('on-demand', 0.75, 0.5, true), RULE).message).toContain('trains for 45 min but must be ready within 30 min');
  });

  it('stays quiet when the run fits the deadline, even exactly', () => {
    expect(issuesOf(job('on-demand', 6, 6), RULE)).toEqual([]);
    expect(issuesOf(job('spot', 6, 72), RULE)).toEqual([]);
    expect(issuesOf(job('on-demand', 6.01, 6), RULE)).toHaveLength(1);
  });
});
