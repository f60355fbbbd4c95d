import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { Params } from '../../model/document';
import { applyFix, issuesOf, nodeById, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'spot-buffer-too-small';

const spot = (durationHours: number, deadlineHours: number, extra: Params = {}) =>
  trainingDesign({ purchase: 'spot', durationHours, deadlineHours, checkpointing: true, ...extra });

describe(RULE, () => {
  it('45 min against a 2 h deadline on critical work: an error (2.67x)', () => {
    const doc = spot(0.75, 2, { critical: true });
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain: 2 h deadline ÷ 45 min training = 2.67x buffer, below 3x on critical work.');
    expect(analyze(doc).derived.nodes.train!.bufferRatio!.toFixed(2)).toBe('2.67');
  });

  it('the same job, not critical: only a tip (the notes put flexible 2–4x deadlines in Spot’s column)', () => {
    const issue = theIssue(spot(0.75, 2), RULE);
    expect(issue.severity).toBe('tip');
    expect(issue.message).toBe(
      'Retrain: 2 h deadline ÷ 45 min training = 2.67x buffer, below 3x: an interruption or two could miss the deadline, a risk work that is not critical can take.',
    );
    expect(issue.fix?.label).toBe('Switch to On-Demand');
  });

  it('not critical at 2x–3x: a tip, so nothing else warns either (no hard-deadline warning at 2.5 h)', () => {
    const doc = spot(1, 2.5, { maxWaitHours: 2.5 });
    expect(analyze(doc).issues.map((issue) => [issue.rule, issue.severity])).toEqual([[RULE, 'tip']]);
    expect(theIssue(spot(1, 2), RULE).severity).toBe('tip');
  });

  it('not critical below 2x: still a warning', () => {
    const issue = theIssue(spot(1, 1.99), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.message).toBe('Retrain: 1.99 h deadline ÷ 1 h training = 1.99x buffer, below 2x.');
  });

  it('critical from 2x to 3x: still an error', () => {
    expect(theIssue(spot(1, 2.5, { critical: true }), RULE).severity).toBe('error');
  });

  it('stays quiet when the run cannot meet the deadline at all: deadline-impossible says so, On-Demand would not help', () => {
    const doc = spot(6, 2);
    expect(issuesOf(doc, RULE)).toEqual([]);
    expect(issuesOf(doc, 'deadline-impossible')).toHaveLength(1);
  });

  it('stays quiet at exactly 3x, including ratios that floating point puts a hair below 3', () => {
    expect(issuesOf(spot(1, 3), RULE)).toEqual([]);
    // 2.4 / 0.8 and 0.3 / 0.1 are 2.9999999999999996 in floating point
    expect(issuesOf(spot(0.8, 2.4), RULE)).toEqual([]);
    expect(issuesOf(spot(0.1, 0.3), RULE)).toEqual([]);
    expect(issuesOf(spot(1, 2.99), RULE)).toHaveLength(1);
  });

  it('stays quiet On-Demand', () => {
    expect(issuesOf(trainingDesign({ purchase: 'on-demand', durationHours: 0.75, deadlineHours: 2, critical: true }), RULE)).toEqual([]);
  });

  it('fix: switches to On-Demand and drops max wait', () => {
    const doc = spot(0.75, 2, { critical: true, maxWaitHours: 2 });
    const fixed = applyFix(doc, theIssue(doc, RULE));
    const train = nodeById(fixed, 'train');
    expect(train.params.purchase).toBe('on-demand');
    expect(train.params).not.toHaveProperty('maxWaitHours');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
