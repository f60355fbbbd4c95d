import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { ServiceId } from '../../catalog/serviceIds';
import type { Params } from '../../model/document';
import { pipeline, trainingDesign } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

const alone = (service: ServiceId, params: Params) => pipeline([{ id: 'n', service, params }], []);
const items = (service: ServiceId, params: Params) => analyze(alone(service, params)).cost.lines.map((line) => line.item);

describe('training data cost formulas', () => {
  it('FSx for Lustre: the provisioned capacity, at least 1,200 GB', () => {
    expectLine(alone('fsx-lustre', { capacityGb: 500 }), 'n', 'Provisioned capacity (Scratch 2)', {
      quantity: 1200,
      unitPrice: 0.14,
      amount: 168,
      formula: '1,200 GB provisioned for 500 GB (1,200 GB, then steps of 2,400 GB) × ≈$0.14/GB-month',
      approximate: true,
    });
  });

  it('FSx for Lustre: capacity above 1,200 GB rounds up to the next 2,400 GB step; Persistent SSD costs more', () => {
    // 2,500 GB → 1,200 + 2,400 = 3,600 GB × $0.145
    expectLine(alone('fsx-lustre', { capacityGb: 2500, deployment: 'persistent-125' }), 'n', 'Provisioned capacity (Persistent SSD)', {
      quantity: 3600,
      unitPrice: 0.145,
      amount: 522,
      formula: '3,600 GB provisioned for 2,500 GB (1,200 GB, then steps of 2,400 GB) × ≈$0.145/GB-month',
      approximate: true,
    });
  });

  it('EFS: Standard storage, plus Elastic throughput reads', () => {
    const doc = alone('efs', { storedGb: 500, gbReadPerMonth: 2000 });
    expectLine(doc, 'n', 'Storage (Standard)', { quantity: 500, unitPrice: 0.3, amount: 150, formula: '500 GB × $0.30/GB-month' });
    expectLine(doc, 'n', 'Elastic throughput reads', { quantity: 2000, unitPrice: 0.03, amount: 60, formula: '2,000 GB read × ≈$0.03/GB', approximate: true });
    expect(items('efs', { storedGb: 500, gbReadPerMonth: 2000, throughputMode: 'bursting' })).toEqual(['Storage (Standard)']);
  });

  it('Feature Store: write and online read units, online storage, offline storage at S3 rates', () => {
    const doc = alone('sagemaker-feature-store', { writesPerSecond: 10, readsPerSecond: 100, storedGb: 10 });
    // 10/s × 2,628,000 s = 26.28 M write units; 100/s → 262.8 M read units
    expectLine(doc, 'n', 'Write request units', { quantity: 26.28, unitPrice: 1.25, amount: 32.85, formula: '26.28 M units (10 records/s) × ≈$1.25/M write units', approximate: true });
    expectLine(doc, 'n', 'Online read request units', { quantity: 262.8, unitPrice: 0.25, amount: 65.7, formula: '262.8 M units (100 lookups/s) × ≈$0.25/M read units', approximate: true });
    expectLine(doc, 'n', 'Online store storage', { quantity: 10, unitPrice: 0.45, amount: 4.5, formula: '10 GB × ≈$0.45/GB-month', approximate: true });
    expectLine(doc, 'n', 'Offline store (S3)', { quantity: 10, unitPrice: 0.023, amount: 0.23, formula: '10 GB × $0.023/GB-month' });
  });

  it('Feature Store offline only: no online reads or online storage', () => {
    expect(items('sagemaker-feature-store', { writesPerSecond: 10, readsPerSecond: 100, storedGb: 10, onlineStore: false })).toEqual(['Write request units', 'Offline store (S3)']);
  });

  it('training in File mode: the download before each run is billed on every instance, at the Spot price when on Spot', () => {
    const doc = trainingDesign({ purchase: 'spot', instanceType: 'ml.p3.2xlarge', instanceCount: 2, durationHours: 6, deadlineHours: 72, maxWaitHours: 72, runsPerMonth: 4, datasetGb: 500 });
    // 2 × (500 GB ÷ 600 GB/h) × 4 runs = 6.667 h × $3.825 × 0.3 = $7.65
    expectLine(doc, 'train', 'File mode download', {
      quantity: 20 / 3,
      unitPrice: 3.825 * 0.3,
      amount: 7.65,
      formula: '2 × ml.p3.2xlarge × 0.83 h (500 GB at ≈600 GB/h) × 4 runs × ≈$3.825/instance-hour × 0.3 (Spot, 70% off)',
      approximate: true,
    });
  });
});
