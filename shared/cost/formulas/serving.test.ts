import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../../catalog/serviceIds';
import type { Params } from '../../model/document';
import { cents, costLineOf, pipeline, volumeSource } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

/** A lone serving node (cost formulas do not depend on its edges). */
const store = (service: ServiceId, params: Params) => pipeline([{ id: 'n', service, params }], []);

describe('storage and serving cost formulas', () => {
  it('S3 without a stored size: one month of inflow', () => {
    const doc = pipeline([volumeSource('src', 2), { id: 'fh', service: 'firehose' }, { id: 'n', service: 's3' }], ['src>fh>n']);
    expectLine(doc, 'n', 'Storage (Standard)', { quantity: 1460, unitPrice: 0.023, amount: 33.58, formula: '1,460 GB (one month of inflow) × $0.023/GB-month' });
  });

  it('S3 with a stored size, PUTs and GETs', () => {
    const doc = store('s3', { storedGb: 200, writesPerSecond: 10, readsPerSecond: 100 });
    expectLine(doc, 'n', 'Storage (Standard)', { quantity: 200, unitPrice: 0.023, amount: 4.6, formula: '200 GB × $0.023/GB-month' });
    expectLine(doc, 'n', 'PUT requests', { quantity: 26280, unitPrice: 0.005, amount: 131.4, formula: '26,280 thousand PUTs (10/s) × $0.005/1,000 PUTs' });
    expectLine(doc, 'n', 'GET requests', { quantity: 262800, unitPrice: 0.0004, amount: 105.12, formula: '262,800 thousand GETs (100/s) × $0.0004/1,000 GETs' });
  });

  it('Athena: TB scanned', () => {
    // 0.01 queries/s × 2,628,000 s = 26,280 queries × 1 GB = 26.28 TB
    expectLine(store('athena', { readsPerSecond: 0.01, gbScannedPerQuery: 1 }), 'n', 'Data scanned', { quantity: 26.28, unitPrice: 5, amount: 131.4, formula: '26.28 TB (26,280 queries × 1 GB) × $5.00/TB' });
  });

  it('Redshift: node-hours (approximate price)', () => {
    expectLine(store('redshift', { nodes: 2 }), 'n', 'ra3.xlplus nodes', { quantity: 1460, unitPrice: 1.086, amount: 1585.56, formula: '2 nodes × 730 h × ≈$1.086/node-hour', approximate: true });
  });

  it('OpenSearch: data-node hours (approximate price)', () => {
    expectLine(store('opensearch', { instances: 2 }), 'n', 'r6g.large.search data nodes', { quantity: 1460, unitPrice: 0.167, amount: 243.82, formula: '2 instances × 730 h × ≈$0.167/instance-hour', approximate: true });
  });

  it('SageMaker endpoint: hosting hours by instance type', () => {
    expectLine(store('sagemaker-endpoint', { instanceType: 'ml.c5.large', instanceCount: 2 }), 'n', 'Real-time hosting (ml.c5.large)', {
      quantity: 1460,
      unitPrice: 0.102,
      amount: 148.92,
      formula: '2 instances × 730 h × ≈$0.102/instance-hour',
      approximate: true,
    });
    expectLine(store('sagemaker-endpoint', { instanceType: 'ml.m5.xlarge', instanceCount: 3 }), 'n', 'Real-time hosting (ml.m5.xlarge)', {
      quantity: 2190,
      unitPrice: 0.23,
      amount: 503.7,
      formula: '3 instances × 730 h × ≈$0.23/instance-hour',
      approximate: true,
    });
  });

  it('DynamoDB: eventually consistent reads (the default) are half a read unit each, so cost half', () => {
    const doc = store('dynamodb', { writesPerSecond: 1, readsPerSecond: 20, storedGb: 5 });
    expectLine(doc, 'n', 'Write request units', { quantity: 2.628, unitPrice: 0.625, amount: 1.64, formula: '2.63 M units (1/s writes × 1 unit) × $0.625/M writes' });
    expectLine(doc, 'n', 'Read request units', { quantity: 26.28, unitPrice: 0.125, amount: 3.29, formula: '26.28 M units (20/s eventually consistent reads × 0.5 unit) × $0.125/M reads' });
    expectLine(doc, 'n', 'Storage', { quantity: 5, unitPrice: 0.25, amount: 1.25, formula: '5 GB × $0.25/GB-month' });
  });

  it('DynamoDB: strongly consistent reads are a whole unit per 4 KB; 6 KB items take two', () => {
    const strong = costLineOf(store('dynamodb', { readsPerSecond: 20, readConsistency: 'strong' }), 'n', 'Read request units');
    expect([strong.quantity, cents(strong.amount), strong.formula]).toEqual([52.56, 6.57, '52.56 M units (20/s strongly consistent reads × 1 unit) × $0.125/M reads']);
    expect(costLineOf(store('dynamodb', { readsPerSecond: 20, readConsistency: 'strong', itemSizeKb: 6 }), 'n', 'Read request units').quantity).toBeCloseTo(105.12, 9);
    expect(costLineOf(store('dynamodb', { writesPerSecond: 1, itemSizeKb: 2.5 }), 'n', 'Write request units').quantity).toBeCloseTo(7.884, 9);
  });

  it('DynamoDB provisioned: capacity unit-hours sized to the average rate', () => {
    const doc = store('dynamodb', { capacityMode: 'provisioned', writesPerSecond: 10, readsPerSecond: 100 });
    expectLine(doc, 'n', 'Provisioned read capacity', { quantity: 50 * 730, unitPrice: 0.00013, amount: 4.74, formula: '50 RCUs (100 eventually consistent reads × 0.5 unit) × 730 h × ≈$0.00013/RCU-hour', approximate: true });
    expectLine(doc, 'n', 'Provisioned write capacity', { quantity: 10 * 730, unitPrice: 0.00065, amount: 4.75, formula: '10 WCUs (10 writes × 1 unit) × 730 h × ≈$0.00065/WCU-hour', approximate: true });
  });

  it('Aurora: instances, I/O and storage', () => {
    const doc = store('aurora', { instanceCount: 2, readsPerSecond: 20, writesPerSecond: 1, storedGb: 5 });
    expectLine(doc, 'n', 'db.r6g.large instances', { quantity: 1460, unitPrice: 0.26, amount: 379.6, formula: '2 instances × 730 h × $0.26/instance-hour' });
    expectLine(doc, 'n', 'I/O requests', { quantity: 55.188, unitPrice: 0.2, amount: 11.04, formula: '55.19 M I/Os (21/s) × $0.20/M I/Os' });
    expectLine(doc, 'n', 'Storage', { quantity: 5, unitPrice: 0.1, amount: 0.5, formula: '5 GB × $0.10/GB-month' });
  });

  it('ElastiCache: Redis OSS and Valkey node-hours', () => {
    expectLine(store('elasticache', { engine: 'redis', nodes: 2 }), 'n', 'cache.r6g.large nodes (Redis OSS)', { quantity: 1460, unitPrice: 0.206, amount: 300.76, formula: '2 nodes × 730 h × $0.206/node-hour' });
    expectLine(store('elasticache', { engine: 'valkey', nodes: 3 }), 'n', 'cache.r6g.large nodes (Valkey)', { quantity: 2190, unitPrice: 0.1648, amount: 360.91, formula: '3 nodes × 730 h × $0.1648/node-hour' });
  });

  it('API Gateway: REST and HTTP requests', () => {
    expectLine(store('api-gateway', { apiType: 'rest', readsPerSecond: 10 }), 'n', 'API requests', { quantity: 26.28, unitPrice: 3.5, amount: 91.98, formula: '26.28 M requests (10/s) × $3.50/M requests' });
    expectLine(store('api-gateway', { apiType: 'http', readsPerSecond: 10 }), 'n', 'API requests', { quantity: 26.28, unitPrice: 1, amount: 26.28, formula: '26.28 M requests (10/s) × $1.00/M requests' });
  });
});
