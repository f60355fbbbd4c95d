import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'glue-job-type-mismatch';

const fromStream = (jobType: 'batch' | 'streaming') =>
  pipeline([eventSource('src', 500, 1000), { id: 'kds', service: 'kinesis-data-streams', label: 'Orders' }, { id: 'etl', service: 'glue-etl', label: 'Enrich', params: { jobType } }, { id: 'out', service: 's3' }], ['src>kds>etl>out']);

const fromLake = (jobType: 'batch' | 'streaming') =>
  pipeline([{ id: 'lake', service: 's3' }, { id: 'etl', service: 'glue-etl', label: 'Enrich', params: { jobType } }, { id: 'out', service: 's3' }], ['lake>etl>out']);

describe(RULE, () => {
  it('fires on a batch job reading a stream; the fix makes it a streaming job', () => {
    const doc = fromStream('batch');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['etl', 'kds']);
    expect(issue.message).toBe('Enrich is a batch job but reads the stream Orders: only a streaming Glue job consumes a stream.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'etl').params.jobType).toBe('streaming');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fires on a streaming job reading only files; the fix makes it a batch job', () => {
    const doc = fromLake('streaming');
    const issue = theIssue(doc, RULE);
    expect(issue.nodes).toEqual(['etl']);
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'etl').params.jobType).toBe('batch');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet when each job reads its kind of source', () => {
    expect(issuesOf(fromStream('streaming'), RULE)).toEqual([]);
    expect(issuesOf(fromLake('batch'), RULE)).toEqual([]);
  });
});
