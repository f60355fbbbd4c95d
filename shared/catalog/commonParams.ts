import type { NumberParamSpec, ParamSpec } from './types';

export const latencyTargetSeconds = {
  kind: 'number',
  key: 'latencyTargetSeconds',
  label: 'Freshness target',
  unit: 's',
  default: 0,
  min: 0,
  max: 604800,
  optional: true,
  help: 'How fresh the data this node works on must be, in seconds. Leave empty when any delay is fine.',
} as const satisfies NumberParamSpec;

export const latencyTargetMs = {
  kind: 'number',
  key: 'latencyTargetMs',
  label: 'Read latency target',
  unit: 'ms',
  default: 0,
  min: 0,
  max: 600000,
  optional: true,
  help: 'The p50 latency a single lookup must meet, in milliseconds. Leave empty for no target.',
} as const satisfies NumberParamSpec;

export const readsPerSecond = {
  kind: 'number',
  key: 'readsPerSecond',
  label: 'Reads',
  unit: 'reads/s',
  default: 10,
  min: 0,
  max: 10_000_000,
  help: 'Average lookups or queries per second served by this node.',
} as const satisfies NumberParamSpec;

export const writesPerSecond = {
  kind: 'number',
  key: 'writesPerSecond',
  label: 'Writes',
  unit: 'writes/s',
  default: 1,
  min: 0,
  max: 10_000_000,
  help: 'Average item writes per second.',
} as const satisfies NumberParamSpec;

export const storedGb = {
  kind: 'number',
  key: 'storedGb',
  label: 'Data stored',
  unit: 'GB',
  default: 10,
  min: 0,
  max: 10_000_000,
  help: 'Average amount of data kept in the store over the month.',
} as const satisfies NumberParamSpec;

export const hoursPerRun = {
  kind: 'number',
  key: 'hoursPerRun',
  label: 'Hours per run',
  unit: 'h',
  default: 1,
  min: 0.01,
  max: 720,
  help: 'How long one scheduled run takes.',
} as const satisfies NumberParamSpec;

export const runsPerMonth = {
  kind: 'number',
  key: 'runsPerMonth',
  label: 'Runs per month',
  unit: 'runs',
  default: 30,
  min: 0,
  max: 100_000,
  help: 'How many times the job runs in a month (daily ≈ 30, weekly ≈ 4.35, every 6 h ≈ 121.7).',
} as const satisfies NumberParamSpec;

export const instanceCount = {
  kind: 'number',
  key: 'instanceCount',
  label: 'Instances',
  unit: 'instances',
  default: 1,
  min: 1,
  max: 1000,
  integer: true,
  help: 'How many instances run at once.',
} as const satisfies NumberParamSpec;

/** The parameters every serving store shares. */
export const servingParams = [latencyTargetMs, readsPerSecond] as const satisfies readonly ParamSpec[];
