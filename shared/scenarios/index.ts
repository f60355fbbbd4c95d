import { seedQ1 } from './seed/q1';
import { seedQ2 } from './seed/q2';
import { seedQ3 } from './seed/q3';
import { batchVsRealTime } from './team/batchVsRealTime';
import { budgetCap } from './team/budgetCap';
import { dataBrewIsNotTraining } from './team/dataBrewIsNotTraining';
import { exactlyOnce } from './team/exactlyOnce';
import { impossibleDeadline } from './team/impossibleDeadline';
import { firehoseFreshness } from './team/firehoseFreshness';
import { freshnessThroughBatch } from './team/freshnessThroughBatch';
import { requestTimeFeatures } from './team/requestTimeFeatures';
import { sharedReadLatency } from './team/sharedReadLatency';
import { kafkaEcosystem } from './team/kafkaEcosystem';
import { readFanOut } from './team/readFanOut';
import { replayRetention } from './team/replayRetention';
import { replayWeek } from './team/replayWeek';
import { servingAnalyticsStore } from './team/servingAnalyticsStore';
import { servingSubTen } from './team/servingSubTen';
import { shardsByBytes } from './team/shardsByBytes';
import { shardsByRecords } from './team/shardsByRecords';
import { shortJob } from './team/shortJob';
import { spotCriticalGreyZone } from './team/spotCriticalGreyZone';
import { spotFlexibleBuffer } from './team/spotFlexibleBuffer';
import { spotFlexibleShortDeadline } from './team/spotFlexibleShortDeadline';
import { spotGreyZone } from './team/spotGreyZone';
import { spotMaxWaitHeadroom } from './team/spotMaxWaitHeadroom';
import { spotSafe } from './team/spotSafe';
import { volumeFeed } from './team/volumeFeed';
import { leastOperations } from './team/leastOperations';
import { openSearchBackup } from './team/openSearchBackup';
import { dynamoReadConsistency } from './team/dynamoReadConsistency';
import { asyncLargePayloads } from './team/asyncLargePayloads';
import { nightlyBatchTransform } from './team/nightlyBatchTransform';
import { serverlessIntermittent } from './team/serverlessIntermittent';
import { multiModelEndpoint } from './team/multiModelEndpoint';
import { waitingApplicant } from './team/batchCannotAnswer';
import { gpuNotServerless } from './team/gpuNotServerless';
import { genomeBatchTransform } from './team/genomeBatchTransform';
import { largeImageDataset } from './team/largeImageDataset';
import { repeatedTrainingFsx } from './team/repeatedTrainingFsx';
import { featuresWithinTenMs } from './team/featuresWithinTenMs';
import { trainingServingSkew } from './team/trainingServingSkew';
import { offlineStoreForBatch } from './team/offlineStoreForBatch';
import { catalogForAthena } from './team/catalogForAthena';
import { glueBatchNotStreaming } from './team/glueBatchNotStreaming';
import { glueStreamingSpark } from './team/glueStreamingSpark';
import { labelImages } from './team/labelImages';
import { orchestrateRetraining } from './team/orchestrateRetraining';
import { driftOnEndpoint } from './team/driftOnEndpoint';
import type { Scenario } from './types';

/** The study notes' three questions first, then the team's, grouped by rule family. */
export const SCENARIOS: readonly Scenario[] = [
  seedQ1,
  seedQ2,
  seedQ3,
  firehoseFreshness,
  replayRetention,
  replayWeek,
  volumeFeed,
  shardsByBytes,
  shardsByRecords,
  readFanOut,
  kafkaEcosystem,
  exactlyOnce,
  spotSafe,
  spotGreyZone,
  shortJob,
  impossibleDeadline,
  spotMaxWaitHeadroom,
  spotFlexibleBuffer,
  spotFlexibleShortDeadline,
  spotCriticalGreyZone,
  servingSubTen,
  servingAnalyticsStore,
  asyncLargePayloads,
  genomeBatchTransform,
  nightlyBatchTransform,
  serverlessIntermittent,
  multiModelEndpoint,
  waitingApplicant,
  gpuNotServerless,
  dataBrewIsNotTraining,
  batchVsRealTime,
  budgetCap,
  freshnessThroughBatch,
  requestTimeFeatures,
  sharedReadLatency,
  leastOperations,
  openSearchBackup,
  dynamoReadConsistency,
  largeImageDataset,
  repeatedTrainingFsx,
  featuresWithinTenMs,
  trainingServingSkew,
  offlineStoreForBatch,
  catalogForAthena,
  glueBatchNotStreaming,
  glueStreamingSpark,
  labelImages,
  orchestrateRetraining,
  driftOnEndpoint,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}

export { rankOptions } from './rank';
export type { RankedOption, ScenarioRanking } from './rank';
export type * from './types';
export { EXAMPLES } from './examples';
