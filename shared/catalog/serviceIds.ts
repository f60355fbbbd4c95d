/** Every service the catalog knows, by the id files and the CLI use. */
export const SERVICE_IDS = [
  'source',
  'firehose',
  'kinesis-data-streams',
  'msk',
  'kafka-streams',
  'lambda',
  'managed-flink',
  's3',
  'fsx-lustre',
  'efs',
  'sagemaker-feature-store',
  'glue-etl',
  'glue-databrew',
  'glue-data-catalog',
  'data-wrangler',
  'ground-truth',
  'athena',
  'emr',
  'sagemaker-processing',
  'sagemaker-training',
  'sagemaker-endpoint',
  'dynamodb',
  'aurora',
  'elasticache',
  'redshift',
  'opensearch',
  'api-gateway',
  'sagemaker-pipelines',
  'step-functions',
  'model-monitor',
  'client',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export function isServiceId(value: string): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value);
}
