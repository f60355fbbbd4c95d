import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, spot, trainingJob } from './parts';

const images = { ...lake('lake', [0, 1], 'Labelled scans'), params: { storedGb: 500 } };
const train = (params: Params, at: [number, number] = [1, 1]) =>
  trainingJob('train', { ...spot(48), instanceType: 'ml.p3.2xlarge', durationHours: 8, runsPerMonth: 4.35, datasetGb: 500, dataFormat: 'images', ...params }, at, 'Defect model');
const option = (title: string, nodes: NodeSpec[], flows: string[]) => design({ title, nodes, flows });

export const largeImageDataset: Scenario = {
  id: 'team-large-image-dataset',
  title: '500 GB of images, retrained weekly',
  topic: 'Training input modes',
  origin: 'team',
  exam: ['MLS-C01 3.3', 'MLA-C01 1.1', 'MLA-C01 2.2'],
  prompt:
    'A manufacturer retrains a defect-detection model every week on 500 GB of labelled images kept in S3 (large image shards). Training itself takes about 8 hours on one GPU instance. The team wants training to start reading at once, without extra storage to run, at the lowest cost. How should the training job read its data?',
  requirements: ['500 GB of images in S3', 'Weekly retraining, 8 h of compute', 'Start reading at once, lowest cost'],
  answer: 'B',
  decidingRules: ['file-mode-large-dataset'],
  checks: [
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Training reads the images in S3' },
    { kind: 'includes', anyOf: ['sagemaker-training'], text: 'A SageMaker training job' },
  ],
  explanation:
    'File mode copies all 500 GB to the instance volume before the first step (≈50 min of billed GPU time every run, and a volume that must hold the whole set); AWS keeps File mode for data sets under about 50–100 GB. FastFile mode streams the same S3 objects as the training script opens them, with no code change, so training starts at once and nothing else is provisioned. FSx for Lustre also removes the download but adds a 1,200 GB file system (≈$168/month) that only pays off when many jobs read the same data repeatedly; copying the images to EFS costs ≈$150/month of storage for no gain.',
  options: [
    { key: 'A', summary: 'File mode (the default) from S3', document: option('File mode', [images, train({ inputMode: 'file' })], ['lake>train']) },
    { key: 'B', summary: 'FastFile mode from S3', document: option('FastFile mode', [images, train({ inputMode: 'fast-file' })], ['lake>train']) },
    {
      key: 'C',
      summary: 'Copy the images to EFS and mount it',
      document: option('EFS', [images, { id: 'efs', service: 'efs', label: 'Image copy', params: { storedGb: 500, throughputMode: 'bursting' }, at: [1, 1] }, train({ inputMode: 'file' }, [2, 1])], ['lake>efs>train']),
    },
    {
      key: 'D',
      summary: 'FSx for Lustre linked to the bucket, mounted by the job',
      document: option('FSx for Lustre', [images, { id: 'fsx', service: 'fsx-lustre', label: 'Scan cache', params: { capacityGb: 1200, deployment: 'scratch-2' }, at: [1, 1] }, train({ inputMode: 'file' }, [2, 1])], ['lake>fsx>train']),
    },
  ],
};
