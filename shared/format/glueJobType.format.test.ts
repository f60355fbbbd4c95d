import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { parseDocument } from './load';
import { serializeDocument } from './save';

/** A version-2 file written before Glue ETL had a job type: S3 → Glue (its four old parameters) → S3. */
const beforeJobType = JSON.stringify({
  format: 'pipeboard',
  version: 2,
  title: 'Nightly ETL',
  nodes: [
    { id: 'raw', service: 's3', label: 'Raw', position: { x: 0, y: 0 }, params: {} },
    { id: 'etl', service: 'glue-etl', label: 'Nightly ETL', position: { x: 240, y: 0 }, params: { dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 } },
    { id: 'out', service: 's3', label: 'Clean', position: { x: 480, y: 0 }, params: {} },
  ],
  edges: [
    { id: 'e1', source: 'raw', target: 'etl' },
    { id: 'e2', source: 'etl', target: 'out' },
  ],
});

describe('Glue ETL job type in version-2 files', () => {
  it('opens a file without jobType as the batch job it meant, priced and checked as before', () => {
    const loaded = parseDocument(beforeJobType);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const etl = loaded.document.nodes.find((node) => node.id === 'etl')!;
    expect(etl.params).toMatchObject({ jobType: 'batch', dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30, windowSeconds: 100 });
    const analysis = analyze(loaded.document);
    expect(analysis.cost.lines.filter((line) => line.node === 'etl').map((line) => [line.item, line.amount])).toEqual([['DPU-hours', 66]]);
    expect(analysis.issues).toEqual([]);
  });

  it('saves the job type and reads a streaming job back unchanged', () => {
    const loaded = parseDocument(beforeJobType.replace('"dpus":10', '"jobType":"streaming","dpus":2'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const again = parseDocument(serializeDocument(loaded.document));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.document).toEqual(loaded.document);
    expect(again.document.nodes[1]!.params.jobType).toBe('streaming');
  });

  it('refuses a job type that does not exist, naming the field', () => {
    const loaded = parseDocument(beforeJobType.replace('"dpus":10', '"jobType":"micro-batch","dpus":10'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.map((problem) => problem.path)).toContain('nodes[1].params.jobType');
  });
});
