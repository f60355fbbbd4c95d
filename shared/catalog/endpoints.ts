import { latencyTargetSeconds } from './commonParams';
import type { ServiceDefinition } from './types';

export const source = {
  id: 'source',
  name: 'Data producers',
  shortName: 'Source',
  category: 'sources',
  icon: 'neutral:source',
  accepts: [],
  emits: ['records', 'objects'],
  passThrough: false,
  batch: false,
  facts: {
    scaling: 'Whatever produces the data: devices, apps, hospitals, click streams.',
    management: 'Outside the pipeline.',
    latency: 'Emits continuously.',
    costModel: 'Not priced: producers are outside AWS billing here.',
    examTip: 'Read the rate from the question: events/s × bytes, or GB/hour. Everything downstream is sized from it.',
  },
  params: [
    {
      kind: 'number',
      key: 'eventsPerSecond',
      label: 'Events',
      unit: 'events/s',
      default: 100,
      min: 0,
      max: 100_000_000,
      help: 'Average events (records) produced per second. Set to 0 to give the rate as GB/hour instead.',
    },
    {
      kind: 'number',
      key: 'bytesPerEvent',
      label: 'Event size',
      unit: 'bytes',
      default: 1000,
      min: 1,
      max: 10_000_000,
      integer: true,
      help: 'Average size of one event in bytes (1 MB = 1,000,000 bytes).',
    },
    {
      kind: 'number',
      key: 'gbPerHour',
      label: 'Volume',
      unit: 'GB/h',
      default: 0,
      min: 0,
      max: 1_000_000,
      help: 'Data volume per hour, used when events/s is 0. Record counts then assume 5 KB (5,120-byte) records.',
    },
  ],
} as const satisfies ServiceDefinition;

export const client = {
  id: 'client',
  name: 'Apps and users',
  shortName: 'Client',
  category: 'consumers',
  icon: 'neutral:client',
  accepts: ['predictions'],
  emits: [],
  passThrough: false,
  batch: false,
  facts: {
    scaling: 'The applications or people that consume predictions.',
    management: 'Outside the pipeline.',
    latency: 'Sets the latency the serving layer must meet.',
    costModel: 'Not priced.',
    examTip: 'The client’s latency need ("<50 ms via API") decides the serving store.',
  },
  params: [latencyTargetSeconds],
} as const satisfies ServiceDefinition;
