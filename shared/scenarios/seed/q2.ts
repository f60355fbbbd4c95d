import { design, type NodeSpec } from '../../model/builder';
import type { Scenario } from '../types';

const needs = { replayHours: 24 };
const posts: NodeSpec = { id: 'src', service: 'source', label: 'Social posts', params: { eventsPerSecond: 1000, bytesPerEvent: 1000 }, at: [0, 1] };
const lake: NodeSpec[] = [
  { id: 's3', service: 's3', label: 'Data lake', at: [3, 1] },
  { id: 'train', service: 'sagemaker-training', label: 'Daily training', params: { purchase: 'on-demand', instanceType: 'ml.m5.xlarge', durationHours: 1, runsPerMonth: 30, deadlineHours: 24 }, at: [4, 1] },
  { id: 'scores', service: 'dynamodb', label: 'Predictions', params: { latencyTargetMs: 50, readsPerSecond: 50, writesPerSecond: 1 }, at: [5, 1] },
];
const sentiment: NodeSpec = { id: 'sent', service: 'lambda', label: 'Real-time sentiment', params: { latencyTargetSeconds: 5, memoryMb: 512, durationMs: 200, batchSize: 100 }, at: [3, 0] };
const sentimentStore: NodeSpec = { id: 'sentdb', service: 'dynamodb', label: 'Sentiment', params: { latencyTargetMs: 50, readsPerSecond: 10, writesPerSecond: 10 }, at: [4, 0] };
const experiments: NodeSpec = { id: 'exp', service: 'lambda', label: 'Algorithm experiments', params: { memoryMb: 1024, durationMs: 300, batchSize: 500 }, at: [3, 2] };
const experimentResults: NodeSpec = { id: 'expout', service: 's3', label: 'Experiment results', params: { storedGb: 50 }, at: [4, 2] };

export const seedQ2: Scenario = {
  id: 'seed-q2',
  title: 'From one destination to three consumers',
  topic: 'Firehose vs Kinesis Data Streams; replay; real time',
  origin: 'study-notes',
  exam: ['MLS-C01 1.2', 'MLS-C01 1.3', 'MLA-C01 1.1'],
  prompt:
    'A social media analytics team runs Firehose → S3, trains daily On-Demand and serves from DynamoDB. Now marketing wants sentiment in real time, and data science wants to try different algorithms on the same stream, re-reading it as they go. What is the best change?',
  requirements: ['Keep delivering to S3 for daily training', 'Real-time sentiment (seconds)', 'Experiments re-read the same stream (replay)', 'Three consumers processing the same data differently'],
  answer: 'B',
  decidingRules: ['firehose-latency', 'replay-needs-stream', 'batch-for-real-time', 'msk-without-kafka-need'],
  checks: [
    { kind: 'flows', from: ['source'], to: ['s3'], text: 'Data still reaches S3 for daily training' },
    { kind: 'freshWithin', seconds: 5, text: 'Real-time sentiment consumer' },
    { kind: 'fanOut', atLeast: 3, text: 'Three consumers read the same stream' },
  ],
  explanation:
    'Three consumers now process the same data in different ways, one of them within seconds, and experiments must replay it: that is Kinesis Data Streams with several Lambda consumers, keeping a Firehose behind the stream for S3. A second Firehose still delivers in 300 s batches and keeps nothing to replay. MSK works but nothing needs Kafka, so it is the costly, high-effort choice. SageMaker Processing is a batch job and cannot give real-time sentiment.',
  options: [
    {
      key: 'A',
      summary: 'Add another Firehose',
      document: design({
        title: 'Q2 A: a second Firehose',
        needs,
        nodes: [posts, { id: 'fh', service: 'firehose', label: 'To the lake', at: [1, 1] }, { id: 'fh2', service: 'firehose', label: 'To sentiment', at: [1, 0] }, ...lake, sentiment, sentimentStore],
        flows: ['src>fh>s3>train>scores', 'src>fh2>sent>sentdb'],
      }),
    },
    {
      key: 'B',
      summary: 'Replace with Kinesis Data Streams → multiple Lambdas',
      document: design({
        title: 'Q2 B: Data Streams → several Lambdas',
        needs,
        nodes: [
          posts,
          { id: 'kds', service: 'kinesis-data-streams', params: { shards: 2 }, at: [1, 1] },
          { id: 'fh', service: 'firehose', label: 'To the lake', at: [2, 1] },
          // The stream's three consumers side by side in one column, so each edge from the stream is
          // plainly its own (nothing runs behind the Firehose), their outputs in the next.
          ...lake,
          { ...sentiment, at: [2, 0] },
          { ...sentimentStore, at: [3, 0] },
          { ...experiments, at: [2, 2] },
          { ...experimentResults, at: [3, 2] },
        ],
        flows: ['src>kds>fh>s3>train>scores', 'kds>sent>sentdb', 'kds>exp>expout'],
      }),
    },
    {
      key: 'C',
      summary: 'Replace with MSK',
      document: design({
        title: 'Q2 C: MSK',
        needs,
        nodes: [
          posts,
          { id: 'msk', service: 'msk', params: { brokers: 3, brokerType: 'kafka.m5.large', storageGbPerBroker: 1000 }, at: [1, 1] },
          { id: 'fh', service: 'firehose', label: 'To the lake', at: [2, 1] },
          ...lake,
          sentiment,
          sentimentStore,
          experiments,
          experimentResults,
        ],
        flows: ['src>msk>fh>s3>train>scores', 'msk>sent>sentdb', 'msk>exp>expout'],
      }),
    },
    {
      key: 'D',
      summary: 'Add SageMaker Processing',
      document: design({
        title: 'Q2 D: add SageMaker Processing',
        needs,
        nodes: [
          posts,
          { id: 'fh', service: 'firehose', label: 'To the lake', at: [1, 1] },
          ...lake,
          { id: 'proc', service: 'sagemaker-processing', label: 'Sentiment job', params: { latencyTargetSeconds: 5, hoursPerRun: 0.25, runsPerMonth: 720 }, at: [4, 0] },
          { id: 'procout', service: 's3', label: 'Sentiment output', params: { storedGb: 10 }, at: [5, 0] },
        ],
        flows: ['src>fh>s3>train>scores', 's3>proc>procout'],
      }),
    },
  ],
};
