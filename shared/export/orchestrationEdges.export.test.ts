import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { design } from '../model/builder';
import { exportSvg } from './svg/exportSvg';

describe('orchestration edges on the exported sheet', () => {
  it('draws an orchestrator’s edge to a step dotted and a data edge solid, as the canvas does', () => {
    const doc = design({
      title: 'Orchestrated',
      nodes: [{ id: 's3', service: 's3' }, { id: 'etl', service: 'glue-etl' }, { id: 'flow', service: 'step-functions' }],
      flows: ['s3>etl', 'flow>etl'],
    });
    const svg = exportSvg(doc, analyze(doc), { theme: 'light', include: { cost: true, issues: true, notes: true }, icons: () => undefined });
    const edgePath = (source: string) => new RegExp(`data-source="${source}"[^>]*>\\s*<path [^>]*/>`).exec(svg)?.[0] ?? '';
    expect(edgePath('flow')).toContain('stroke-dasharray="2 4"');
    expect(edgePath('s3')).toMatch(/<path /);
    expect(edgePath('s3')).not.toContain('stroke-dasharray');
  });
});
