import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';
import { lake } from './parts';

const needs = { leastOperationalOverhead: true };
const uploads = lake('raw', [0, 1], 'Partner uploads (CSV)');
const analysts: NodeSpec = { id: 'sql', service: 'athena', label: 'Analyst queries', params: { readsPerSecond: 0.001, gbScannedPerQuery: 2 }, at: [3, 1] };
const daily = { hoursPerRun: 1, runsPerMonth: 30 };

export const catalogForAthena: Scenario = {
  id: 'team-catalog-for-athena',
  title: 'SQL over the lake, nothing to run',
  topic: 'Data Catalog and crawlers',
  origin: 'team',
  prompt:
    'Partners drop CSV files into an S3 bucket every day, in a new date folder each time. Data scientists want to explore them with SQL in Athena before building features, and the new day must show up as a new partition without anyone writing table definitions. The team wants the least to build and run. Which design fits?',
  requirements: ['Daily CSV drops in S3, partitioned by date', 'Queried with Athena', 'Schemas and partitions kept up to date automatically', 'Least operational overhead'],
  answer: 'A',
  decidingRules: [],
  exam: ['MLS-C01 1.1', 'MLA-C01 1.1'],
  checks: [
    { kind: 'includes', anyOf: ['glue-data-catalog'], text: 'A Data Catalog defines the tables' },
    { kind: 'flows', from: ['s3'], to: ['athena'], text: 'Athena queries the lake' },
  ],
  explanation:
    'A Glue crawler scheduled daily infers the CSV schema and adds each date folder as a partition of a Data Catalog table, which Athena queries directly: nothing to size or patch (operations score 0), about $4.40 a month of crawler time (2 DPUs × the 10-minute minimum × 30 crawls). A nightly Glue ETL job that rewrites the files and registers them also needs no servers, but it is a job to write and costs about $132 a month (10 DPUs × 1 h × 30 runs). An EMR cluster with its own Hive metastore is a cluster to size and tune (operations level 2), and loading everything into Redshift adds a warehouse to run (level 1) for what is ad-hoc exploration.',
  options: [
    {
      key: 'A',
      summary: 'S3 → Glue crawler (daily) → Data Catalog → Athena',
      document: design({
        title: 'Crawler and catalog',
        needs,
        nodes: [uploads, { id: 'catalog', service: 'glue-data-catalog', label: 'Partner tables', params: { crawlerDpus: 2, crawlMinutes: 5, crawlsPerMonth: 30 }, at: [1, 1] }, { ...analysts, at: [2, 1] }],
        flows: ['raw>catalog>sql'],
      }),
    },
    {
      key: 'B',
      summary: 'S3 → nightly EMR cluster (Hive metastore) → S3 → Athena',
      document: design({
        title: 'EMR and Hive',
        needs,
        nodes: [uploads, { id: 'emr', service: 'emr', label: 'Hive tables', params: { instanceCount: 3, ...daily }, at: [1, 1] }, lake('curated', [2, 1], 'Curated lake'), analysts],
        flows: ['raw>emr>curated>sql'],
      }),
    },
    {
      key: 'C',
      summary: 'S3 → nightly Glue ETL job that rewrites and registers the files → S3 → Athena',
      document: design({
        title: 'Nightly Glue job',
        needs,
        nodes: [uploads, { id: 'etl', service: 'glue-etl', label: 'Register partitions', params: { dpus: 10, ...daily }, at: [1, 1] }, lake('curated', [2, 1], 'Curated lake'), analysts],
        flows: ['raw>etl>curated>sql'],
      }),
    },
    {
      key: 'D',
      summary: 'S3 → load into Redshift every night → query in Redshift',
      document: design({
        title: 'Warehouse load',
        needs,
        nodes: [uploads, { id: 'dw', service: 'redshift', label: 'Partner warehouse', params: { nodes: 2, readsPerSecond: 0.001 }, at: [1, 1] }],
        flows: ['raw>dw'],
      }),
    },
  ],
};
