import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyFix, eventSource, issuesOf, pipeline, serviceEdges, theIssue, trainingDesign } from '../fixtures.testutil';

const RULE = 'no-source';

const sourceless = () => pipeline([{ id: 'kds', service: 'kinesis-data-streams' }, { id: 'a', service: 'lambda' }, { id: 'b', service: 'lambda' }], ['kds>a', 'kds>b']);

describe(RULE, () => {
  it('fires on ingestion with no source, naming the first ingestion node', () => {
    const issue = theIssue(sourceless(), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['kds']);
    expect(issue.message).toBe('The design ingests data but has no source, so every rate and ingestion cost is zero.');
    expect(analyze(sourceless()).derived.nodes.kds!.inputMBps).toBeUndefined();
  });

  it('stays quiet with a source, or without ingestion', () => {
    const withSource = pipeline([eventSource('src', 10, 100), { id: 'fh', service: 'firehose' }, { id: 'lake', service: 's3' }], ['src>fh>lake']);
    expect(issuesOf(withSource, RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({}), RULE)).toEqual([]);
  });

  it('fix: adds producers in front of the stream', () => {
    const doc = sourceless();
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(serviceEdges(fixed)).toEqual(['kinesis-data-streams>lambda', 'kinesis-data-streams>lambda', 'source>kinesis-data-streams']);
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(analyze(fixed).derived.nodes.kds!.inputMBps).toBeGreaterThan(0);
  });
});
