import { describe, expect, it } from 'vitest';
import { applyFix, issuesOf, pipeline, serviceEdges, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'training-without-data';

describe(RULE, () => {
  it('fires on a training job with no input', () => {
    const doc = pipeline([{ id: 'train', service: 'sagemaker-training', label: 'Retrain' }, { id: 'db', service: 'dynamodb' }], ['train>db']);
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain has no input: connect the data it reads.');
  });

  it('fires on processing jobs too (Glue ETL, DataBrew, EMR, Processing)', () => {
    const doc = pipeline(
      [{ id: 'glue', service: 'glue-etl' }, { id: 'brew', service: 'glue-databrew' }, { id: 'emr', service: 'emr' }, { id: 'proc', service: 'sagemaker-processing' }, { id: 'out', service: 's3' }],
      ['glue>out', 'brew>out', 'emr>out', 'proc>out'],
    );
    expect(issuesOf(doc, RULE).map((issue) => issue.nodes)).toEqual([['glue'], ['brew'], ['emr'], ['proc']]);
  });

  it('an invalid edge is no input', () => {
    const doc = pipeline([{ id: 'api', service: 'api-gateway' }, { id: 'train', service: 'sagemaker-training' }], ['api>train']);
    expect(theIssue(doc, RULE).nodes).toEqual(['train']);
    expect(issuesOf(doc, 'invalid-connection')).toHaveLength(1);
  });

  it('stays quiet when S3 feeds it', () => {
    expect(issuesOf(trainingDesign({}), RULE)).toEqual([]);
  });

  it('fix: adds an S3 bucket feeding it', () => {
    const doc = pipeline([{ id: 'train', service: 'sagemaker-training' }, { id: 'db', service: 'dynamodb' }], ['train>db']);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['s3>sagemaker-training', 'sagemaker-training>dynamodb']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
