import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/document';
import { analysisOf, onlyPositionsDiffer } from './analysis';
import { applyOps } from '../../shared/model/applyOps';

describe('analysis memo', () => {
  const base = applyOps(emptyDocument(), [
    { op: 'addNode', service: 'source', position: { x: 0, y: 0 } },
    { op: 'addNode', service: 'firehose', position: { x: 300, y: 0 } },
  ]);

  it('reuses the result when only positions change', () => {
    const moved = applyOps(base, [{ op: 'moveNodes', moves: [{ node: 'firehose-1', x: 500, y: 40 }] }]);
    expect(onlyPositionsDiffer(base, moved)).toBe(true);
    const first = analysisOf(base);
    expect(analysisOf(moved)).toBe(first);
  });

  it('re-runs for anything else', () => {
    const changed = applyOps(base, [{ op: 'setParam', node: 'firehose-1', key: 'bufferSeconds', value: 60 }]);
    expect(onlyPositionsDiffer(base, changed)).toBe(false);
    expect(onlyPositionsDiffer(base, { ...base, title: 'x' })).toBe(false);
    expect(onlyPositionsDiffer(base, { ...base, edges: [] })).toBe(false);
    expect(analysisOf(changed)).not.toBe(analysisOf(base));
  });
});
