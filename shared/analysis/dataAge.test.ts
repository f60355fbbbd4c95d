import { describe, expect, it } from 'vitest';
import { eventSource, pipeline } from '../rules/fixtures.testutil';
import { analyze } from './analyze';
import { createContext } from './context';

describe('data age', () => {
  it('adds Firehose buffers and batch periods along data edges, and records the stage that dominates', () => {
    const doc = pipeline(
      [
        eventSource('src', 100, 1000),
        { id: 'fh', service: 'firehose', params: { bufferSeconds: 300 } },
        { id: 'lake', service: 's3' },
        { id: 'train', service: 'sagemaker-training', params: { runsPerMonth: 4.35, durationHours: 2 } },
        { id: 'table', service: 'dynamodb' },
        { id: 'app', service: 'client', params: { latencyTargetSeconds: 60 } },
      ],
      ['src>fh>lake>train>table>app'],
    );
    const { age, graph } = createContext(doc);
    const at = (id: string) => graph.index.get(id)!;
    expect(age.outSeconds[at('lake')]).toBe(300);
    const weekly = (730 / 4.35) * 3600;
    expect(age.outSeconds[at('train')]).toBeCloseTo(300 + weekly + 7200, 6);
    expect(age.inSeconds[at('app')]).toBeCloseTo(300 + weekly + 7200, 6);
    expect(age.inStage[at('app')]).toBe(at('train'));
    expect(age.batchPeriodUpstream[at('app')]).toBeCloseTo(weekly, 6);
    expect(age.batchStageUpstream[at('train')]).toBe(-1);
    expect(age.inStage[at('lake')]).toBe(at('fh'));
  });

  it('carries nothing along a model edge: an endpoint answers from the request', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training', params: { runsPerMonth: 1 } }, { id: 'ep', service: 'sagemaker-endpoint' }, { id: 'app', service: 'client' }],
      ['lake>train>ep>app'],
    );
    const { age, graph } = createContext(doc);
    expect(age.outSeconds[graph.index.get('ep')!]).toBe(0);
    expect(age.batchStageUpstream[graph.index.get('app')!]).toBe(-1);
  });

  it('shows the age as a derived figure, and in the headline of a node with a freshness target', () => {
    const doc = pipeline(
      [{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training', params: { runsPerMonth: 4.35 } }, { id: 'table', service: 'dynamodb' }, { id: 'app', service: 'client', params: { latencyTargetSeconds: 60 } }],
      ['lake>train>table>app'],
    );
    const { derived } = analyze(doc);
    expect(derived.nodes.table!.dataAge).toBe('up to 7 d old (weekly SageMaker Training)');
    expect(derived.nodes.app!.headline).toBe('data up to 7 d old (weekly SageMaker Training)');
    expect(JSON.parse(JSON.stringify(derived.nodes.app)).dataAge).toBe('up to 7 d old (weekly SageMaker Training)');
    expect(derived.nodes.lake!.dataAge).toBeUndefined();
  });
});
