import { CATEGORIES, SERVICES, type Category, type ServiceDefinition, type ServiceId } from '../../shared/catalog/index';

export const CATEGORY_LABELS: Record<Category, string> = {
  sources: 'Sources',
  ingestion: 'Ingestion',
  processing: 'Processing',
  storage: 'Storage',
  training: 'Training',
  serving: 'Serving',
  consumers: 'Consumers',
};

/** Other names learners search for (older product names, the technology underneath). */
const ALIASES: Partial<Record<ServiceId, string>> = {
  firehose: 'kinesis data firehose kdf delivery stream',
  'kinesis-data-streams': 'kds stream shards',
  msk: 'kafka apache kafka',
  'kafka-streams': 'kafka ec2',
  'managed-flink': 'kinesis data analytics kda apache flink',
  'glue-etl': 'etl spark',
  'glue-databrew': 'data prep visual',
  emr: 'spark hadoop elastic mapreduce',
  's3': 'simple storage service bucket data lake',
  'sagemaker-training': 'train model spot',
  'sagemaker-endpoint': 'inference hosting real-time',
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

function haystack(service: ServiceDefinition): string {
  return `${service.name} ${service.shortName} ${service.id} ${service.category} ${ALIASES[service.id] ?? ''}`.toLowerCase();
}

const HAYSTACKS = new Map(SERVICES.map((s) => [s.id, haystack(s)]));

/** Services whose names contain every word of the query, in palette order. */
export function searchServices(query: string): ServiceDefinition[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...SERVICES];
  return SERVICES.filter((service) => {
    const text = HAYSTACKS.get(service.id) ?? '';
    return words.every((word) => text.includes(word));
  });
}

export interface PaletteGroup {
  category: Category;
  label: string;
  services: ServiceDefinition[];
}

export function groupByCategory(services: readonly ServiceDefinition[]): PaletteGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    services: services.filter((s) => s.category === category),
  })).filter((group) => group.services.length > 0);
}
