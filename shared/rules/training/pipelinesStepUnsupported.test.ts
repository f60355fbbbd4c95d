import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'pipelines-step-unsupported';

const retraining = (orchestrator: 'sagemaker-pipelines' | 'step-functions', prep: 'glue-etl' | 'sagemaker-processing') =>
  pipeline(
    [
      { id: 'raw', service: 's3' },
      { id: 'prep', service: prep, label: 'Prepare' },
      { id: 'clean', service: 's3' },
      { id: 'train', service: 'sagemaker-training', label: 'Retrain' },
      { id: 'flow', service: orchestrator, label: 'Weekly retraining' },
    ],
    ['raw>prep>clean>train', 'flow>prep', 'flow>train'],
  );

describe(RULE, () => {
  it('fires when Pipelines runs a Glue job, naming it; the fix orchestrates with Step Functions', () => {
    const doc = retraining('sagemaker-pipelines', 'glue-etl');
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['flow', 'prep']);
    expect(issue.message).toBe('Weekly retraining has no step type for Prepare (Glue ETL): each needs a Lambda or callback step you write and run.');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'flow').service).toBe('step-functions');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(issuesOf(fixed, 'invalid-connection')).toEqual([]);
  });

  it('stays quiet when Pipelines runs SageMaker jobs, and for Step Functions', () => {
    expect(issuesOf(retraining('sagemaker-pipelines', 'sagemaker-processing'), RULE)).toEqual([]);
    expect(issuesOf(retraining('step-functions', 'glue-etl'), RULE)).toEqual([]);
  });
});
