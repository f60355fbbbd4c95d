import { describe, expect, it } from 'vitest';
import { applyFix, eventSource, issuesOf, nodeById, pipeline, theIssue } from '../fixtures.testutil';
import type { Params } from '../../model/document';
import type { ServiceId } from '../../catalog/serviceIds';

const RULE = 'firehose-destination-mismatch';

const delivery = (params: Params, target: ServiceId = 's3') =>
  pipeline([eventSource('src', 100, 1000), { id: 'fh', service: 'firehose', params }, { id: 'dest', service: target, label: 'Store' }], ['src>fh>dest']);

describe(RULE, () => {
  it('fires when the destination is OpenSearch but the edge goes to S3, and its fix follows the edge', () => {
    const doc = delivery({ destination: 'opensearch' });
    const issue = theIssue(doc, RULE);
    expect(issue.severity).toBe('error');
    expect(issue.nodes).toEqual(['fh', 'dest']);
    expect(issue.message).toBe('Firehose is set to deliver to OpenSearch, but its edge goes to Store (S3).');
    const fixed = applyFix(doc, issue);
    expect(nodeById(fixed, 'fh').params.destination).toBe('s3');
    expect(issuesOf(fixed, RULE)).toEqual([]);
  });

  it('fires on Parquet conversion for a Redshift destination (conversion writes to S3 only)', () => {
    const issue = theIssue(delivery({ formatConversion: 'parquet' }, 'redshift'), RULE);
    expect(issue.message).toContain('delivers to Redshift; format conversion writes to S3 only');
    expect(issue.fix?.ops).toEqual([{ op: 'setParam', node: 'fh', key: 'formatConversion', value: 'none' }]);
  });

  it('stays quiet when the destination is unset (it follows the edge) or agrees with it', () => {
    expect(issuesOf(delivery({}, 'opensearch'), RULE)).toEqual([]);
    expect(issuesOf(delivery({ destination: 'opensearch' }, 'opensearch'), RULE)).toEqual([]);
    expect(issuesOf(delivery({ destination: 'http' }, 'lambda'), RULE)).toEqual([]);
    expect(issuesOf(delivery({ formatConversion: 'orc', destination: 's3' }), RULE)).toEqual([]);
  });

  it('Firehose → OpenSearch with an S3 backup of all records: one destination, no error at all', () => {
    const doc = delivery({ destination: 'opensearch', s3Backup: 'all' }, 'opensearch');
    expect(issuesOf(doc, RULE)).toEqual([]);
    expect(issuesOf(doc, 'firehose-multiple-consumers')).toEqual([]);
  });
});
