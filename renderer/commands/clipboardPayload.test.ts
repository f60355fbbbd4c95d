import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment } from './clipboardPayload';
import type { Fragment } from '../../shared/model/fragment';

describe('clipboard payload', () => {
  const fragment: Fragment = {
    nodes: [
      { id: 'source-1', service: 'source', label: 'Clicks', position: { x: 0, y: 0 }, params: { eventsPerSecond: 8000 } },
      { id: 'firehose-1', service: 'firehose', label: 'Firehose', position: { x: 240, y: 0 }, params: {} },
    ],
    edges: [{ id: 'e-1', source: 'source-1', target: 'firehose-1' }],
  };

  it('round-trips', () => {
    expect(decodeFragment(encodeFragment(fragment))).toEqual(fragment);
  });

  it('ignores other text and unknown services', () => {
    expect(decodeFragment('hello')).toBeNull();
    expect(decodeFragment('{"nodes":[]}')).toBeNull();
    expect(decodeFragment(JSON.stringify({ 'pipeboard/fragment': 1, nodes: [{ ...fragment.nodes[0], service: 'ec2' }] }))).toBeNull();
  });

  it('drops unsafe and non-scalar params', () => {
    const text = '{"pipeboard/fragment":1,"nodes":[{"id":"a","service":"s3","label":"S3","position":{"x":1,"y":2},"params":{"__proto__":{"x":1},"storedGb":5,"o":{}}}]}';
    expect(decodeFragment(text)?.nodes[0]?.params).toEqual({ storedGb: 5 });
  });
});
