import { describe, expect, it } from 'vitest';
import { applyOps } from './applyOps';
import { design } from './builder';
import type { PipelineDocument } from './document';
import { clearSpot, NODE_FOOTPRINT } from './placement';

/** Pairs of node ids whose cards (with the gaps) overlap. */
function overlappingPairs(doc: PipelineDocument): string[] {
  const pairs: string[] = [];
  const { width, height } = NODE_FOOTPRINT;
  doc.nodes.forEach((a, i) => {
    for (const b of doc.nodes.slice(i + 1)) {
      if (Math.abs(a.position.x - b.position.x) < width && Math.abs(a.position.y - b.position.y) < height) pairs.push(`${a.id}/${b.id}`);
    }
  });
  return pairs;
}

const crowded = (): PipelineDocument =>
  design({
    title: 'crowded',
    nodes: [
      { id: 'src', service: 'source', at: [0, 0] },
      { id: 'kds', service: 'kinesis-data-streams', at: [1, 0] },
      { id: 'fn', service: 'lambda', at: [2, 0] },
      { id: 'lake', service: 's3', at: [3, 0] },
      { id: 'below', service: 's3', label: 'Below', at: [2, 1] },
      { id: 'left', service: 'source', label: 'Left', at: [0, 1] },
    ],
    flows: ['src>kds>fn>lake', 'left>kds'],
  });

describe('clearSpot', () => {
  it('keeps a free spot and moves off an occupied one to the nearest clear one', () => {
    expect(clearSpot([], { x: 10.4, y: 5 })).toEqual({ x: 10, y: 5 });
    const spot = clearSpot([{ position: { x: 0, y: 0 } }], { x: 20, y: 20 });
    expect(Math.abs(spot.x) >= NODE_FOOTPRINT.width + NODE_FOOTPRINT.gapX || Math.abs(spot.y) >= NODE_FOOTPRINT.height + NODE_FOOTPRINT.gapY).toBe(true);
    expect(spot.y).toBeGreaterThan(0);
  });
});

describe('nodes added by fixes land clear of every other node', () => {
  it('insertBetween on a crowded row, insertBefore into a taken column, several times over', () => {
    let doc = crowded();
    doc = applyOps(doc, [{ op: 'insertBetween', source: 'kds', target: 'fn', service: 'firehose', label: 'Between' }]);
    doc = applyOps(doc, [{ op: 'insertBetween', source: 'fn', target: 'lake', service: 'firehose', label: 'Between 2' }]);
    doc = applyOps(doc, [{ op: 'insertBefore', target: 'kds', service: 'source', label: 'Before' }]);
    doc = applyOps(doc, [{ op: 'insertBefore', target: 'kds', service: 'source', label: 'Before 2' }]);
    doc = applyOps(doc, [{ op: 'insertBetween', source: 'lake', service: 'lambda', label: 'After' }]);
    expect(doc.nodes).toHaveLength(11);
    expect(overlappingPairs(doc)).toEqual([]);
  });
});
