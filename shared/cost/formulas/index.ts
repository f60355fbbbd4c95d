import type { AnalysisContext } from '../../analysis/context';
import type { CostLine } from '../../analysis/types';
import type { ServiceId } from '../../catalog/serviceIds';
import { dataBrewCost, emrCost, glueEtlCost, processingCost, trainingCost } from './batch';
import { firehoseCost } from './firehose';
import { inferenceCost } from './inference';
import { modelMonitorCost, stepFunctionsCost } from './orchestration';
import { dataWranglerCost, glueDataCatalogCost, groundTruthCost } from './preparation';
import { kafkaStreamsCost, kinesisDataStreamsCost, lambdaCost, managedFlinkCost, mskCost } from './ingestion';
import {
  apiGatewayCost,
  athenaCost,
  auroraCost,
  dynamoDbCost,
  elastiCacheCost,
  openSearchCost,
  redshiftCost,
  s3Cost,
} from './serving';
import { efsCost, featureStoreCost, fsxLustreCost } from './trainingData';

export type CostFormula = (ctx: AnalysisContext, node: number) => CostLine[];

const free: CostFormula = () => [];

/** The monthly cost formula of every service. */
export const costFormulas: Readonly<Record<ServiceId, CostFormula>> = {
  source: free,
  client: free,
  firehose: firehoseCost,
  'kinesis-data-streams': kinesisDataStreamsCost,
  msk: mskCost,
  'kafka-streams': kafkaStreamsCost,
  lambda: lambdaCost,
  'managed-flink': managedFlinkCost,
  's3': s3Cost,
  'fsx-lustre': fsxLustreCost,
  efs: efsCost,
  'sagemaker-feature-store': featureStoreCost,
  'glue-etl': glueEtlCost,
  'glue-databrew': dataBrewCost,
  athena: athenaCost,
  emr: emrCost,
  'sagemaker-processing': processingCost,
  'sagemaker-training': trainingCost,
  'sagemaker-endpoint': inferenceCost,
  dynamodb: dynamoDbCost,
  aurora: auroraCost,
  elasticache: elastiCacheCost,
  redshift: redshiftCost,
  opensearch: openSearchCost,
  'api-gateway': apiGatewayCost,
  'glue-data-catalog': glueDataCatalogCost,
  'data-wrangler': dataWranglerCost,
  'ground-truth': groundTruthCost,
  // Pipelines itself is free: its steps are billed by the services that run them.
  'sagemaker-pipelines': free,
  'step-functions': stepFunctionsCost,
  'model-monitor': modelMonitorCost,
};
