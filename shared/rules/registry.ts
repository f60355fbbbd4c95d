import { budgetExceeded } from './graph/budgetExceeded';
import { cycle } from './graph/cycle';
import { disconnectedNode } from './graph/disconnectedNode';
import { invalidConnection } from './graph/invalidConnection';
import { noSource } from './graph/noSource';
import { exactlyOnceWithoutKafka } from './ingestion/exactlyOnceWithoutKafka';
import { firehoseLatency } from './ingestion/firehoseLatency';
import { firehoseMultipleConsumers } from './ingestion/firehoseMultipleConsumers';
import { firehoseDestinationMismatch } from './ingestion/firehoseDestinationMismatch';
import { kafkaNeedWithoutMsk } from './ingestion/kafkaNeedWithoutMsk';
import { kafkaStreamsNeedsKafka } from './ingestion/kafkaStreamsNeedsKafka';
import { kdsOverProvisioned } from './ingestion/kdsOverProvisioned';
import { kdsReadLimit } from './ingestion/kdsReadLimit';
import { kdsSharedReadLatency } from './ingestion/kdsSharedReadLatency';
import { kdsSingleConsumer } from './ingestion/kdsSingleConsumer';
import { kdsUnderProvisioned } from './ingestion/kdsUnderProvisioned';
import { mskBrokerCount } from './ingestion/mskBrokerCount';
import { mskWithoutKafkaNeed } from './ingestion/mskWithoutKafkaNeed';
import { replayNeedsStream } from './ingestion/replayNeedsStream';
import { retentionShorterThanReplay } from './ingestion/retentionShorterThanReplay';
import { alwaysOnForBatchScoring } from './serving/alwaysOnForBatchScoring';
import { asyncLimits } from './serving/asyncLimits';
import { batchCannotAnswer } from './serving/batchCannotAnswer';
import { oneEndpointPerModel } from './serving/oneEndpointPerModel';
import { realtimePayloadLimits } from './serving/realtimePayloadLimits';
import { serverlessFits } from './serving/serverlessFits';
import { serverlessUnfit } from './serving/serverlessUnfit';
import { singleInstanceEndpoint } from './serving/singleInstanceEndpoint';
import { modelMonitorWithoutEndpoint } from './serving/modelMonitorWithoutEndpoint';
import { servingLatency } from './serving/servingLatency';
import { servingOverkill } from './serving/servingOverkill';
import { precomputedNeedsRequestTime } from './serving/precomputedNeedsRequestTime';
import { featuresOfflineForRealtime } from './serving/featuresOfflineForRealtime';
import { featureSkew } from './serving/featureSkew';
import { batchForRealTime } from './training/batchForRealTime';
import { databrewNotTraining } from './training/databrewNotTraining';
import { deadlineImpossible } from './training/deadlineImpossible';
import { fileModeLargeDataset } from './training/fileModeLargeDataset';
import { freshnessThroughBatch } from './training/freshnessThroughBatch';
import { glueJobTypeMismatch } from './training/glueJobTypeMismatch';
import { glueStreamingForBatch } from './training/glueStreamingForBatch';
import { pipelinesStepUnsupported } from './training/pipelinesStepUnsupported';
import { endpointWithoutModel } from './training/endpointWithoutModel';
import { onDemandCouldBeSpot } from './training/onDemandCouldBeSpot';
import { spotBufferGreyZone } from './training/spotBufferGreyZone';
import { spotBufferTooSmall } from './training/spotBufferTooSmall';
import { spotHardDeadline } from './training/spotHardDeadline';
import { spotMaxWait } from './training/spotMaxWait';
import { spotMaxWaitNoHeadroom } from './training/spotMaxWaitNoHeadroom';
import { spotNoCheckpointing } from './training/spotNoCheckpointing';
import { spotShortJob } from './training/spotShortJob';
import { spotWaitPastDeadline } from './training/spotWaitPastDeadline';
import { trainingWithoutData } from './training/trainingWithoutData';
import type { Rule } from './types';

/** Every rule, in the order the reference table lists them. Adding a rule = one file + one line here. */
const RULE_LIST = [
  firehoseMultipleConsumers,
  firehoseLatency,
  replayNeedsStream,
  retentionShorterThanReplay,
  kdsUnderProvisioned,
  kdsReadLimit,
  kdsSharedReadLatency,
  kdsOverProvisioned,
  kdsSingleConsumer,
  mskWithoutKafkaNeed,
  kafkaNeedWithoutMsk,
  exactlyOnceWithoutKafka,
  mskBrokerCount,
  kafkaStreamsNeedsKafka,
  deadlineImpossible,
  firehoseDestinationMismatch,
  spotBufferTooSmall,
  spotBufferGreyZone,
  spotHardDeadline,
  spotShortJob,
  spotNoCheckpointing,
  spotMaxWait,
  spotMaxWaitNoHeadroom,
  spotWaitPastDeadline,
  onDemandCouldBeSpot,
  trainingWithoutData,
  endpointWithoutModel,
  batchForRealTime,
  freshnessThroughBatch,
  databrewNotTraining,
  fileModeLargeDataset,
  glueJobTypeMismatch,
  glueStreamingForBatch,
  pipelinesStepUnsupported,
  servingLatency,
  servingOverkill,
  precomputedNeedsRequestTime,
  realtimePayloadLimits,
  asyncLimits,
  batchCannotAnswer,
  alwaysOnForBatchScoring,
  serverlessFits,
  serverlessUnfit,
  oneEndpointPerModel,
  singleInstanceEndpoint,
  featuresOfflineForRealtime,
  featureSkew,
  modelMonitorWithoutEndpoint,
  invalidConnection,
  cycle,
  disconnectedNode,
  noSource,
  budgetExceeded,
] as const;

/** The id of every rule in the registry, as a union of literals: a misspelt rule id is a type error. */
export type RuleId = (typeof RULE_LIST)[number]['id'];

export const RULES: readonly Rule<RuleId>[] = RULE_LIST;

export type { Rule } from './types';
