import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import { enumParam, numberParam } from '../../model/params';
import { countOf, formatNumber } from '../../util/numbers';
import type { PriceKey } from '../priceKeys';
import { costLine } from '../lineBuilder';

/** Each crawl is billed for at least this long (AWS Glue pricing, crawlers). */
const CRAWL_MINIMUM_MINUTES = 10;
const FREE_CATALOG_OBJECTS = 1_000_000;
const FREE_CATALOG_REQUESTS = 1_000_000;

export function glueDataCatalogCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'glue-data-catalog');
  const lines: CostLine[] = [];
  const dpus = numberParam(node, 'crawlerDpus');
  const minutes = numberParam(node, 'crawlMinutes');
  const crawls = numberParam(node, 'crawlsPerMonth');
  const billedMinutes = Math.max(CRAWL_MINIMUM_MINUTES, minutes);
  const crawlerHours = (dpus * billedMinutes * crawls) / 60;
  if (crawlerHours > 0) {
    lines.push(
      costLine(ctx, i, {
        item: 'Crawler DPU-hours',
        quantity: crawlerHours,
        priceKey: 'glue.dpuHour',
        derivation: () => `${countOf(dpus, 'DPU')} × ${formatNumber(billedMinutes)} min${minutes < CRAWL_MINIMUM_MINUTES ? ' (10-minute minimum)' : ''} × ${countOf(crawls, 'crawl')}`,
      }),
    );
  }
  const objects = numberParam(node, 'catalogObjects');
  if (objects > FREE_CATALOG_OBJECTS) {
    const units = (objects - FREE_CATALOG_OBJECTS) / 100_000;
    lines.push(costLine(ctx, i, { item: 'Catalog storage', quantity: units, priceKey: 'glue.catalogObjects100k', derivation: () => `(${formatNumber(objects)} − 1,000,000 free) objects ÷ 100,000` }));
  }
  const requests = numberParam(node, 'requestsPerMonth');
  if (requests > FREE_CATALOG_REQUESTS) {
    const millions = (requests - FREE_CATALOG_REQUESTS) / 1_000_000;
    lines.push(costLine(ctx, i, { item: 'Catalog requests', quantity: millions, priceKey: 'glue.catalogRequestMillion', derivation: () => `(${formatNumber(requests)} − 1,000,000 free) requests ÷ 1,000,000` }));
  }
  return lines;
}

export function dataWranglerCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'data-wrangler');
  const lines: CostLine[] = [];
  const type = enumParam(node, 'instanceType');
  const appHours = numberParam(node, 'appHoursPerMonth');
  if (appHours > 0) {
    lines.push(costLine(ctx, i, { item: 'Data Wrangler app', quantity: appHours, priceKey: `datawrangler.${type}` as PriceKey, derivation: () => `${formatNumber(appHours)} h on ${type}` }));
  }
  const instances = numberParam(node, 'jobInstances');
  const hoursPerRun = numberParam(node, 'hoursPerRun');
  const runs = numberParam(node, 'runsPerMonth');
  const jobHours = instances * hoursPerRun * runs;
  if (jobHours > 0) {
    lines.push(
      costLine(ctx, i, {
        item: 'Processing job instance-hours',
        quantity: jobHours,
        priceKey: 'sagemaker.processing.ml.m5.4xlarge',
        derivation: () => `${formatNumber(instances)} ml.m5.4xlarge × ${formatNumber(hoursPerRun)} h × ${formatNumber(runs)} runs`,
      }),
    );
  }
  return lines;
}

/** Ground Truth's monthly tiers: objects up to each bound are billed at that tier's price. */
const LABELLING_TIERS: ReadonlyArray<{ upTo: number; priceKey: PriceKey; item: string }> = [
  { upTo: 50_000, priceKey: 'groundtruth.objectFirst50k', item: 'Objects labelled (first 50,000)' },
  { upTo: 1_000_000, priceKey: 'groundtruth.objectNext950k', item: 'Objects labelled (50,001–1,000,000)' },
  { upTo: Infinity, priceKey: 'groundtruth.objectOver1m', item: 'Objects labelled (over 1,000,000)' },
];

export function groundTruthCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'ground-truth');
  const objects = numberParam(node, 'objectsPerMonth');
  const lines: CostLine[] = [];
  let from = 0;
  for (const tier of LABELLING_TIERS) {
    const inTier = Math.min(objects, tier.upTo) - from;
    if (inTier <= 0) break;
    lines.push(costLine(ctx, i, { item: tier.item, quantity: inTier, priceKey: tier.priceKey, derivation: () => countOf(inTier, 'object') }));
    from = tier.upTo;
  }
  if (objects > 0 && enumParam(node, 'workforce') === 'mechanical-turk') {
    const workers = numberParam(node, 'workersPerObject');
    lines.push(
      costLine(ctx, i, {
        item: 'Mechanical Turk workers',
        quantity: objects * workers,
        priceKey: 'groundtruth.mturkTask',
        derivation: () => `${formatNumber(objects)} objects × ${countOf(workers, 'worker')}`,
      }),
    );
  }
  return lines;
}
