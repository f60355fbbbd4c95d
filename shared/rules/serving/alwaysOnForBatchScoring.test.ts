import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';
import type { Params } from '../../model/document';
import { api } from './inference.testutil';

const RULE = 'always-on-for-batch-scoring';

/** Nightly exports in S3 scored by an endpoint into S3, with an optional API calling it. */
const scoring = (params: Params, withApi = false) =>
  pipeline(
    [
      { id: 'exports', service: 's3', label: 'Nightly exports' },
      { id: 'train', service: 'sagemaker-training' },
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Churn scoring', params },
      { id: 'out', service: 's3', label: 'Scores' },
      ...(withApi ? [api(100)] : []),
    ],
    ['exports>train>ep', 'exports>ep>out', ...(withApi ? ['ep>api'] : [])],
  );

describe(RULE, () => {
  it('fires on a real-time endpoint that only scores S3 data; the fix switches to Batch Transform', () => {
    const doc = scoring({});
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['ep']);
    expect(issue.message).toBe('Churn scoring runs all month to score data from Nightly exports, but no application calls it.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'ep').params.inferenceMode).toBe('batch-transform');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('stays quiet when an API calls the endpoint, when it is Batch Transform, and when only a model feeds it', () => {
    expect(issuesOf(scoring({}, true), RULE)).toEqual([]);
    expect(issuesOf(scoring({ inferenceMode: 'batch-transform' }), RULE)).toEqual([]);
    const modelOnly = pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }], ['lake>train>ep']);
    expect(issuesOf(modelOnly, RULE)).toEqual([]);
  });
});
