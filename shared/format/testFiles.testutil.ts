import { expect } from 'vitest';
import type { LoadResult } from './load';
import type { LoadProblem } from './problems';

/**
 * Raw JSON that tests corrupt on purpose: any field, at any depth, set to any type or deleted (that is
 * what the loader must refuse). No static type admits every such edit.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped JSON, see above; confined to this one alias.
export type RawFile = Record<string, any>;

/** A small valid file as raw JSON: a source feeding Kinesis Data Streams in a frame, and a note, with every field set. */
export function sampleFile(): RawFile {
  return {
    format: 'pipeboard',
    version: 3,
    title: 'Clickstream',
    notes: 'Study notes',
    needs: { kafkaEcosystem: false, exactlyOnce: true, replayHours: 0, requestTimeFeatures: true, leastOperationalOverhead: true, budgetPerMonth: 300 },
    settings: { region: 'eu-west-1', hoursPerMonth: 720, spotDiscount: 0.6, prices: { 'kds.shardHour': 0.02 } },
    nodes: [
      {
        id: 'n1',
        service: 'source',
        label: 'Web app',
        position: { x: 0, y: 0 },
        params: { rateMode: 'events', eventsPerSecond: 500, bytesPerEvent: 1000, gbPerHour: 0 },
      },
      {
        id: 'n2',
        service: 'kinesis-data-streams',
        label: 'Clicks',
        position: { x: 240, y: -40.5 },
        params: { mode: 'provisioned', shards: 2, enhancedFanOut: false, retentionHours: 24 },
      },
    ],
    edges: [{ id: 'e1', source: 'n1', target: 'n2' }],
    groups: [{ id: 'g1', kind: 'vpc', label: 'Ingest VPC', colour: 'green', position: { x: -40, y: -80 }, size: { width: 520, height: 200 } }],
    annotations: [{ id: 'a1', kind: 'sticky', text: 'Replay needs 7 days', position: { x: 0, y: 200 }, size: { width: 200, height: 160 } }],
  };
}

/** The sample file, changed by `change`, as file text. */
export function sampleText(change: (file: RawFile) => void = () => {}): string {
  const file = sampleFile();
  change(file);
  return JSON.stringify(file);
}

/** The problems of a load that must have failed. */
export function problemsOf(result: LoadResult): LoadProblem[] {
  if (result.ok) throw new Error('expected the file to be refused, but it loaded');
  return result.problems;
}

/** Asserts a refused load with exactly one problem, at `path`, whose message matches `message`. */
export function expectOneProblem(result: LoadResult, path: string, message: string | RegExp): LoadProblem {
  const problems = problemsOf(result);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.path).toBe(path);
  if (typeof message === 'string') expect(problems[0]!.message).toBe(message);
  else expect(problems[0]!.message).toMatch(message);
  return problems[0]!;
}
