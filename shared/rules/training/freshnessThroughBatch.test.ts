import { describe, expect, it } from 'vitest';
import type { NodeSpec } from '../../model/builder';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, serviceEdges, theIssue } from '../fixtures.testutil';

const RULE = 'freshness-through-batch';

/** Firehose → S3 → weekly training → DynamoDB (batch scoring) → a client needing data within `target` s. */
function behindWeeklyTraining(target: number | undefined, bufferSeconds = 300) {
  return pipeline(
    [
      eventSource('src', 100, 1000),
      { id: 'fh', service: 'firehose', params: { bufferSeconds } },
      { id: 'lake', service: 's3' },
      { id: 'train', service: 'sagemaker-training', label: 'Weekly retrain', params: { runsPerMonth: 4.35, durationHours: 2 } },
      { id: 'table', service: 'dynamodb', label: 'Scores' },
      { id: 'app', service: 'client', label: 'Checkout', params: target === undefined ? {} : { latencyTargetSeconds: target } },
    ],
    ['src>fh>lake>train>table>app'],
  );
}

/** S3 → a Glue job run `runsPerMonth` times → S3 → a Lambda needing data within `target` s. */
function behindGlue(target: number, runsPerMonth: number, hoursPerRun = 0.25) {
  const nodes: NodeSpec[] = [
    { id: 'raw', service: 's3' },
    { id: 'job', service: 'glue-etl', label: 'Hourly features', params: { runsPerMonth, hoursPerRun } },
    { id: 'out', service: 's3' },
    { id: 'fn', service: 'lambda', label: 'Dashboard feed', params: { latencyTargetSeconds: target } },
  ];
  return pipeline(nodes, ['raw>job>out>fn']);
}

describe(RULE, () => {
  it('fires for a client needing 60 s freshness behind a weekly training job, naming the job and its period', () => {
    const issue = theIssue(behindWeeklyTraining(60), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['app', 'train']);
    expect(issue.message).toBe('Checkout needs data within 60 s, but Weekly retrain (SageMaker Training) runs weekly, so its output can be up to 7 d old.');
  });

  it('still fires after lowering the Firehose buffer: the training job is the cause', () => {
    expect(issuesOf(behindWeeklyTraining(60, 60), RULE)).toHaveLength(1);
    expect(issuesOf(behindWeeklyTraining(60, 60), 'firehose-latency')).toEqual([]);
  });

  it('stays quiet when the target allows the period, or there is none', () => {
    expect(issuesOf(behindWeeklyTraining(8 * 86_400), RULE)).toEqual([]);
    expect(issuesOf(behindWeeklyTraining(undefined), RULE)).toEqual([]);
  });

  it('never crosses a model edge: a client of an endpoint answers from the request', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training', params: { runsPerMonth: 1 } }, { id: 'ep', service: 'sagemaker-endpoint' }, { id: 'app', service: 'client', params: { latencyTargetSeconds: 1 } }],
      ['lake>train>ep>app'],
    );
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix for a client behind training with a target of seconds: serve it from a real-time endpoint', () => {
    const doc = behindWeeklyTraining(60);
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Serve it from a SageMaker real-time endpoint');
    const fixed = applyFix(doc, issue);
    expect(serviceEdges(fixed)).toContain('sagemaker-training>sagemaker-endpoint');
    expect(serviceEdges(fixed)).toContain('sagemaker-endpoint>client');
    expect(serviceEdges(fixed)).not.toContain('dynamodb>client');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fix for a target of hours: run the job often enough that period + one run fits the target', () => {
    // A daily training job (2 h per run), predictions needed within 6 h: every 4 h → 183 runs in 730 h.
    const doc = behindWeeklyTraining(6 * 3600);
    const issue = theIssue(doc, RULE);
    expect(issue.fix?.label).toBe('Run Weekly retrain 183 times a month (every 4 h)');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'train').params.runsPerMonth).toBe(183);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('a Glue job run hourly cannot feed a 1-minute target: replace it with a stream consumer', () => {
    const doc = behindGlue(60, 730);
    const issue = theIssue(doc, RULE);
    expect(issue.message).toBe('Dashboard feed needs data within 60 s, but Hourly features (Glue ETL) runs hourly, so its output can be up to 1 h old.');
    expect(issue.fix?.label).toBe('Replace Hourly features with Lambda on a stream');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'job').service).toBe('lambda');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('a job whose run alone exceeds the target gets no schedule fix', () => {
    // 3 h runs cannot give 2 h freshness however often they start.
    const issue = theIssue(behindGlue(2 * 3600, 30, 3), RULE);
    expect(issue.fix?.label).toBe('Replace Hourly features with Lambda on a stream');
  });

  it('says so when there is no one-step fix (a Lambda behind a training job)', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training', params: { runsPerMonth: 30 } }, { id: 'out', service: 's3' }, { id: 'fn', service: 'lambda', params: { latencyTargetSeconds: 10 } }],
      ['lake>train>out>fn'],
    );
    const issue = theIssue(doc, RULE);
    expect(issue.fix).toBeUndefined();
    expect(issue.message).toContain('No one-step fix');
  });

  it('does not double-report a batch job’s own run, which batch-for-real-time reports', () => {
    const doc = pipeline([{ id: 'raw', service: 's3' }, { id: 'job', service: 'glue-etl', params: { latencyTargetSeconds: 10, runsPerMonth: 730 } }, { id: 'out', service: 's3' }], ['raw>job>out']);
    expect(issuesOf(doc, RULE)).toEqual([]);
    expect(issuesOf(doc, 'batch-for-real-time')).toHaveLength(1);
  });
});
