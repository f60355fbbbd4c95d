import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { parseDocument } from './load';
import { toVersion3 } from './migrateV2';
import { serializeDocument } from './save';
import type { RawFile } from './testFiles.testutil';

/** A version-2 file as the previous release wrote it: an endpoint with `readsPerSecond` and none of the inference-mode params. */
function v2File(endpointParams: RawFile): RawFile {
  return {
    format: 'pipeboard',
    version: 2,
    title: 'Fraud scoring',
    notes: '',
    needs: { kafkaEcosystem: false, exactlyOnce: false, replayHours: 0 },
    settings: { region: 'us-east-1', hoursPerMonth: 730, spotDiscount: 0.7, prices: {} },
    nodes: [
      { id: 'lake', service: 's3', label: 'Lake', position: { x: 0, y: 0 }, params: { readsPerSecond: 3 } },
      { id: 'train', service: 'sagemaker-training', label: 'Train', position: { x: 260, y: 0 }, params: {} },
      { id: 'ep', service: 'sagemaker-endpoint', label: 'Scoring', position: { x: 520, y: 0 }, params: endpointParams },
      { id: 'app', service: 'client', label: 'App', position: { x: 780, y: 0 }, params: {} },
    ],
    edges: [
      { id: 'e1', source: 'lake', target: 'train' },
      { id: 'e2', source: 'train', target: 'ep' },
      { id: 'e3', source: 'ep', target: 'app' },
    ],
  };
}

function load(file: RawFile) {
  const result = parseDocument(JSON.stringify(file));
  if (!result.ok) throw new Error(`expected the file to load: ${JSON.stringify(result.problems)}`);
  return result.document;
}

describe('format 2 → 3', () => {
  it('renames an endpoint’s readsPerSecond to requestsPerSecond with the same number, and no other service’s', () => {
    const doc = load(v2File({ instanceType: 'ml.c5.large', instanceCount: 2, latencyTargetMs: 100, readsPerSecond: 500 }));
    const endpoint = doc.nodes.find((node) => node.id === 'ep')!;
    expect(endpoint.params.requestsPerSecond).toBe(500);
    expect(endpoint.params).not.toHaveProperty('readsPerSecond');
    expect(doc.nodes.find((node) => node.id === 'lake')!.params.readsPerSecond).toBe(3);
    expect(doc.version).toBe(3);
    expect(serializeDocument(doc)).toContain('"requestsPerSecond": 500');
  });

  it('loads a v2 endpoint without the new params as a real-time endpoint with the catalog defaults, priced as before', () => {
    const doc = load(v2File({ instanceType: 'ml.c5.large', instanceCount: 2 }));
    const endpoint = doc.nodes.find((node) => node.id === 'ep')!;
    expect(endpoint.params).toMatchObject({ inferenceMode: 'real-time', multiModel: false, modelCount: 1, maxInstances: 1, requestsPerSecond: 10, trafficPattern: 'steady' });
    const lines = analyze(doc).cost.lines.filter((line) => line.node === 'ep');
    // 2 × ml.c5.large × 730 h × $0.102: the figure the previous release showed.
    expect(lines.map((line) => [line.item, line.quantity, Math.round(line.amount * 100) / 100])).toEqual([['Real-time hosting (ml.c5.large)', 1460, 148.92]]);
  });

  it('leaves the input untouched and files without endpoints as they are', () => {
    const file = Object.freeze(v2File({ readsPerSecond: 5 }));
    const copy = JSON.parse(JSON.stringify(file)) as RawFile;
    toVersion3(file);
    expect(file).toEqual(copy);
    const noEndpoint = { format: 'pipeboard', version: 2, nodes: [{ id: 's', service: 's3', params: { readsPerSecond: 1 } }] };
    expect(toVersion3(noEndpoint)).toEqual(noEndpoint);
  });

  it('refuses readsPerSecond on an endpoint in a version-3 file, naming requestsPerSecond', () => {
    const result = parseDocument(JSON.stringify({ ...v2File({ readsPerSecond: 5 }), version: 3 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toMatch(/nodes\[2\]\.params\.readsPerSecond is not a parameter of .*requestsPerSecond/);
  });
});
