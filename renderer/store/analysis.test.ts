import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/document';
import { analysisOf, onlyPositionsDiffer } from './analysis';
import { addNode, moveNodes, setParam } from './docEdits';

describe('analysis memo', () => {
  const base = addNode(addNode(emptyDocument(), 'source', { x: 0, y: 0 }).doc, 'firehose', { x: 300, y: 0 }).doc;

  it('reuses the result when only positions change', () => {
    const moved = moveNodes(base, new Map([['firehose-1', { x: 500, y: 40 }]]));
    expect(onlyPositionsDiffer(base, moved)).toBe(true);
    const first = analysisOf(base);
    expect(analysisOf(moved)).toBe(first);
  });

  it('re-runs for anything else', () => {
    const changed = setParam(base, 'firehose-1', 'bufferSeconds', 60);
    expect(onlyPositionsDiffer(base, changed)).toBe(false);
    expect(onlyPositionsDiffer(base, { ...base, title: 'x' })).toBe(false);
    expect(onlyPositionsDiffer(base, { ...base, edges: [] })).toBe(false);
    expect(analysisOf(changed)).not.toBe(analysisOf(base));
  });
});
