import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { Params } from '../../model/document';
import { pipeline } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

/** A lone SageMaker inference node (the formulas do not depend on its edges). */
const endpoint = (params: Params) => pipeline([{ id: 'n', service: 'sagemaker-endpoint', params }], []);
const lineItems = (params: Params) => analyze(endpoint(params)).cost.lines.map((line) => line.item);

describe('SageMaker inference cost, by mode', () => {
  it('real-time: instance-hours × one endpoint per model; auto scaling priced at the instances always running', () => {
    expectLine(endpoint({ instanceType: 'ml.g4dn.xlarge', instanceCount: 2 }), 'n', 'Real-time hosting (ml.g4dn.xlarge)', {
      quantity: 1460,
      unitPrice: 0.736,
      amount: 1074.56,
      formula: '2 instances × 730 h × ≈$0.736/instance-hour',
      approximate: true,
    });
    expectLine(endpoint({ modelCount: 3, instanceCount: 1, maxInstances: 4 }), 'n', 'Real-time hosting (ml.m5.large)', {
      quantity: 2190,
      unitPrice: 0.115,
      amount: 251.85,
      formula: '1 instance × 3 endpoints (one per model) × 730 h (auto scaling up to 4: priced at the 1 always running) × ≈$0.115/instance-hour',
      approximate: true,
    });
    expectLine(endpoint({ modelCount: 40, multiModel: true }), 'n', 'Real-time hosting (ml.m5.large)', {
      quantity: 730,
      unitPrice: 0.115,
      amount: 83.95,
      formula: '1 instance (one multi-model endpoint for 40 models) × 730 h × ≈$0.115/instance-hour',
      approximate: true,
    });
  });

  it('serverless: GB-seconds of compute plus GB of payload processed, nothing when idle', () => {
    const doc = endpoint({ inferenceMode: 'serverless', memoryMb: 2048, processingSeconds: 1, requestsPerSecond: 1, payloadMb: 0.1 });
    // 1/s × 2,628,000 s = 2.628 M requests; 2 GB × 1 s each = 5,256,000 GB-s × $0.00002 = $105.12.
    expectLine(doc, 'n', 'Serverless compute (2,048 MB)', {
      quantity: 5_256_000,
      unitPrice: 0.00002,
      amount: 105.12,
      formula: '2 GB × 1 s × 2.63 M requests (1/s) × ≈$0.00002/GB-second',
      approximate: true,
    });
    // 2,628,000 × 0.1 MB = 262,800 MB = 256.64 GB × $0.016 = $4.11.
    expectLine(doc, 'n', 'Serverless data processed', {
      quantity: 256.640625,
      unitPrice: 0.016,
      amount: 4.11,
      formula: '256.64 GB (2.63 M requests (1/s) × 0.1 MB in) × ≈$0.016/GB',
      approximate: true,
    });
    expect(lineItems({ inferenceMode: 'serverless', requestsPerSecond: 0 })).toEqual([]);
  });

  it('asynchronous: busy instance-hours, scaled to zero when idle, capped by max instances', () => {
    // 0.01/s × 2,628,000 s × 120 s ÷ 3,600 = 876 busy hours × $0.736 = $644.74.
    expectLine(endpoint({ inferenceMode: 'asynchronous', instanceType: 'ml.g4dn.xlarge', requestsPerSecond: 0.01, processingSeconds: 120, maxInstances: 2 }), 'n', 'Asynchronous inference (ml.g4dn.xlarge)', {
      quantity: 876,
      unitPrice: 0.736,
      amount: 644.74,
      formula: '876 busy instance-hours (864/day × 120 s, one request at a time per instance), scaled to zero when idle × ≈$0.736/instance-hour',
      approximate: true,
    });
    expectLine(endpoint({ inferenceMode: 'asynchronous', requestsPerSecond: 0.001, processingSeconds: 60, minInstances: 1 }), 'n', 'Asynchronous inference (ml.m5.large)', {
      quantity: 730,
      unitPrice: 0.115,
      amount: 83.95,
      formula: '1 instance kept running × 730 h × ≈$0.115/instance-hour',
      approximate: true,
    });
    expectLine(endpoint({ inferenceMode: 'asynchronous', requestsPerSecond: 1, processingSeconds: 30, maxInstances: 2 }), 'n', 'Asynchronous inference (ml.m5.large)', {
      quantity: 1460,
      unitPrice: 0.115,
      amount: 167.9,
      formula: '2 instances (the maximum) × 730 h, short of 21,900 busy instance-hours (1/s × 30 s, one request at a time per instance) × ≈$0.115/instance-hour',
      approximate: true,
    });
  });

  it('Batch Transform: instance-hours of its jobs', () => {
    expectLine(endpoint({ inferenceMode: 'batch-transform', instanceType: 'ml.m5.xlarge', instanceCount: 2, hoursPerRun: 3, runsPerMonth: 30 }), 'n', 'Batch Transform jobs (ml.m5.xlarge)', {
      quantity: 180,
      unitPrice: 0.23,
      amount: 41.4,
      formula: '2 instances × 3 h × 30 jobs × ≈$0.23/instance-hour',
      approximate: true,
    });
  });

  it('reads only the active mode’s parameters', () => {
    // A Batch Transform node keeps a stored modelCount of 40 from its real-time days; it prices nothing for it.
    const doc = endpoint({ inferenceMode: 'batch-transform', modelCount: 40, requestsPerSecond: 1000, hoursPerRun: 1, runsPerMonth: 30 });
    expect(analyze(doc).cost.lines.map((line) => [line.item, line.quantity])).toEqual([['Batch Transform jobs (ml.m5.large)', 30]]);
  });
});
