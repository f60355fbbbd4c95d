import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, trainingJob } from './parts';

const tiles = { ...lake('lake', [0, 1], 'Map tiles'), params: { storedGb: 2000 } };
/** Nightly: 4 tuning jobs a night (≈122 runs a month), each due 6 h after the data lands; On-Demand because the deadline is hard. */
const train = (params: Params, at: [number, number] = [1, 1]) =>
  trainingJob('train', { purchase: 'on-demand', critical: true, instanceType: 'ml.p3.2xlarge', instanceCount: 2, durationHours: 4, runsPerMonth: 121.7, deadlineHours: 6, datasetGb: 2000, dataFormat: 'images', ...params }, at, 'Nightly tuning');
const option = (title: string, nodes: NodeSpec[], flows: string[]) => design({ title, nodes, flows });

export const repeatedTrainingFsx: Scenario = {
  id: 'team-repeated-training-fsx',
  title: 'The same 2 TB, every night, four times',
  topic: 'Training input modes',
  origin: 'team',
  exam: ['MLS-C01 1.1', 'MLS-C01 3.3', 'MLA-C01 1.1', 'MLA-C01 2.2'],
  prompt:
    'Every night a mapping company runs four hyperparameter-tuning jobs, each on two GPU instances, over the same 2 TB of small image tiles (about 100 KB each) in S3, read in random order. Each job computes for 4 hours and must finish within 6 hours. A FastFile trial took 7 hours: every tile is a separate S3 request. Which data source should the jobs use?',
  requirements: ['2 TB of ~100 KB tiles, random reads', 'Four jobs a night on the same data', 'Each job done within 6 hours'],
  answer: 'C',
  decidingRules: ['file-mode-large-dataset', 'deadline-impossible'],
  checks: [
    { kind: 'flows', from: ['fsx-lustre', 'efs'], to: ['sagemaker-training'], text: 'The jobs mount a file system' },
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'The tiles come from the S3 data lake' },
  ],
  explanation:
    'AWS’s guidance points to FSx for Lustre when a data set is too large for File mode, is made of many small files that cannot easily be serialised, or is read in random order. File mode would download 2 TB before each of ≈122 runs a month (≈3.3 h per run on each instance, billed, on top of the deadline). FastFile fetches each 100 KB tile with its own S3 request; the trial’s 7 hours miss the 6-hour deadline. A persistent FSx for Lustre file system linked to the bucket loads the tiles once and serves every job from SSD at sub-millisecond latency (3,600 GB provisioned, ≈$522/month). EFS works too but costs far more: $600/month of storage plus ≈$7,300 of Elastic throughput reads (2 TB read by each of ≈122 runs at ≈$0.03 per GB).',
  options: [
    { key: 'A', summary: 'File mode from S3', document: option('File mode', [tiles, train({ inputMode: 'file' })], ['lake>train']) },
    { key: 'B', summary: 'FastFile mode from S3 (7 h in the trial)', document: option('FastFile mode', [tiles, train({ inputMode: 'fast-file', durationHours: 7 })], ['lake>train']) },
    {
      key: 'C',
      summary: 'Persistent FSx for Lustre linked to the bucket',
      document: option('FSx for Lustre', [tiles, { id: 'fsx', service: 'fsx-lustre', label: 'Tile file system', params: { capacityGb: 2000, deployment: 'persistent-125' }, at: [1, 1] }, train({ inputMode: 'file' }, [2, 1])], ['lake>fsx>train']),
    },
    {
      key: 'D',
      summary: 'Copy the tiles to EFS (Elastic throughput) and mount it',
      document: option('EFS', [tiles, { id: 'efs', service: 'efs', label: 'Tile copy', params: { storedGb: 2000, throughputMode: 'elastic', gbReadPerMonth: 243400 }, at: [1, 1] }, train({ inputMode: 'file' }, [2, 1])], ['lake>efs>train']),
    },
  ],
};
