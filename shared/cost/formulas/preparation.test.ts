import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import type { Params } from '../../model/document';
import { pipeline } from '../../rules/fixtures.testutil';
import { expectLine } from './expectLine.testutil';

const crawled = (params: Params) => pipeline([{ id: 'lake', service: 's3' }, { id: 'cat', service: 'glue-data-catalog', params }, { id: 'sql', service: 'athena' }], ['lake>cat>sql']);
const labelled = (params: Params) => pipeline([{ id: 'lake', service: 's3' }, { id: 'gt', service: 'ground-truth', params }, { id: 'out', service: 's3' }], ['lake>gt>out']);
const linesOf = (doc: ReturnType<typeof pipeline>, node: string) => analyze(doc).cost.lines.filter((line) => line.node === node).map((line) => line.item);

describe('data preparation cost formulas', () => {
  it('Glue crawler: DPUs × billed minutes (10 at least) × crawls, at the Glue DPU-hour price', () => {
    expectLine(crawled({ crawlerDpus: 2, crawlMinutes: 5, crawlsPerMonth: 30 }), 'cat', 'Crawler DPU-hours', { quantity: 10, unitPrice: 0.44, amount: 4.4, formula: '2 DPUs × 10 min (10-minute minimum) × 30 crawls × $0.44/DPU-hour' });
    expectLine(crawled({ crawlerDpus: 4, crawlMinutes: 30, crawlsPerMonth: 4 }), 'cat', 'Crawler DPU-hours', { quantity: 8, unitPrice: 0.44, amount: 3.52, formula: '4 DPUs × 30 min × 4 crawls × $0.44/DPU-hour' });
  });

  it('Data Catalog: storage and requests only beyond the free million', () => {
    expect(linesOf(crawled({ catalogObjects: 1_000_000, requestsPerMonth: 1_000_000 }), 'cat')).toEqual(['Crawler DPU-hours']);
    const big = crawled({ catalogObjects: 1_250_000, requestsPerMonth: 3_500_000 });
    expectLine(big, 'cat', 'Catalog storage', { quantity: 2.5, unitPrice: 1, amount: 2.5, formula: '(1,250,000 − 1,000,000 free) objects ÷ 100,000 × ≈$1.00/100,000 objects', approximate: true });
    expectLine(big, 'cat', 'Catalog requests', { quantity: 2.5, unitPrice: 1, amount: 2.5, formula: '(3,500,000 − 1,000,000 free) requests ÷ 1,000,000 × ≈$1.00/M requests', approximate: true });
  });

  it('Data Wrangler: the app’s instance-hours plus the Processing job that runs the flow', () => {
    const doc = pipeline([{ id: 'lake', service: 's3' }, { id: 'dw', service: 'data-wrangler', params: { appHoursPerMonth: 40, jobInstances: 2, hoursPerRun: 0.5, runsPerMonth: 30 } }, { id: 'out', service: 's3' }], ['lake>dw>out']);
    expectLine(doc, 'dw', 'Data Wrangler app', { quantity: 40, unitPrice: 0.922, amount: 36.88, formula: '40 h on ml.m5.4xlarge × ≈$0.922/instance-hour', approximate: true });
    expectLine(doc, 'dw', 'Processing job instance-hours', { quantity: 30, unitPrice: 0.922, amount: 27.66, formula: '2 ml.m5.4xlarge × 0.5 h × 30 runs × ≈$0.922/instance-hour', approximate: true });
  });

  it('Ground Truth: per object in monthly tiers; a private workforce adds nothing', () => {
    const doc = labelled({ objectsPerMonth: 100_000, workforce: 'private' });
    expectLine(doc, 'gt', 'Objects labelled (first 50,000)', { quantity: 50_000, unitPrice: 0.08, amount: 4000, formula: '50,000 objects × ≈$0.08/object', approximate: true });
    expectLine(doc, 'gt', 'Objects labelled (50,001–1,000,000)', { quantity: 50_000, unitPrice: 0.04, amount: 2000, formula: '50,000 objects × ≈$0.04/object', approximate: true });
    expect(linesOf(doc, 'gt')).toHaveLength(2);
    expect(linesOf(labelled({ objectsPerMonth: 1_200_000 }), 'gt')).toEqual(['Objects labelled (first 50,000)', 'Objects labelled (50,001–1,000,000)', 'Objects labelled (over 1,000,000)']);
  });

  it('Ground Truth with Mechanical Turk: each worker’s task on every object', () => {
    expectLine(labelled({ objectsPerMonth: 100_000, workforce: 'mechanical-turk', workersPerObject: 3 }), 'gt', 'Mechanical Turk workers', { quantity: 300_000, unitPrice: 0.012, amount: 3600, formula: '100,000 objects × 3 workers × $0.012/task' });
  });
});
