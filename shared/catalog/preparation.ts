import { hoursPerRun, instanceCount, latencyTargetSeconds, runsPerMonth } from './commonParams';
import type { ServiceDefinition } from './types';

export const glueDataCatalog = {
  id: 'glue-data-catalog',
  name: 'AWS Glue Data Catalog and crawlers',
  shortName: 'Glue Data Catalog',
  category: 'storage',
  icon: 'AWSGlue.svg',
  accepts: ['objects'],
  emits: ['tables'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Serverless metadata store; crawlers scan S3, infer schemas and add tables and partitions.',
    management: 'None: point a crawler at a prefix and give it a schedule.',
    latency: 'New partitions are queryable after the next crawl (or at once with partition projection).',
    costModel: 'Crawlers $0.44 per DPU-hour, billed per second with a 10-minute minimum per crawl; the first million objects stored and million requests a month are free, then $1.00 per 100,000 objects and $1.00 per million requests.',
    examTip: 'S3 → crawler → Data Catalog → Athena is the least-effort way to query a data lake with SQL; Glue ETL, EMR and Redshift Spectrum read the same tables. No cluster, no Hive metastore to run.',
  },
  params: [
    { kind: 'number', key: 'crawlerDpus', label: 'Crawler DPUs', unit: 'DPUs', default: 2, min: 1, max: 100, integer: true, help: 'DPUs a crawl uses (the crawler’s run metrics report them; AWS’s pricing example uses 2).' },
    { kind: 'number', key: 'crawlMinutes', label: 'Minutes per crawl', unit: 'min', default: 10, min: 0, max: 2880, help: 'How long one crawl runs. Each crawl is billed for at least 10 minutes.' },
    { kind: 'number', key: 'crawlsPerMonth', label: 'Crawls per month', unit: 'crawls', default: 30, min: 0, max: 45_000, help: 'How often the crawler runs (daily ≈ 30). 0 when tables are defined by hand or with partition projection.' },
    { kind: 'number', key: 'catalogObjects', label: 'Catalog objects', unit: 'objects', default: 10_000, min: 0, max: 1_000_000_000, integer: true, help: 'Databases, tables, partitions and table versions kept. The first million are free.' },
    { kind: 'number', key: 'requestsPerMonth', label: 'Catalog requests', unit: 'requests/month', default: 100_000, min: 0, max: 10_000_000_000, help: 'Calls to the catalog a month (every Athena query and ETL job reads table definitions). The first million are free.' },
  ],
} as const satisfies ServiceDefinition;

const DATA_WRANGLER_INSTANCE_TYPES = ['ml.m5.4xlarge', 'ml.m5.8xlarge'] as const;

export const dataWrangler = {
  id: 'data-wrangler',
  name: 'Amazon SageMaker Data Wrangler',
  shortName: 'Data Wrangler',
  category: 'processing',
  icon: 'AmazonSageMakerAI.svg',
  accepts: ['objects', 'tables'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 1,
  batch: true,
  facts: {
    scaling: 'A visual data-preparation app in SageMaker Studio; the flow runs at scale as a Processing job.',
    management: 'Low: 300+ built-in transforms and data-quality reports, no code; you pick the app’s instance and shut it down when done.',
    latency: 'Interactive while you build the flow; the exported job runs in batch.',
    costModel: 'The app per instance-hour while it runs (ml.m5.4xlarge by default), plus the Processing jobs that run the flow.',
    examTip: 'Visual feature engineering for ML with the least code: import from S3, Athena or Redshift, transform, then export to a Processing job, a SageMaker Pipeline or the Feature Store. An app left running keeps billing.',
  },
  params: [
    { kind: 'enum', key: 'instanceType', label: 'App instance', options: DATA_WRANGLER_INSTANCE_TYPES, default: 'ml.m5.4xlarge', help: 'The instance the Data Wrangler app runs on in Studio.' },
    { kind: 'number', key: 'appHoursPerMonth', label: 'App hours', unit: 'h', default: 40, min: 0, max: 744, help: 'Hours a month the app runs while people build and check flows (billed until the app is shut down).' },
    { ...instanceCount, key: 'jobInstances', label: 'Job instances', help: 'ml.m5.4xlarge instances of the Processing job that runs the exported flow.' },
    { ...hoursPerRun, help: 'How long one run of the exported job takes.' },
    { ...runsPerMonth, help: 'How many times the exported job runs in a month (daily ≈ 30).' },
    latencyTargetSeconds,
  ],
} as const satisfies ServiceDefinition;

export const groundTruth = {
  id: 'ground-truth',
  name: 'Amazon SageMaker Ground Truth',
  shortName: 'Ground Truth',
  category: 'processing',
  icon: 'AmazonSageMakerGroundTruth.svg',
  accepts: ['objects'],
  emits: ['objects'],
  passThrough: false,
  operationsLevel: 0,
  batch: false,
  facts: {
    scaling: 'Managed labelling jobs: built-in task UIs (image classification, bounding boxes, segmentation, text) for human workers.',
    management: 'Low: a manifest in S3, a task template and a workforce; labels come back as an output manifest in S3.',
    latency: 'Hours to days: people do the labelling.',
    costModel: 'Per object labelled (tiered, from ≈$0.08), plus, with Amazon Mechanical Turk, a price per task for every worker who labels it. A private workforce (your own staff) adds no AWS charge.',
    examTip: 'The answer for “label a large unlabelled dataset”: private workforce for sensitive data, Mechanical Turk for public data, and automated data labelling (active learning) to send fewer objects to people.',
  },
  params: [
    { kind: 'number', key: 'objectsPerMonth', label: 'Objects labelled', unit: 'objects/month', default: 10_000, min: 0, max: 100_000_000, integer: true, help: 'Images, text documents or other objects labelled in a month.' },
    { kind: 'enum', key: 'workforce', label: 'Workforce', options: ['private', 'mechanical-turk'], default: 'private', help: 'private: your own employees or contractors (no per-task charge). mechanical-turk: the public crowd, paid per task per worker. (Vendor workforces set their own prices in AWS Marketplace.)' },
    { kind: 'number', key: 'workersPerObject', label: 'Workers per object', unit: 'workers', default: 3, min: 1, max: 9, integer: true, help: 'How many workers label each object; their answers are consolidated into one label.', shownWhen: { key: 'workforce', equals: 'mechanical-turk' } },
  ],
} as const satisfies ServiceDefinition;
