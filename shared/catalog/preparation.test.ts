import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { createContext } from '../analysis/context';
import { pipeline } from '../rules/fixtures.testutil';
import { canConnect, catalog, connectionRefusal, isParamActive } from './index';

describe('data preparation, orchestration and monitoring services', () => {
  it('accepts the edges a learner draws for them', () => {
    const drawn: Array<[Parameters<typeof canConnect>[0], Parameters<typeof canConnect>[1]]> = [
      ['s3', 'glue-data-catalog'],
      ['glue-data-catalog', 'athena'],
      ['glue-data-catalog', 'glue-etl'],
      ['glue-data-catalog', 'emr'],
      ['kinesis-data-streams', 'glue-etl'],
      ['msk', 'glue-etl'],
      ['s3', 'data-wrangler'],
      ['data-wrangler', 'sagemaker-processing'],
      ['data-wrangler', 's3'],
      ['s3', 'ground-truth'],
      ['ground-truth', 's3'],
      ['sagemaker-pipelines', 'sagemaker-processing'],
      ['sagemaker-pipelines', 'sagemaker-training'],
      ['sagemaker-pipelines', 'data-wrangler'],
      ['step-functions', 'glue-etl'],
      ['step-functions', 'glue-data-catalog'],
      ['step-functions', 'lambda'],
      ['sagemaker-endpoint', 'model-monitor'],
    ];
    for (const [from, to] of drawn) expect(canConnect(from, to), `${from} → ${to}`).toBe(true);
  });

  it('refuses nonsense edges, with a sentence', () => {
    expect(canConnect('glue-data-catalog', 's3')).toBe(false);
    expect(canConnect('step-functions', 's3')).toBe(false);
    expect(connectionRefusal('step-functions', 'dynamodb')).toBe('Step Functions runs steps (Glue, EMR, Lambda, SageMaker jobs…); DynamoDB is not one it can run.');
    expect(canConnect('s3', 'sagemaker-pipelines')).toBe(false);
    expect(connectionRefusal('s3', 'step-functions')).toBe('Step Functions is a source: nothing flows into it.');
    expect(canConnect('model-monitor', 's3')).toBe(false);
    expect(canConnect('kinesis-data-streams', 'model-monitor')).toBe(false);
    expect(canConnect('firehose', 'glue-data-catalog')).toBe(true);
    expect(canConnect('kinesis-data-streams', 'athena')).toBe(false);
  });

  it('puts orchestrators and Model Monitor under Orchestration and monitoring, with the operations levels of the reference', () => {
    expect(['sagemaker-pipelines', 'step-functions', 'model-monitor'].map((id) => catalog[id as 'model-monitor'].category)).toEqual(['orchestration', 'orchestration', 'orchestration']);
    expect(['glue-data-catalog', 'step-functions', 'sagemaker-pipelines', 'ground-truth', 'data-wrangler', 'model-monitor'].map((id) => catalog[id as 'model-monitor'].operationsLevel)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('shows a Glue job only the fields of its job type', () => {
    const shown = (jobType: string) => catalog['glue-etl'].params.filter((spec) => isParamActive('glue-etl', spec, { jobType })).map((spec) => spec.key);
    expect(shown('batch')).toEqual(['jobType', 'dpus', 'hoursPerRun', 'runsPerMonth', 'latencyTargetSeconds']);
    expect(shown('streaming')).toEqual(['jobType', 'dpus', 'windowSeconds', 'latencyTargetSeconds']);
  });

  it('an orchestrator’s edge runs a step but brings it no data and no data age', () => {
    const doc = pipeline(
      [{ id: 'src', service: 'source' }, { id: 'fh', service: 'firehose', params: { bufferSeconds: 900 } }, { id: 'raw', service: 's3' }, { id: 'etl', service: 'glue-etl', params: { hoursPerRun: 1, runsPerMonth: 30 } }, { id: 'train', service: 'sagemaker-training' }, { id: 'flow', service: 'step-functions' }],
      ['src>fh>raw>etl', 'flow>etl', 'flow>train'],
    );
    const ctx = createContext(doc);
    const index = (id: string) => ctx.graph.index.get(id)!;
    expect(ctx.hasValidInput(index('etl'))).toBe(true);
    expect(ctx.hasValidInput(index('train'))).toBe(false);
    expect(ctx.age.inSeconds[index('etl')]).toBe(900);
    expect(ctx.age.inSeconds[index('train')]).toBe(0);
    const missing = analyze(doc).issues.filter((issue) => issue.rule === 'training-without-data');
    expect(missing.map((issue) => issue.nodes)).toEqual([['train']]);
  });

  it('a streaming Glue job adds its window to the data age, and no batch period', () => {
    const doc = pipeline(
      [{ id: 'src', service: 'source' }, { id: 'kds', service: 'kinesis-data-streams' }, { id: 'etl', service: 'glue-etl', params: { jobType: 'streaming', windowSeconds: 60, runsPerMonth: 1 } }, { id: 'out', service: 's3' }],
      ['src>kds>etl>out'],
    );
    const ctx = createContext(doc);
    const out = ctx.graph.index.get('out')!;
    expect(ctx.age.inSeconds[out]).toBe(60);
    expect(ctx.age.batchStageUpstream[out]).toBe(-1);
    const batch = createContext(pipeline([{ id: 'lake', service: 's3' }, { id: 'etl', service: 'glue-etl', params: { hoursPerRun: 1, runsPerMonth: 30 } }, { id: 'out', service: 's3' }], ['lake>etl>out']));
    expect(batch.age.batchPeriodUpstream[batch.graph.index.get('out')!]).toBe((730 * 3600) / 30);
  });
});

describe('headlines of the new services', () => {
  it('say what an orchestrator runs, which kind of Glue job it is and how often Model Monitor checks', () => {
    const doc = pipeline(
      [
        { id: 'raw', service: 's3' },
        { id: 'etl', service: 'glue-etl', params: { dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 } },
        { id: 'set', service: 's3' },
        { id: 'train', service: 'sagemaker-training' },
        { id: 'flow', service: 'step-functions' },
        { id: 'ep', service: 'sagemaker-endpoint' },
        { id: 'watch', service: 'model-monitor', params: { schedule: 'daily' } },
      ],
      ['raw>etl>set>train>ep>watch', 'flow>etl', 'flow>train'],
    );
    const { nodes } = analyze(doc).derived;
    expect(nodes['flow']!.headline).toBe('runs 2 steps · $0.00/mo');
    expect(nodes['etl']!.headline).toBe('batch · $66.00/mo');
    expect(nodes['watch']!.headline).toBe('daily · $1.75/mo');
  });
});
