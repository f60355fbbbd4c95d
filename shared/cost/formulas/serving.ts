import { serviceNodeAt, type AnalysisContext } from '../../analysis/context';
import type { NumberParamKey } from '../../catalog/paramKeys';
import type { CostLine } from '../../analysis/types';
import { enumParam, numberParam, optionalNumberParam } from '../../model/params';
import { ceilClean, countOf, formatNumber } from '../../util/numbers';
import { billedGb } from '../../util/units';
import type { PriceKey } from '../priceKeys';
import { costLine, hoursText, secondsPerMonth } from '../lineBuilder';

/** Requests per month in millions, with the rate it came from. */
function millionsPerMonth(ctx: AnalysisContext, perSecond: number, what: string): { quantity: number; derivation: () => string } {
  const quantity = (perSecond * secondsPerMonth(ctx)) / 1e6;
  return { quantity, derivation: () => `${formatNumber(quantity)} M ${what} (${formatNumber(perSecond)}/s)` };
}

function instanceHours(ctx: AnalysisContext, i: number, countKey: NumberParamKey, item: string, priceKey: PriceKey, unitName: string): CostLine {
  const count = numberParam(ctx.nodes[i]!, countKey);
  return costLine(ctx, i, { item, quantity: count * ctx.hoursPerMonth, priceKey, derivation: () => `${countOf(count, unitName)} × ${hoursText(ctx)}` });
}

export function s3Cost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 's3');
  const stored = optionalNumberParam(node, 'storedGb');
  const inflowGb = billedGb(ctx.flow.inBytes[i]!, secondsPerMonth(ctx));
  const gb = stored ?? inflowGb;
  const lines: CostLine[] = [];
  if (gb > 0) {
    const derivation = (): string => (stored === undefined ? `${formatNumber(gb)} GB (one month of inflow)` : `${formatNumber(gb)} GB`);
    lines.push(costLine(ctx, i, { item: 'Storage (Standard)', quantity: gb, priceKey: 's3.gbMonth', derivation }));
  }
  const writes = numberParam(node, 'writesPerSecond');
  if (writes > 0) {
    const thousands = (writes * secondsPerMonth(ctx)) / 1000;
    lines.push(costLine(ctx, i, { item: 'PUT requests', quantity: thousands, priceKey: 's3.putThousand', derivation: () => `${formatNumber(thousands)} thousand PUTs (${formatNumber(writes)}/s)` }));
  }
  const reads = numberParam(node, 'readsPerSecond');
  if (reads > 0) {
    const thousands = (reads * secondsPerMonth(ctx)) / 1000;
    lines.push(costLine(ctx, i, { item: 'GET requests', quantity: thousands, priceKey: 's3.getThousand', derivation: () => `${formatNumber(thousands)} thousand GETs (${formatNumber(reads)}/s)` }));
  }
  return lines;
}

export function athenaCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'athena');
  const queries = numberParam(node, 'readsPerSecond') * secondsPerMonth(ctx);
  const tb = (queries * numberParam(node, 'gbScannedPerQuery')) / 1000;
  if (tb <= 0) return [];
  return [costLine(ctx, i, { item: 'Data scanned', quantity: tb, priceKey: 'athena.tbScanned', derivation: () => `${formatNumber(tb)} TB (${formatNumber(queries)} queries × ${formatNumber(numberParam(node, 'gbScannedPerQuery'))} GB)` })];
}

export function redshiftCost(ctx: AnalysisContext, i: number): CostLine[] {
  return [instanceHours(ctx, i, 'nodes', 'ra3.xlplus nodes', 'redshift.ra3.xlplus', 'node')];
}

export function openSearchCost(ctx: AnalysisContext, i: number): CostLine[] {
  return [instanceHours(ctx, i, 'instances', 'r6g.large.search data nodes', 'opensearch.r6g.large.search', 'instance')];
}

/**
 * DynamoDB throughput as AWS bills it (Amazon DynamoDB pricing): a read of up to 4 KB is one read unit
 * when strongly consistent and half a unit when eventually consistent; a write of up to 1 KB is one
 * write unit; larger items take a unit per started 4 KB / 1 KB. On-demand bills the units used;
 * provisioned bills capacity unit-hours, sized here to the average rate.
 */
export function dynamoDbCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'dynamodb');
  const lines: CostLine[] = [];
  const writes = numberParam(node, 'writesPerSecond');
  const reads = numberParam(node, 'readsPerSecond');
  const stored = numberParam(node, 'storedGb');
  const itemKb = numberParam(node, 'itemSizeKb');
  const eventual = enumParam(node, 'readConsistency') !== 'strong';
  const readUnits = ceilClean(itemKb / 4) * (eventual ? 0.5 : 1);
  const writeUnits = ceilClean(itemKb);
  const readWhat = `${eventual ? 'eventually' : 'strongly'} consistent reads × ${formatNumber(readUnits)} unit${readUnits > 1 ? 's' : ''}`;
  const writeWhat = `writes × ${formatNumber(writeUnits)} unit${writeUnits > 1 ? 's' : ''}`;
  if (enumParam(node, 'capacityMode') === 'provisioned') {
    const wcus = Math.max(1, ceilClean(writes * writeUnits));
    const rcus = Math.max(1, ceilClean(reads * readUnits));
    lines.push(
      costLine(ctx, i, { item: 'Provisioned write capacity', quantity: wcus * ctx.hoursPerMonth, priceKey: 'dynamodb.wcuHour', derivation: () => `${countOf(wcus, 'WCU')} (${formatNumber(writes)} ${writeWhat}) × ${hoursText(ctx)}` }),
      costLine(ctx, i, { item: 'Provisioned read capacity', quantity: rcus * ctx.hoursPerMonth, priceKey: 'dynamodb.rcuHour', derivation: () => `${countOf(rcus, 'RCU')} (${formatNumber(reads)} ${readWhat}) × ${hoursText(ctx)}` }),
    );
  } else {
    const units = (perSecond: number, perRequest: number, what: string) => {
      const quantity = (perSecond * perRequest * secondsPerMonth(ctx)) / 1e6;
      return { quantity, derivation: () => `${formatNumber(quantity)} M units (${formatNumber(perSecond)}/s ${what})` };
    };
    if (writes > 0) lines.push(costLine(ctx, i, { item: 'Write request units', priceKey: 'dynamodb.writeMillion', ...units(writes, writeUnits, writeWhat) }));
    if (reads > 0) lines.push(costLine(ctx, i, { item: 'Read request units', priceKey: 'dynamodb.readMillion', ...units(reads, readUnits, readWhat) }));
  }
  if (stored > 0) lines.push(costLine(ctx, i, { item: 'Storage', quantity: stored, priceKey: 'dynamodb.gbMonth', derivation: () => `${formatNumber(stored)} GB` }));
  return lines;
}

export function auroraCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'aurora');
  const lines = [instanceHours(ctx, i, 'instanceCount', 'db.r6g.large instances', 'aurora.db.r6g.large', 'instance')];
  const io = numberParam(node, 'readsPerSecond') + numberParam(node, 'writesPerSecond');
  if (io > 0) lines.push(costLine(ctx, i, { item: 'I/O requests', priceKey: 'aurora.ioMillion', ...millionsPerMonth(ctx, io, 'I/Os') }));
  const stored = numberParam(node, 'storedGb');
  if (stored > 0) lines.push(costLine(ctx, i, { item: 'Storage', quantity: stored, priceKey: 'aurora.gbMonth', derivation: () => `${formatNumber(stored)} GB` }));
  return lines;
}

export function elastiCacheCost(ctx: AnalysisContext, i: number): CostLine[] {
  const engine = enumParam(serviceNodeAt(ctx, i, 'elasticache'), 'engine');
  const key: PriceKey = engine === 'valkey' ? 'elasticache.cache.r6g.large.valkey' : 'elasticache.cache.r6g.large.redis';
  return [instanceHours(ctx, i, 'nodes', `cache.r6g.large nodes (${engine === 'valkey' ? 'Valkey' : 'Redis OSS'})`, key, 'node')];
}

export function apiGatewayCost(ctx: AnalysisContext, i: number): CostLine[] {
  const node = serviceNodeAt(ctx, i, 'api-gateway');
  const reads = numberParam(node, 'readsPerSecond');
  if (reads <= 0) return [];
  const key: PriceKey = enumParam(node, 'apiType') === 'http' ? 'apigateway.httpMillion' : 'apigateway.restMillion';
  return [costLine(ctx, i, { item: 'API requests', priceKey: key, ...millionsPerMonth(ctx, reads, 'requests') })];
}
