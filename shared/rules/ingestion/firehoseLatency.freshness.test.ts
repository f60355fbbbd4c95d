import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, pipeline, theIssue } from '../fixtures.testutil';

const RULE = 'firehose-latency';

/** Firehose → S3 → training → `serving` → a client needing data within `target` seconds. */
function behindTraining(serving: 'sagemaker-endpoint' | 'dynamodb', target: number, bufferSeconds = 300) {
  return pipeline(
    [
      eventSource('src', 100, 1000),
      { id: 'fh', service: 'firehose', label: 'Feed', params: { bufferSeconds } },
      { id: 'lake', service: 's3' },
      { id: 'train', service: 'sagemaker-training', label: 'Weekly retrain', params: { runsPerMonth: 4.35 } },
      { id: 'serve', service: serving },
      { id: 'app', service: 'client', label: 'Checkout', params: { latencyTargetSeconds: target } },
    ],
    ['src>fh>lake>train>serve>app'],
  );
}

describe(`${RULE} follows data, not models (issue #11, item 4)`, () => {
  it('stays quiet for a freshness target after a model: the endpoint answers from the request', () => {
    expect(issuesOf(behindTraining('sagemaker-endpoint', 30), RULE)).toEqual([]);
  });

  it('stays quiet when a weekly training job, not Firehose, breaks the target', () => {
    expect(issuesOf(behindTraining('dynamodb', 60), RULE)).toEqual([]);
    expect(theIssue(behindTraining('dynamodb', 60), 'freshness-through-batch').nodes).toEqual(['app', 'train']);
  });

  it('lowering the Firehose buffer does not make a client behind weekly training pass', () => {
    const doc = behindTraining('dynamodb', 60, 60);
    const issue = theIssue(doc, 'freshness-through-batch');
    expect(issue.message).toContain('Weekly retrain');
    expect(issuesOf(doc, RULE)).toEqual([]);
  });

  it('still fires when Firehose is the dominant delay, and its fix clears it', () => {
    const doc = pipeline(
      [eventSource('src', 100, 1000), { id: 'fh', service: 'firehose', label: 'Feed', params: { bufferSeconds: 300 } }, { id: 'lake', service: 's3' }, { id: 'fn', service: 'lambda', params: { latencyTargetSeconds: 120 } }],
      ['src>fh>lake>fn'],
    );
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });
});
