import type { NumberParamSpec, ParamSpec } from './types';

export const latencyTargetSeconds: NumberParamSpec = {
  kind: 'number',
  key: 'latencyTargetSeconds',
  label: 'Freshness target',
  unit: 's',
  default: 0,
  min: 0,
  max: 604800,
  optional: true,
  help: 'How fresh the data this node works on must be, in seconds. Leave empty when any delay is fine.',
};

export const latencyTargetMs: NumberParamSpec = {
  kind: 'number',
  key: 'latencyTargetMs',
  label: 'Read latency target',
  unit: 'ms',
  default: 0,
  min: 0,
  max: 600000,
  optional: true,
  help: 'The p50 latency a single lookup must meet, in milliseconds. Leave empty for no target.',
};

export const readsPerSecond: NumberParamSpec = {
  kind: 'number',
  key: 'readsPerSecond',
  label: 'Reads',
  unit: 'reads/s',
  default: 10,
  min: 0,
  max: 10_000_000,
  help: 'Average lookups or queries per second served by this node.',
};

export const writesPerSecond: NumberParamSpec = {
  kind: 'number',
  key: 'writesPerSecond',
  label: 'Writes',
  unit: 'writes/s',
  default: 1,
  min: 0,
  max: 10_000_000,
  help: 'Average item writes per second.',
};

export const storedGb: NumberParamSpec = {
  kind: 'number',
  key: 'storedGb',
  label: 'Data stored',
  unit: 'GB',
  default: 10,
  min: 0,
  max: 10_000_000,
  help: 'Average amount of data kept in the store over the month.',
};

export const hoursPerRun: NumberParamSpec = {
  kind: 'number',
  key: 'hoursPerRun',
  label: 'Hours per run',
  unit: 'h',
  default: 1,
  min: 0.01,
  max: 720,
  help: 'How long one scheduled run takes.',
};

export const runsPerMonth: NumberParamSpec = {
  kind: 'number',
  key: 'runsPerMonth',
  label: 'Runs per month',
  unit: 'runs',
  default: 30,
  min: 0,
  max: 100_000,
  help: 'How many times the job runs in a month (daily ≈ 30, weekly ≈ 4.35, every 6 h ≈ 121.7).',
};

export const instanceCount: NumberParamSpec = {
  kind: 'number',
  key: 'instanceCount',
  label: 'Instances',
  unit: 'instances',
  default: 1,
  min: 1,
  max: 1000,
  integer: true,
  help: 'How many instances run at once.',
};

/** The parameters every serving store shares. */
export const servingParams: readonly ParamSpec[] = [latencyTargetMs, readsPerSecond];
