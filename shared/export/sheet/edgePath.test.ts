import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { applyOps } from '../../model/applyOps';
import type { PipelineDocument } from '../../model/document';
import { EXAMPLES } from '../../scenarios/examples';
import { diagramLayout } from './diagram';
import { sheetEdgePath } from './edgePath';
import { PALETTES } from './theme';

describe('sheetEdgePath', () => {
  const forward = { sx: 100, sy: 50, tx: 300, ty: 150, bottom: 180 };

  it('draws a curve in a curved design', () => {
    expect(sheetEdgePath('curved', forward).d).toMatch(/^M100 50C/);
  });

  it('draws steps in an orthogonal design: across, down at the middle, across', () => {
    const path = sheetEdgePath('orthogonal', forward);
    expect(path.d).toBe('M100 50H200V150H300');
    expect(path.mid.x).toBe(200);
  });

  it('takes a backward orthogonal edge around, under both cards', () => {
    const path = sheetEdgePath('orthogonal', { sx: 300, sy: 50, tx: 100, ty: 50, bottom: 90 });
    expect(path.d).toBe('M300 50H320V114H80V50H100');
    expect(path.mid).toEqual({ x: 200, y: 114 });
  });
});

describe('the sheet diagram', () => {
  it('draws a design’s edges in its edge style', () => {
    const edgePaths = (doc: PipelineDocument) =>
      diagramLayout(doc, analyze(doc), PALETTES.light, { cost: false, issues: false, notes: false })
        .items.filter((item) => item.kind === 'group' && item.role === 'edge')
        .map((group) => (group.kind === 'group' && group.items[0]?.kind === 'path' ? group.items[0].d : ''));
    const curved = EXAMPLES[0]!.document;
    const orthogonal = applyOps(curved, [{ op: 'setEdgeStyle', style: 'orthogonal' }]);
    expect(edgePaths(curved).every((d) => d.includes('C'))).toBe(true);
    const steps = edgePaths(orthogonal);
    expect(steps.length).toBe(curved.edges.length);
    for (const d of steps) expect(d).toMatch(/^M[\d.]+ [\d.]+(?:[HV]-?[\d.]+)+$/);
  });
});
