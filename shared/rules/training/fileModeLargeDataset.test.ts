import { describe, expect, it } from 'vitest';
import { applyFix, cents, costLineOf, issuesOf, nodeById, pipeline, theIssue, trainingDesign } from '../fixtures.testutil';
import { analyze } from '../../analysis/analyze';

const RULE = 'file-mode-large-dataset';

const images = (datasetGb: number, inputMode = 'file') => trainingDesign({ datasetGb, inputMode, dataFormat: 'images', instanceType: 'ml.p3.2xlarge', durationHours: 6, runsPerMonth: 4 });

describe(RULE, () => {
  it('fires on a 500 GB image data set downloaded in File mode, naming the job and the billed wait', () => {
    const issue = theIssue(images(500), RULE);
    expect(issue.severity).toBe('warning');
    expect(issue.nodes).toEqual(['train']);
    expect(issue.message).toBe('Retrain downloads its 500 GB data set in File mode before each run starts (≈50 min billed per instance); FastFile mode streams it instead, or mount it from FSx for Lustre.');
    expect(issue.fix?.label).toBe('Switch to FastFile mode');
  });

  it('fires from 100 GB and stays quiet below it, or when the size is not given', () => {
    expect(issuesOf(images(100), RULE)).toHaveLength(1);
    expect(issuesOf(images(99.9), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ inputMode: 'file' }), RULE)).toEqual([]);
  });

  it('stays quiet in FastFile or Pipe mode', () => {
    expect(issuesOf(images(500, 'fast-file'), RULE)).toEqual([]);
    expect(issuesOf(trainingDesign({ datasetGb: 500, inputMode: 'pipe', dataFormat: 'recordio-protobuf' }), RULE)).toEqual([]);
  });

  it('stays quiet when the job mounts FSx for Lustre or EFS (nothing is downloaded)', () => {
    for (const store of ['fsx-lustre', 'efs'] as const) {
      const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'fs', service: store }, { id: 'train', service: 'sagemaker-training', params: { datasetGb: 500 } }], ['lake>fs>train']);
      expect(issuesOf(doc, RULE)).toEqual([]);
      expect(issuesOf(doc, 'invalid-connection')).toEqual([]);
    }
  });

  it('fix: FastFile mode, which removes the billed download from the cost sheet', () => {
    const doc = images(500);
    const download = costLineOf(doc, 'train', 'File mode download');
    // 500 GB ÷ 600 GB/h = 0.8333 h × 4 runs × $3.825 (ml.p3.2xlarge, On-Demand) = $12.75
    expect(cents(download.amount)).toBe(12.75);
    const fixed = applyFix(doc, theIssue(doc, RULE));
    expect(nodeById(fixed, 'train').params.inputMode).toBe('fast-file');
    expect(issuesOf(fixed, RULE)).toEqual([]);
    expect(analyze(fixed).cost.lines.filter((line) => line.item === 'File mode download')).toEqual([]);
    expect(cents(analyze(doc).cost.total - analyze(fixed).cost.total)).toBe(12.75);
  });

  it('fix: Pipe mode for RecordIO-protobuf, the format built to stream', () => {
    const doc = trainingDesign({ datasetGb: 300, dataFormat: 'recordio-protobuf' });
    const issue = theIssue(doc, RULE);
    expect(issue.message).toContain('Pipe mode streams its RecordIO-protobuf records');
    expect(nodeById(applyFix(doc, issue), 'train').params.inputMode).toBe('pipe');
  });
});
