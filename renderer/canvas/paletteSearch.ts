import { CATEGORIES, SERVICES, type Category, type ServiceDefinition, type ServiceId } from '../../shared/catalog/index';

export const CATEGORY_LABELS: Record<Category, string> = {
  sources: 'Sources',
  ingestion: 'Ingestion',
  processing: 'Processing',
  storage: 'Storage',
  training: 'Training',
  serving: 'Serving',
  orchestration: 'Orchestration and monitoring',
  consumers: 'Consumers',
};

/** Other names learners search for (older product names, the technology underneath). */
const ALIASES: Partial<Record<ServiceId, string>> = {
  firehose: 'kinesis data firehose kdf delivery stream',
  'kinesis-data-streams': 'kds stream shards',
  msk: 'kafka apache kafka',
  'kafka-streams': 'kafka ec2',
  'managed-flink': 'kinesis data analytics kda apache flink',
  'glue-etl': 'etl spark streaming',
  'glue-data-catalog': 'crawler metastore schema tables hive',
  'data-wrangler': 'data prep visual feature engineering studio',
  'ground-truth': 'labeling labelling annotation mechanical turk',
  'sagemaker-pipelines': 'workflow mlops ci cd orchestration retraining',
  'step-functions': 'workflow state machine orchestration',
  'model-monitor': 'drift data quality monitoring clarify',
  'glue-databrew': 'data prep visual',
  emr: 'spark hadoop elastic mapreduce',
  's3': 'simple storage service bucket data lake',
  'fsx-lustre': 'lustre file system hpc fsx mount training data',
  efs: 'elastic file system nfs mount shared files',
  'sagemaker-feature-store': 'features online offline store skew feature group',
  'sagemaker-training': 'train model spot input mode pipe fastfile file mode',
  'sagemaker-endpoint': 'inference hosting real-time endpoint serverless asynchronous async batch transform multi-model',
  'sagemaker-processing': 'feature engineering',
  elasticache: 'redis valkey cache memcached',
  aurora: 'rds mysql postgres sql relational',
  dynamodb: 'nosql key value',
  opensearch: 'elasticsearch search',
  redshift: 'warehouse',
  athena: 'sql query presto',
  'api-gateway': 'api rest http',
  source: 'producers devices events clickstream iot',
  client: 'app users consumers',
};

const NAMES = new Map(SERVICES.map((s) => [s.id, `${s.name} ${s.shortName} ${s.id}`.toLowerCase()]));
const EXTRAS = new Map(SERVICES.map((s) => [s.id, `${s.category} ${ALIASES[s.id] ?? ''}`.toLowerCase()]));

/**
 * Services matching every word of the query. Matches in the service's own names come before
 * matches only through older names or the category ("kin" → Kinesis Data Streams before Firehose);
 * otherwise palette order.
 */
export function searchServices(query: string): ServiceDefinition[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...SERVICES];
  const scored: { service: ServiceDefinition; score: number; order: number }[] = [];
  SERVICES.forEach((service, order) => {
    const names = NAMES.get(service.id) ?? '';
    const extras = EXTRAS.get(service.id) ?? '';
    if (!words.every((word) => names.includes(word) || extras.includes(word))) return;
    const score = words.every((word) => names.includes(word)) ? 0 : 1;
    scored.push({ service, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.service);
}

export interface PaletteGroup {
  category: Category;
  label: string;
  services: ServiceDefinition[];
}

/** Groups in category order; within a group the services keep the order they came in. */
export function groupByCategory(services: readonly ServiceDefinition[]): PaletteGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    services: services.filter((s) => s.category === category),
  })).filter((group) => group.services.length > 0);
}
