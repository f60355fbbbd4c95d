import { describe, it } from 'vitest';
import type { ServiceId } from '../../catalog/serviceIds';
import type { Params } from '../../model/document';
import { pipeline, trainingDesign } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

/** S3 → a batch job → S3. */
const job = (service: ServiceId, params: Params) => pipeline([{ id: 'in', service: 's3' }, { id: 'job', service, params }, { id: 'out', service: 's3' }], ['in>job>out']);

describe('batch cost formulas', () => {
  it('Glue ETL: DPUs × hours × runs', () => {
    expectLine(job('glue-etl', { dpus: 10, hoursPerRun: 0.5, runsPerMonth: 30 }), 'job', 'DPU-hours', { quantity: 150, unitPrice: 0.44, amount: 66, formula: '10 DPUs × 0.5 h × 30 runs × $0.44/DPU-hour' });
  });

  it('DataBrew: nodes × hours × runs', () => {
    expectLine(job('glue-databrew', { nodes: 5, hoursPerRun: 1, runsPerMonth: 30 }), 'job', 'Job node-hours', { quantity: 150, unitPrice: 0.48, amount: 72, formula: '5 nodes × 1 h × 30 runs × $0.48/node-hour' });
  });

  it('EMR: EC2 price and EMR fee on the same instance-hours', () => {
    const doc = job('emr', { instanceCount: 3, hoursPerRun: 1, runsPerMonth: 30 });
    expectLine(doc, 'job', 'EC2 instance-hours', { quantity: 90, unitPrice: 0.192, amount: 17.28, formula: '3 m5.xlarge × 1 h × 30 runs × $0.192/instance-hour' });
    expectLine(doc, 'job', 'EMR fee', { quantity: 90, unitPrice: 0.048, amount: 4.32, formula: '3 m5.xlarge × 1 h × 30 runs × $0.048/instance-hour' });
  });

  it('SageMaker Processing: instances × hours × runs', () => {
    expectLine(job('sagemaker-processing', { instanceCount: 1, hoursPerRun: 0.25, runsPerMonth: 720 }), 'job', 'Instance-hours', {
      quantity: 180,
      unitPrice: 0.23,
      amount: 41.4,
      formula: '1 ml.m5.xlarge × 0.25 h × 720 runs × $0.23/instance-hour',
    });
  });

  describe('SageMaker Training', () => {
    const weekly = { instanceType: 'ml.p3.2xlarge', instanceCount: 1, durationHours: 6, runsPerMonth: 4.35, deadlineHours: 72 };

    it('On-Demand: instance-hours at the (approximate) list price', () => {
      expectLine(trainingDesign({ ...weekly, purchase: 'on-demand' }), 'train', 'On-Demand training', {
        quantity: 26.1,
        unitPrice: 3.825,
        amount: 99.83,
        formula: '1 × ml.p3.2xlarge × 6 h × 4.35 runs × ≈$3.825/instance-hour',
        approximate: true,
      });
    });

    it('Spot: On-Demand × (1 − 0.7) by default', () => {
      expectLine(trainingDesign({ ...weekly, purchase: 'spot' }), 'train', 'Managed Spot training', {
        quantity: 26.1,
        unitPrice: 3.825 * 0.3,
        amount: 29.95,
        formula: '1 × ml.p3.2xlarge × 6 h × 4.35 runs × ≈$3.825/instance-hour × 0.3 (Spot, 70% off)',
        approximate: true,
      });
    });

    it('Spot follows settings.spotDiscount', () => {
      expectLine(trainingDesign({ ...weekly, purchase: 'spot' }, { settings: { spotDiscount: 0.9 } }), 'train', 'Managed Spot training', {
        quantity: 26.1,
        unitPrice: 3.825 * 0.1,
        amount: 9.98,
        formula: '1 × ml.p3.2xlarge × 6 h × 4.35 runs × ≈$3.825/instance-hour × 0.1 (Spot, 90% off)',
        approximate: true,
      });
    });

    it('prices every training instance type', () => {
      const hourly: Record<string, number> = { 'ml.m5.xlarge': 0.23, 'ml.g4dn.xlarge': 0.736, 'ml.p3.2xlarge': 3.825, 'ml.p3.16xlarge': 28.152 };
      for (const [instanceType, price] of Object.entries(hourly)) {
        expectLine(trainingDesign({ purchase: 'on-demand', instanceType, instanceCount: 2, durationHours: 1, runsPerMonth: 10 }), 'train', 'On-Demand training', {
          quantity: 20,
          unitPrice: price,
          amount: Math.round(20 * price * 100) / 100,
          formula: `2 × ${instanceType} × 1 h × 10 runs × ≈$${price}/instance-hour`,
          approximate: true,
        });
      }
    });
  });
});
