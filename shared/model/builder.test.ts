import { describe, expect, it } from 'vitest';
import { design } from './builder';
import { DEFAULT_NEEDS, FORMAT_NAME, FORMAT_VERSION } from './document';
import { booleanParam, enumParam, numberParam, optionalNumberParam } from './params';

describe('design()', () => {
  const doc = design({
    title: 'Built',
    needs: { replayHours: 24, budgetPerMonth: 100 },
    settings: { hoursPerMonth: 720 },
    nodes: [
      { id: 'src', service: 'source', params: { eventsPerSecond: 10 } },
      { id: 'fh', service: 'firehose', label: 'Feed', at: [3, 2] },
      { id: 'lake', service: 's3' },
    ],
    flows: ['src > fh > lake'],
  });

  it('fills the format header, needs and settings', () => {
    expect(doc).toMatchObject({ format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Built', notes: '' });
    expect(doc.needs).toEqual({ ...DEFAULT_NEEDS, replayHours: 24, budgetPerMonth: 100 });
    expect(doc.settings).toEqual({ region: 'us-east-1', hoursPerMonth: 720, spotDiscount: 0.7, prices: {} });
  });

  it('labels with the short name, lays out on the grid and fills default params', () => {
    expect(doc.nodes.map((n) => [n.id, n.label, n.position])).toEqual([
      ['src', 'Source', { x: 0, y: 0 }],
      ['fh', 'Feed', { x: 780, y: 300 }],
      ['lake', 'S3', { x: 520, y: 0 }],
    ]);
    expect(doc.nodes[0]!.params).toEqual({ rateMode: 'events', eventsPerSecond: 10, bytesPerEvent: 1000, gbPerHour: 0 });
    // Optional parameters (S3's stored size) stay unset.
    expect(doc.nodes[2]!.params).not.toHaveProperty('storedGb');
  });

  it('turns chains into edges named source-target', () => {
    expect(doc.edges).toEqual([
      { id: 'src-fh', source: 'src', target: 'fh' },
      { id: 'fh-lake', source: 'fh', target: 'lake' },
    ]);
  });
});

describe('typed parameter reads', () => {
  const node = design({ title: 'p', nodes: [{ id: 't', service: 'sagemaker-training', params: { durationHours: 6 } }], flows: [] }).nodes[0]!;
  const bare = { ...node, params: {} };

  it('read the stored value, or the catalog default when it is missing', () => {
    expect(numberParam(node, 'durationHours')).toBe(6);
    expect(numberParam(bare, 'durationHours')).toBe(1);
    expect(enumParam(bare, 'purchase')).toBe('on-demand');
    expect(booleanParam(bare, 'checkpointing')).toBe(true);
  });

  it('an optional number is undefined until set', () => {
    expect(optionalNumberParam(node, 'maxWaitHours')).toBeUndefined();
    expect(optionalNumberParam({ ...node, params: { maxWaitHours: 8 } }, 'maxWaitHours')).toBe(8);
    expect(optionalNumberParam(bare, 'deadlineHours')).toBe(24);
  });

  it("another service's keys read as zero, false or empty (misspelt keys do not compile: see params.typecheck.ts)", () => {
    expect([numberParam(node, 'shards'), booleanParam(node, 'enhancedFanOut'), enumParam(node, 'mode'), optionalNumberParam(node, 'shards')]).toEqual([0, false, '', undefined]);
  });
});
