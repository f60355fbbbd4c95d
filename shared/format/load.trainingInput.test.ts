import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { parseDocument } from './load';

/** A version-2 file written before training jobs had input modes and Feature Store existed. */
const BEFORE_INPUT_MODES = JSON.stringify({
  format: 'pipeboard',
  version: 2,
  title: 'Weekly retrain',
  nodes: [
    { id: 'lake', service: 's3', label: 'Data lake', position: { x: 0, y: 0 }, params: { storedGb: 500 } },
    { id: 'train', service: 'sagemaker-training', label: 'Retrain', position: { x: 260, y: 0 }, params: { purchase: 'spot', durationHours: 6, deadlineHours: 72, maxWaitHours: 72, runsPerMonth: 4.35 } },
  ],
  edges: [{ id: 'lake-train', source: 'lake', target: 'train' }],
});

describe('a version-2 file without the training input parameters', () => {
  it('loads with File mode and CSV, no data set size, and prices as before (no download line)', () => {
    const result = parseDocument(BEFORE_INPUT_MODES);
    if (!result.ok) throw new Error(`the file should load: ${result.message}`);
    const train = result.document.nodes.find((node) => node.id === 'train')!;
    expect(train.params).toMatchObject({ inputMode: 'file', dataFormat: 'csv' });
    expect(train.params).not.toHaveProperty('datasetGb');
    const analysis = analyze(result.document);
    expect(analysis.cost.lines.map((line) => line.item)).toEqual(['Storage (Standard)', 'Managed Spot training']);
    expect(analysis.issues.map((issue) => issue.rule)).not.toContain('file-mode-large-dataset');
  });
});
