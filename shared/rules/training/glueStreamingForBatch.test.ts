import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'glue-streaming-for-batch';

/** Stream → streaming Glue → S3 → a consumer that needs data within `target` seconds (none when undefined). */
const streaming = (target: number | undefined) =>
  pipeline(
    [
      eventSource('src', 500, 1000),
      { id: 'kds', service: 'kinesis-data-streams' },
      { id: 'etl', service: 'glue-etl', label: 'Sessionise', params: { jobType: 'streaming', dpus: 2 } },
      { id: 'lake', service: 's3' },
      { id: 'job', service: 'sagemaker-processing', label: 'Report', params: target === undefined ? {} : { latencyTargetSeconds: target } },
    ],
    ['src>kds>etl>lake>job'],
  );

describe(RULE, () => {
  it('fires on a streaming job whose data is needed only daily, with its monthly cost, and no one-step fix while a stream feeds it', () => {
    const issue = theIssue(streaming(86_400), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['etl']);
    // 2 DPUs × 730 h × $0.44
    expect(issue.message).toBe('Sessionise streams all month ($642.40 a month), but the tightest freshness target downstream is 24 h: deliver the records to S3 (Firehose) and run a scheduled batch job over them.');
    expect(issue.fix).toBeUndefined();
  });

  it('fires when nothing downstream sets a target; without a stream feeding it the fix makes it a batch job', () => {
    expect(theIssue(streaming(undefined), RULE).message).toContain('nothing downstream sets a freshness target');
    const files = pipeline([{ id: 'lake', service: 's3' }, { id: 'etl', service: 'glue-etl', params: { jobType: 'streaming' } }, { id: 'out', service: 's3' }], ['lake>etl>out']);
    const fixed = applyFix(files, theIssue(files, RULE));
    expect(nodeById(fixed, 'etl').params.jobType).toBe('batch');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet when something downstream needs data within minutes, and on batch jobs', () => {
    expect(issuesOf(streaming(300), RULE)).toEqual([]);
    expect(issuesOf(streaming(3599), RULE)).toEqual([]);
    expect(issuesOf(pipeline([{ id: 'lake', service: 's3' }, { id: 'etl', service: 'glue-etl' }], ['lake>etl']), RULE)).toEqual([]);
  });
});
