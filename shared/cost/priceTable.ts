import type { PriceKey } from './priceKeys';

export interface PriceEntry {
  price: number;
  /** The unit one price buys, short: "GB", "shard-hour". */
  unit: string;
  /** How AWS bills it, as a learner reads it. */
  description: string;
  /** The AWS pricing page it was read from. */
  source: string;
  /** Confirmed only against secondary sources (shown with ≈). */
  approximate: boolean;
}

export const PRICE_REGION = 'us-east-1';
export const PRICE_DATE = '2026-11';

const FIREHOSE = 'Amazon Data Firehose pricing';
const KDS = 'Amazon Kinesis Data Streams pricing';
const MSK = 'Amazon MSK pricing';
const SAGEMAKER = 'Amazon SageMaker pricing';
const GROUND_TRUTH = 'Amazon SageMaker Ground Truth pricing';

const entry = (price: number, unit: string, description: string, source: string, approximate = false): PriceEntry => ({
  price,
  unit,
  description,
  source,
  approximate,
});

/** On-demand list prices, us-east-1, USD. A document may override any of them in `settings.prices`. */
export const priceTable: Readonly<Record<PriceKey, PriceEntry>> = {
  'firehose.ingestGb': entry(0.029, 'GB', 'per GB ingested, each record rounded up to 5 KB (5,120 bytes), 1 GB = 1,048,576 KB', FIREHOSE),
  // Read 2026-11; the page's figure seen only in secondary copies, hence ≈.
  'firehose.formatConversionGb': entry(0.018, 'GB', 'per GB converted from JSON to Parquet or ORC, counted like ingestion (5 KB increments)', FIREHOSE, true),
  'kds.shardHour': entry(0.015, 'shard-hour', 'per provisioned shard-hour', KDS),
  'kds.putUnitMillion': entry(0.014, 'M PUT units', 'per million 25 KB PUT payload units', KDS),
  'kds.extendedRetentionShardHour': entry(0.02, 'shard-hour', 'per shard-hour of retention beyond 24 h (up to 7 days)', KDS),
  // Long-term retention (beyond 7 days, up to 365): the page renders its price table client-side, so these two are ≈.
  'kds.longTermRetentionGbMonth': entry(0.023, 'GB-month', 'per GB-month of records kept beyond 7 days (provisioned)', KDS, true),
  'kds.longTermRetrievalGb': entry(0.023, 'GB', 'per GB read by polling consumers from records older than 7 days (provisioned)', KDS, true),
  'kds.efoConsumerShardHour': entry(0.015, 'consumer-shard-hour', 'per consumer-shard-hour of enhanced fan-out', KDS),
  'kds.efoGb': entry(0.013, 'GB', 'per GB read through enhanced fan-out (provisioned)', KDS),
  'kds.onDemandStreamHour': entry(0.04, 'stream-hour', 'per stream-hour in on-demand mode', KDS),
  'kds.onDemandGbIn': entry(0.08, 'GB', 'per GB written in on-demand mode, each record rounded up to 1 KB', KDS),
  'kds.onDemandGbOut': entry(0.04, 'GB', 'per GB read in on-demand mode', KDS),
  'msk.broker.kafka.t3.small': entry(0.0456, 'broker-hour', 'per kafka.t3.small broker-hour', MSK),
  'msk.broker.kafka.m5.large': entry(0.21, 'broker-hour', 'per kafka.m5.large broker-hour', MSK),
  'msk.broker.kafka.m5.xlarge': entry(0.42, 'broker-hour', 'per kafka.m5.xlarge broker-hour', MSK),
  'msk.broker.kafka.m5.2xlarge': entry(0.84, 'broker-hour', 'per kafka.m5.2xlarge broker-hour', MSK),
  'msk.storageGbMonth': entry(0.1, 'GB-month', 'per GB-month of broker storage', MSK),
  'msk.serverlessClusterHour': entry(0.75, 'cluster-hour', 'per serverless cluster-hour, plus partitions and data', MSK),
  'ec2.m5.large': entry(0.096, 'instance-hour', 'per m5.large instance-hour (Kafka Streams hosts)', 'Amazon EC2 On-Demand pricing'),
  'lambda.requestMillion': entry(0.2, 'M requests', 'per million requests', 'AWS Lambda pricing'),
  'lambda.gbSecond': entry(0.0000166667, 'GB-second', 'per GB-second of compute (x86)', 'AWS Lambda pricing'),
  'flink.kpuHour': entry(0.11, 'KPU-hour', 'per KPU-hour, plus one KPU per application', 'Amazon Managed Service for Apache Flink pricing'),
  's3.gbMonth': entry(0.023, 'GB-month', 'per GB-month, S3 Standard, first 50 TB', 'Amazon S3 pricing'),
  's3.putThousand': entry(0.005, '1,000 PUTs', 'per 1,000 PUT/COPY/POST/LIST requests', 'Amazon S3 pricing'),
  's3.getThousand': entry(0.0004, '1,000 GETs', 'per 1,000 GET requests', 'Amazon S3 pricing'),
  // Read 2026-12 from https://aws.amazon.com/fsx/lustre/pricing/ (us-east-1). The page renders its price table
  // client-side; these two figures are confirmed only against secondary tables, hence ≈.
  'fsx.lustre.scratch2GbMonth': entry(0.14, 'GB-month', 'per GB-month of provisioned Scratch 2 SSD capacity', 'Amazon FSx for Lustre pricing', true),
  'fsx.lustre.persistent125GbMonth': entry(0.145, 'GB-month', 'per GB-month of provisioned Persistent SSD capacity (125 MB/s per TiB)', 'Amazon FSx for Lustre pricing', true),
  // Read 2026-12 from https://aws.amazon.com/efs/pricing/ (us-east-1): Standard storage is on the page's own
  // worked example; the Elastic throughput read charge only in secondary copies, hence ≈.
  'efs.standardGbMonth': entry(0.3, 'GB-month', 'per GB-month of EFS Standard storage', 'Amazon EFS pricing'),
  'efs.elasticReadGb': entry(0.03, 'GB', 'per GB read with Elastic throughput', 'Amazon EFS pricing', true),
  // Read 2026-12 from https://aws.amazon.com/sagemaker/pricing/ (Feature Store tab, us-east-1, on-demand
  // throughput, Standard online store). The tab renders client-side; figures confirmed against secondary tables, hence ≈.
  // The offline store is billed as S3 storage (s3.gbMonth) plus the Glue Data Catalog (first million objects free).
  'featurestore.writeMillion': entry(1.25, 'M write units', 'per million write request units (1 KB each) to a feature group', 'Amazon SageMaker Feature Store pricing', true),
  'featurestore.readMillion': entry(0.25, 'M read units', 'per million online read request units (4 KB each)', 'Amazon SageMaker Feature Store pricing', true),
  'featurestore.gbMonth': entry(0.45, 'GB-month', 'per GB-month of online store data', 'Amazon SageMaker Feature Store pricing', true),
  'glue.dpuHour': entry(0.44, 'DPU-hour', 'per DPU-hour (ETL jobs and crawlers, billed per second; a crawl is billed for at least 10 minutes)', 'AWS Glue pricing'),
  // https://aws.amazon.com/glue/pricing/ (Data Catalog), read 2026-12. The page renders its tables client-side; these two
  // were confirmed only in a transcription of it (the free first million objects and requests also on the page's own text), hence ≈.
  'glue.catalogObjects100k': entry(1.0, '100,000 objects', 'per 100,000 Data Catalog objects a month beyond the first million (free)', 'AWS Glue pricing', true),
  'glue.catalogRequestMillion': entry(1.0, 'M requests', 'per million Data Catalog requests a month beyond the first million (free)', 'AWS Glue pricing', true),
  'databrew.nodeHour': entry(0.48, 'node-hour', 'per node-hour of DataBrew jobs', 'AWS Glue DataBrew pricing'),
  'databrew.session': entry(1.0, 'session', 'per 30-minute interactive session', 'AWS Glue DataBrew pricing'),
  'athena.tbScanned': entry(5.0, 'TB', 'per TB scanned', 'Amazon Athena pricing'),
  'emr.m5.xlarge.ec2': entry(0.192, 'instance-hour', 'EC2 price per m5.xlarge instance-hour', 'Amazon EMR pricing'),
  'emr.m5.xlarge.fee': entry(0.048, 'instance-hour', 'EMR fee per m5.xlarge instance-hour', 'Amazon EMR pricing'),
  'sagemaker.training.ml.m5.xlarge': entry(0.23, 'instance-hour', 'per ml.m5.xlarge training instance-hour', SAGEMAKER, true),
  'sagemaker.training.ml.g4dn.xlarge': entry(0.736, 'instance-hour', 'per ml.g4dn.xlarge training instance-hour', SAGEMAKER, true),
  'sagemaker.training.ml.p3.2xlarge': entry(3.825, 'instance-hour', 'per ml.p3.2xlarge training instance-hour', SAGEMAKER, true),
  'sagemaker.training.ml.p3.16xlarge': entry(28.152, 'instance-hour', 'per ml.p3.16xlarge training instance-hour', SAGEMAKER, true),
  'sagemaker.processing.ml.m5.xlarge': entry(0.23, 'instance-hour', 'per ml.m5.xlarge processing instance-hour (also Model Monitor jobs)', SAGEMAKER),
  // https://aws.amazon.com/sagemaker/pricing/ (Processing, Data Wrangler), read 2026-12: the page renders its instance tables
  // client-side; these figures were seen in secondary copies only, hence ≈.
  'sagemaker.processing.ml.m5.4xlarge': entry(0.922, 'instance-hour', 'per ml.m5.4xlarge processing instance-hour (Data Wrangler jobs)', SAGEMAKER, true),
  'datawrangler.ml.m5.4xlarge': entry(0.922, 'instance-hour', 'per ml.m5.4xlarge Data Wrangler app instance-hour', SAGEMAKER, true),
  'datawrangler.ml.m5.8xlarge': entry(1.844, 'instance-hour', 'per ml.m5.8xlarge Data Wrangler app instance-hour', SAGEMAKER, true),
  // https://aws.amazon.com/sagemaker/groundtruth/pricing/, read 2026-12: the per-object tiers seen in secondary copies only, hence ≈.
  // Every object labelled counts, whether people or automated labelling labelled it.
  'groundtruth.objectFirst50k': entry(0.08, 'object', 'per object labelled, the first 50,000 in a month', GROUND_TRUTH, true),
  'groundtruth.objectNext950k': entry(0.04, 'object', 'per object labelled, from 50,001 to 1,000,000 in a month', GROUND_TRUTH, true),
  'groundtruth.objectOver1m': entry(0.02, 'object', 'per object labelled beyond 1,000,000 in a month', GROUND_TRUTH, true),
  // The lowest price per task the API accepts for image or text classification, confirmed in AWS's own API reference
  // (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PublicWorkforceTaskPrice.html, read 2026-12).
  'groundtruth.mturkTask': entry(0.012, 'task', 'per task per Amazon Mechanical Turk worker (image or text classification, the lowest price offered)', GROUND_TRUTH),
  // https://aws.amazon.com/step-functions/pricing/, read 2026-12 (us-east-1 row of the state transitions table).
  'stepfunctions.transitionThousand': entry(0.025, '1,000 transitions', 'per 1,000 state transitions of Standard workflows (4,000 a month free per account, not deducted)', 'AWS Step Functions pricing'),
  'sagemaker.hosting.ml.c5.large': entry(0.102, 'instance-hour', 'per ml.c5.large hosting instance-hour', SAGEMAKER, true),
  'sagemaker.hosting.ml.m5.large': entry(0.115, 'instance-hour', 'per ml.m5.large hosting instance-hour', SAGEMAKER, true),
  'sagemaker.hosting.ml.m5.xlarge': entry(0.23, 'instance-hour', 'per ml.m5.xlarge hosting instance-hour', SAGEMAKER, true),
  // GPU hosting and serverless inference: read 2026-12 from Amazon SageMaker AI pricing
  // (https://aws.amazon.com/sagemaker-ai/pricing/, "Real-Time Inference" and "Serverless Inference", us-east-1).
  // The page fills its tables client-side, so the figures were confirmed only against secondary copies: ≈.
  // Asynchronous inference and Batch Transform are billed at the same instance-hour rates as real-time hosting.
  'sagemaker.hosting.ml.g4dn.xlarge': entry(0.736, 'instance-hour', 'per ml.g4dn.xlarge hosting instance-hour (1 NVIDIA T4 GPU)', SAGEMAKER, true),
  'sagemaker.hosting.ml.g5.xlarge': entry(1.408, 'instance-hour', 'per ml.g5.xlarge hosting instance-hour (1 NVIDIA A10G GPU)', SAGEMAKER, true),
  'sagemaker.hosting.ml.p3.2xlarge': entry(3.825, 'instance-hour', 'per ml.p3.2xlarge hosting instance-hour (1 NVIDIA V100 GPU)', SAGEMAKER, true),
  'sagemaker.serverless.gbSecond': entry(0.00002, 'GB-second', 'per GB-second of serverless inference compute (memory size × processing time; $0.0000200/s at 1,024 MB)', SAGEMAKER, true),
  'sagemaker.serverless.dataGb': entry(0.016, 'GB', 'per GB of data processed by serverless inference (request payloads in)', SAGEMAKER, true),
  'dynamodb.writeMillion': entry(0.625, 'M writes', 'per million on-demand write request units', 'Amazon DynamoDB pricing'),
  'dynamodb.readMillion': entry(0.125, 'M reads', 'per million on-demand read request units (an eventually consistent read of ≤ 4 KB is half a unit)', 'Amazon DynamoDB pricing'),
  'dynamodb.gbMonth': entry(0.25, 'GB-month', 'per GB-month of table storage', 'Amazon DynamoDB pricing'),
  // Read 2026-11 from "Pricing for Provisioned Capacity" (us-east-1); confirmed against secondary tables only, hence ≈.
  'dynamodb.rcuHour': entry(0.00013, 'RCU-hour', 'per provisioned read capacity unit-hour (one strongly or two eventually consistent reads of ≤ 4 KB per second)', 'Amazon DynamoDB provisioned capacity pricing', true),
  'dynamodb.wcuHour': entry(0.00065, 'WCU-hour', 'per provisioned write capacity unit-hour (one write of ≤ 1 KB per second)', 'Amazon DynamoDB provisioned capacity pricing', true),
  'aurora.db.r6g.large': entry(0.26, 'instance-hour', 'per db.r6g.large instance-hour (Standard)', 'Amazon Aurora pricing'),
  'aurora.ioMillion': entry(0.2, 'M I/Os', 'per million I/O requests', 'Amazon Aurora pricing'),
  'aurora.gbMonth': entry(0.1, 'GB-month', 'per GB-month of storage', 'Amazon Aurora pricing'),
  'elasticache.cache.r6g.large.redis': entry(0.206, 'node-hour', 'per cache.r6g.large node-hour (Redis OSS)', 'Amazon ElastiCache pricing'),
  'elasticache.cache.r6g.large.valkey': entry(0.1648, 'node-hour', 'per cache.r6g.large node-hour (Valkey)', 'Amazon ElastiCache pricing'),
  'redshift.ra3.xlplus': entry(1.086, 'node-hour', 'per ra3.xlplus node-hour', 'Amazon Redshift pricing', true),
  'opensearch.r6g.large.search': entry(0.167, 'instance-hour', 'per r6g.large.search instance-hour', 'Amazon OpenSearch Service pricing', true),
  'apigateway.restMillion': entry(3.5, 'M requests', 'per million REST API requests', 'Amazon API Gateway pricing'),
  'apigateway.httpMillion': entry(1.0, 'M requests', 'per million HTTP API requests', 'Amazon API Gateway pricing'),
};
