import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'batch-for-real-time';

const job = (service: 'sagemaker-processing' | 'glue-etl' | 'glue-databrew' | 'emr', latencyTargetSeconds: number | undefined, hoursPerRun = 0.25) =>
  pipeline(
    [
      { id: 'lake', service: 's3' },
      { id: 'job', service, label: 'Sentiment job', params: { hoursPerRun, ...(latencyTargetSeconds === undefined ? {} : { latencyTargetSeconds }) } },
      { id: 'out', service: 's3' },
    ],
    ['lake>job>out'],
  );

describe(RULE, () => {
  it('fires when a batch job must deliver faster than one run', () => {
    const issue = theIssue(job('sagemaker-processing', 5), RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['job']);
    expect(issue.message).toBe('Sentiment job must deliver within 5 s, but one run takes 15 min.');
  });

  it('covers Glue ETL, DataBrew and EMR', () => {
    for (const service of ['glue-etl', 'glue-databrew', 'emr'] as const) {
      expect(theIssue(job(service, 60, 2), RULE).message, service).toBe('Sentiment job must deliver within 60 s, but one run takes 2 h.');
    }
  });

  it('stays quiet when the target equals one run, or there is none', () => {
    expect(issuesOf(job('sagemaker-processing', 900), RULE)).toEqual([]);
    expect(issuesOf(job('sagemaker-processing', 899), RULE)).toHaveLength(1);
    expect(issuesOf(job('sagemaker-processing', undefined), RULE)).toEqual([]);
  });

  it('never applies to training jobs (they have no freshness target)', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training', params: { latencyTargetSeconds: 1 } }], ['lake>train']);
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('fix: replaces the job with Lambda', () => {
    const doc = job('sagemaker-processing', 5);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'job').service).toBe('lambda');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
