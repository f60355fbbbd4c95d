import { client, source } from './endpoints';
import { firehose, kafkaStreams, kinesisDataStreams, lambda, managedFlink, msk } from './ingestion';
import { modelMonitor, sagemakerPipelines, stepFunctions } from './orchestration';
import { dataWrangler, glueDataCatalog, groundTruth } from './preparation';
import { emr, glueDataBrew, glueEtl, sagemakerProcessing } from './processing';
import { aurora, apiGateway, dynamodb, elasticache, sagemakerEndpoint } from './serving';
import { athena, opensearch, redshift, s3 } from './storage';
import { sagemakerTraining } from './training';
import { efs, fsxLustre, sagemakerFeatureStore } from './trainingData';

/** Every service definition with its literal types kept (palette order), so parameter keys are derivable. */
export const SERVICE_DEFINITIONS = [
  source,
  firehose,
  kinesisDataStreams,
  msk,
  kafkaStreams,
  lambda,
  managedFlink,
  glueEtl,
  glueDataBrew,
  emr,
  sagemakerProcessing,
  dataWrangler,
  groundTruth,
  s3,
  fsxLustre,
  efs,
  sagemakerFeatureStore,
  glueDataCatalog,
  sagemakerTraining,
  sagemakerEndpoint,
  dynamodb,
  aurora,
  elasticache,
  redshift,
  opensearch,
  athena,
  apiGateway,
  sagemakerPipelines,
  stepFunctions,
  modelMonitor,
  client,
] as const;
