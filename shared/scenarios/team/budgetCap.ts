import { design, type NodeSpec } from '../../model/builder';
import type { Params } from '../../model/document';
import type { Scenario } from '../types';
import { lake, predictionTable, spot, trainingJob } from './parts';

const needs = { budgetPerMonth: 150 };
const reviews: NodeSpec = { id: 'src', service: 'source', label: 'Product reviews', params: { rateMode: 'volume', gbPerHour: 0.5 }, at: [0, 1] };
const pipeline = (title: string, ingest: NodeSpec, training: Params, serving: NodeSpec = predictionTable('table', 100, [4, 1]), sink?: NodeSpec) =>
  design({
    title,
    needs,
    nodes: [reviews, { ...ingest, at: [1, 1] }, ...(sink ? [{ ...sink, at: [1, 2] as [number, number] }] : []), lake('lake', [2, 1], 'Reviews'), trainingJob('train', { runsPerMonth: 4.35, durationHours: 4, ...training }, [3, 1], 'Weekly sentiment model'), serving],
    flows: [sink ? `src>ingest>${sink.id}>lake>train>table` : 'src>ingest>lake>train>table'],
  });
const firehose: NodeSpec = { id: 'ingest', service: 'firehose', label: 'Review feed' };

export const budgetCap: Scenario = {
  id: 'team-budget',
  title: 'Sentiment on $150 a month',
  topic: 'Budget as a hard constraint',
  origin: 'team',
  exam: ['MLS-C01 1.2', 'MLS-C01 4.2', 'MLA-C01 1.1', 'MLA-C01 4.2'],
  prompt:
    'A small shop ingests 0.5 GB of product reviews per hour, retrains a sentiment model weekly (4 hours, needed within 2 days) and serves scores to its website. The whole pipeline must cost under $150 a month. Which design fits?',
  requirements: ['0.5 GB/hour ingest', 'Weekly 4-hour training, 48-hour window', 'Serve scores under 100 ms', 'Under $150/month'],
  answer: 'A',
  decidingRules: ['budget-exceeded', 'msk-without-kafka-need', 'serving-overkill'],
  checks: [
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Reviews land in S3' },
    { kind: 'flows', from: ['s3'], to: ['sagemaker-training'], text: 'Weekly training reads them' },
    { kind: 'servesWithin', ms: 100, text: 'Scores served under 100 ms' },
  ],
  explanation:
    'Firehose (365 GB × $0.029 ≈ $10.59), S3, weekly Spot training on ml.g4dn.xlarge (12x buffer) and DynamoDB come to well under $150. On-Demand on a ml.p3.16xlarge alone is ≈$490 a month; MSK’s brokers and storage alone are over $600; an ElastiCache cluster adds $150 for latency nobody asked for. When the question gives a budget, breaking it is a wrong answer.',
  options: [
    { key: 'A', summary: 'Firehose → S3 → Spot training → DynamoDB', document: pipeline('Firehose and Spot', firehose, { ...spot(48), instanceType: 'ml.g4dn.xlarge' }) },
    { key: 'B', summary: 'Firehose → S3 → On-Demand ml.p3.16xlarge → DynamoDB', document: pipeline('Big On-Demand training', firehose, { purchase: 'on-demand', instanceType: 'ml.p3.16xlarge', deadlineHours: 48 }) },
    { key: 'C', summary: 'MSK → Lambda sink → S3 → Spot training → DynamoDB', document: pipeline('MSK', { id: 'ingest', service: 'msk', label: 'Review topics', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 100 } }, { ...spot(48), instanceType: 'ml.g4dn.xlarge' }, undefined, { id: 'sink', service: 'lambda', label: 'S3 sink' }) },
    {
      key: 'D',
      summary: 'Firehose → S3 → Spot training → ElastiCache',
      document: pipeline('ElastiCache serving', firehose, { ...spot(48), instanceType: 'ml.g4dn.xlarge' }, { id: 'table', service: 'elasticache', label: 'Scores cache', params: { latencyTargetMs: 100, nodes: 1 }, at: [4, 1] }),
    },
  ],
};
