import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { Params } from '../../model/document';
import { pipeline } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

/** An orchestrator running a Glue job and a training job (S3 → Glue → S3 → training). */
const orchestrated = (service: 'step-functions' | 'sagemaker-pipelines', params: Params) =>
  pipeline(
    [{ id: 'raw', service: 's3' }, { id: 'etl', service: 'glue-etl' }, { id: 'set', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'flow', service, params }],
    ['raw>etl>set>train', 'flow>etl', 'flow>train'],
  );

const endpoint = (monitor: Params) =>
  pipeline([{ id: 'lake', service: 's3' }, { id: 'train', service: 'sagemaker-training' }, { id: 'ep', service: 'sagemaker-endpoint' }, { id: 'watch', service: 'model-monitor', params: monitor }], ['lake>train>ep>watch']);

describe('orchestration and monitoring cost formulas', () => {
  it('Step Functions: one transition per step drawn and per other state, each run', () => {
    expectLine(orchestrated('step-functions', { runsPerMonth: 30, otherStatesPerRun: 2 }), 'flow', 'State transitions', { quantity: 0.12, unitPrice: 0.025, amount: 0, formula: '(2 steps + 2 other states) × 30 runs = 120 transitions × $0.025/1,000 transitions' });
    expectLine(orchestrated('step-functions', { runsPerMonth: 100_000, otherStatesPerRun: 8 }), 'flow', 'State transitions', { quantity: 1000, unitPrice: 0.025, amount: 25, formula: '(2 steps + 8 other states) × 100,000 runs = 1,000,000 transitions × $0.025/1,000 transitions' });
  });

  it('SageMaker Pipelines costs nothing itself', () => {
    expect(analyze(orchestrated('sagemaker-pipelines', { runsPerMonth: 30 })).cost.lines.filter((line) => line.node === 'flow')).toEqual([]);
  });

  it('Model Monitor: monitoring-job instance-hours at Processing rates, hourly by default', () => {
    expectLine(endpoint({}), 'watch', 'Monitoring job instance-hours', { quantity: 182.5, unitPrice: 0.23, amount: 41.98, formula: '1 ml.m5.xlarge × 0.25 h × 730 hourly runs × $0.23/instance-hour' });
    expectLine(endpoint({ schedule: 'daily', instanceCount: 2, hoursPerRun: 0.5 }), 'watch', 'Monitoring job instance-hours', {
      quantity: 30.416666666666668,
      unitPrice: 0.23,
      amount: 7,
      formula: '2 ml.m5.xlarge × 0.5 h × 30.42 daily runs × $0.23/instance-hour',
    });
  });

  it('a streaming Glue job bills its DPUs every hour of the month', () => {
    const doc = pipeline([{ id: 'src', service: 'source' }, { id: 'kds', service: 'kinesis-data-streams' }, { id: 'etl', service: 'glue-etl', params: { jobType: 'streaming', dpus: 2, hoursPerRun: 5, runsPerMonth: 3 } }], ['src>kds>etl']);
    expectLine(doc, 'etl', 'Streaming DPU-hours', { quantity: 1460, unitPrice: 0.44, amount: 642.4, formula: '2 DPUs × 730 h (runs 24×7) × $0.44/DPU-hour' });
  });
});
