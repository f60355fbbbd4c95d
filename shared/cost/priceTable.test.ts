import { describe, expect, it } from 'vitest';
import { PRICE_KEYS } from './priceKeys';
import { PRICE_DATE, PRICE_REGION, priceTable } from './priceTable';

/** rules-and-prices.md §4: price and whether it is marked ≈. */
const REFERENCE_PRICES: Record<string, [price: number, approximate: boolean]> = {
  'firehose.ingestGb': [0.029, false],
  'kds.shardHour': [0.015, false],
  'kds.putUnitMillion': [0.014, false],
  'kds.extendedRetentionShardHour': [0.02, false],
  // Not in rules-and-prices.md §4 yet: Kinesis Data Streams pricing, long-term retention (2026-11, ≈).
  'kds.longTermRetentionGbMonth': [0.023, true],
  'kds.longTermRetrievalGb': [0.023, true],
  'kds.efoConsumerShardHour': [0.015, false],
  'kds.efoGb': [0.013, false],
  'kds.onDemandStreamHour': [0.04, false],
  'kds.onDemandGbIn': [0.08, false],
  'kds.onDemandGbOut': [0.04, false],
  'msk.broker.kafka.t3.small': [0.0456, false],
  'msk.broker.kafka.m5.large': [0.21, false],
  'msk.broker.kafka.m5.xlarge': [0.42, false],
  'msk.broker.kafka.m5.2xlarge': [0.84, false],
  'msk.storageGbMonth': [0.1, false],
  'msk.serverlessClusterHour': [0.75, false],
  'ec2.m5.large': [0.096, false],
  'lambda.requestMillion': [0.2, false],
  'lambda.gbSecond': [0.0000166667, false],
  'flink.kpuHour': [0.11, false],
  's3.gbMonth': [0.023, false],
  's3.putThousand': [0.005, false],
  's3.getThousand': [0.0004, false],
  'glue.dpuHour': [0.44, false],
  'databrew.nodeHour': [0.48, false],
  'databrew.session': [1, false],
  'athena.tbScanned': [5, false],
  'emr.m5.xlarge.ec2': [0.192, false],
  'emr.m5.xlarge.fee': [0.048, false],
  'sagemaker.training.ml.m5.xlarge': [0.23, true],
  'sagemaker.training.ml.g4dn.xlarge': [0.736, true],
  'sagemaker.training.ml.p3.2xlarge': [3.825, true],
  'sagemaker.training.ml.p3.16xlarge': [28.152, true],
  'sagemaker.processing.ml.m5.xlarge': [0.23, false],
  'sagemaker.hosting.ml.c5.large': [0.102, true],
  'sagemaker.hosting.ml.m5.large': [0.115, true],
  'sagemaker.hosting.ml.m5.xlarge': [0.23, true],
  'sagemaker.hosting.ml.g4dn.xlarge': [0.736, true],
  'sagemaker.hosting.ml.g5.xlarge': [1.408, true],
  'sagemaker.hosting.ml.p3.2xlarge': [3.825, true],
  'sagemaker.serverless.gbSecond': [0.00002, true],
  'sagemaker.serverless.dataGb': [0.016, true],
  'dynamodb.writeMillion': [0.625, false],
  'dynamodb.readMillion': [0.125, false],
  'dynamodb.gbMonth': [0.25, false],
  'aurora.db.r6g.large': [0.26, false],
  'aurora.ioMillion': [0.2, false],
  'aurora.gbMonth': [0.1, false],
  'elasticache.cache.r6g.large.redis': [0.206, false],
  'elasticache.cache.r6g.large.valkey': [0.1648, false],
  'redshift.ra3.xlplus': [1.086, true],
  'opensearch.r6g.large.search': [0.167, true],
  'apigateway.restMillion': [3.5, false],
  'apigateway.httpMillion': [1, false],
  // Added with issue #11 (Firehose format conversion, DynamoDB provisioned capacity); seen only in secondary copies of the pages.
  'firehose.formatConversionGb': [0.018, true],
  'dynamodb.rcuHour': [0.00013, true],
  'dynamodb.wcuHour': [0.00065, true],
  // Added with issue #12 §2 (read 2026-12; ≈ where only secondary copies of the page confirm the figure).
  'fsx.lustre.scratch2GbMonth': [0.14, true],
  'fsx.lustre.persistent125GbMonth': [0.145, true],
  'efs.standardGbMonth': [0.3, false],
  'efs.elasticReadGb': [0.03, true],
  'featurestore.writeMillion': [1.25, true],
  'featurestore.readMillion': [0.25, true],
  'featurestore.gbMonth': [0.45, true],
  // Added with issue #12 §2 (data preparation and orchestration), read 2026-12.
  'glue.catalogObjects100k': [1, true],
  'glue.catalogRequestMillion': [1, true],
  'sagemaker.processing.ml.m5.4xlarge': [0.922, true],
  'datawrangler.ml.m5.4xlarge': [0.922, true],
  'datawrangler.ml.m5.8xlarge': [1.844, true],
  'groundtruth.objectFirst50k': [0.08, true],
  'groundtruth.objectNext950k': [0.04, true],
  'groundtruth.objectOver1m': [0.02, true],
  'groundtruth.mturkTask': [0.012, false],
  'stepfunctions.transitionThousand': [0.025, false],
};

describe('price table', () => {
  it('has every price key of the reference and no other', () => {
    expect([...PRICE_KEYS].sort()).toEqual(Object.keys(REFERENCE_PRICES).sort());
  });

  it('has the reference’s prices and ≈ marks', () => {
    for (const key of PRICE_KEYS) {
      const [price, approximate] = REFERENCE_PRICES[key]!;
      expect([priceTable[key].price, priceTable[key].approximate], key).toEqual([price, approximate]);
    }
  });

  it('names a unit and an AWS pricing page for every price', () => {
    for (const key of PRICE_KEYS) {
      expect(priceTable[key].unit, key).not.toBe('');
      expect(priceTable[key].source, key).toMatch(/pricing$/);
    }
  });

  it('is dated us-east-1, 2026-11', () => {
    expect([PRICE_REGION, PRICE_DATE]).toEqual(['us-east-1', '2026-11']);
  });
});
