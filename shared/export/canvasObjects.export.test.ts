import DOMPurify from 'dompurify';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { applyOps } from '../model/applyOps';
import { frameAround } from '../model/groupMembers';
import type { PipelineDocument } from '../model/document';
import { EXAMPLES } from '../scenarios/index';
import { layoutSheet } from './sheet/layout';
import type { SheetItem } from './sheet/types';
import { mermaidFlowchart } from './mermaid';
import { exportSvg } from './svg/exportSvg';

/* Mermaid's own parser checks the subgraphs (its DOMPurify is stubbed in Node, as in markdown.test.ts). */
type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi;
beforeAll(async () => {
  const purify = DOMPurify as unknown as { addHook: () => void; sanitize: (text: string) => string };
  purify.addHook = () => undefined;
  purify.sanitize = (text: string) => text;
  mermaid = (await import('mermaid')).default as unknown as MermaidApi;
}, 60_000);

const ALL = { cost: true, issues: true, notes: true };

/** The Q1 answer with an account frame around everything, a stage frame around its first two nodes, and a sticky note. */
function groupedQ1(): PipelineDocument {
  const q1 = EXAMPLES.find((e) => e.id === 'q1-answer')!.document;
  const all = frameAround(q1.nodes, 80, 32)!;
  const firstTwo = frameAround(q1.nodes.slice(0, 2), 24, 32)!;
  return applyOps(q1, [
    { op: 'addGroup', kind: 'account', label: 'ML account', position: { x: all.x, y: all.y }, size: { width: all.width, height: all.height } },
    { op: 'addGroup', kind: 'stage', label: 'Ingest & store', position: { x: firstTwo.x, y: firstTwo.y }, size: { width: firstTwo.width, height: firstTwo.height } },
    { op: 'addAnnotation', kind: 'sticky', text: 'Spot: weekly retrain tolerates interruption', position: { x: all.x, y: all.y + all.height + 40 } },
  ]);
}

function flatten(items: readonly SheetItem[]): SheetItem[] {
  return items.flatMap((item) => (item.kind === 'group' ? [item, ...flatten(item.items)] : [item]));
}

describe('frames and notes on exports', () => {
  it('draws the frames (larger first, behind the cards) and the note on the sheet', () => {
    const doc = groupedQ1();
    const sheet = layoutSheet(doc, analyze(doc), { theme: 'light', include: ALL, embedsDesign: false });
    const diagram = sheet.bands.find((band) => band.kind === 'diagram')!.diagram!;
    const roles = diagram.items.map((item) => (item.kind === 'group' ? item.role : item.kind));
    expect(roles.slice(0, 2)).toEqual(['canvas-group', 'canvas-group']);
    expect(roles.indexOf('canvas-group')).toBeLessThan(roles.indexOf('node'));
    expect(roles.at(-1)).toBe('canvas-note');
    const texts = flatten(diagram.items).flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['ML account', 'Ingest & store', 'AWS ACCOUNT', 'STAGE']));
    expect(texts.join(' ')).toContain('Spot: weekly retrain');
  });

  it('keeps the cards inside their frame on the sheet', () => {
    const doc = groupedQ1();
    const sheet = layoutSheet(doc, analyze(doc), { theme: 'dark', include: ALL, embedsDesign: false });
    const items = sheet.bands.find((band) => band.kind === 'diagram')!.diagram!.items;
    const frame = items.find((item) => item.kind === 'group' && item.data?.['group-kind'] === 'account');
    const box = frame?.kind === 'group' ? frame.items[0] : undefined;
    if (box?.kind !== 'rect') throw new Error('no frame');
    const cards = items.filter((item) => item.kind === 'group' && item.role === 'node');
    expect(cards).toHaveLength(doc.nodes.length);
    for (const card of cards) {
      const rect = card.kind === 'group' ? card.items[0] : undefined;
      if (rect?.kind !== 'rect') throw new Error('no card');
      expect(rect.x).toBeGreaterThanOrEqual(box.x);
      expect(rect.y).toBeGreaterThanOrEqual(box.y);
      expect(rect.x + rect.w).toBeLessThanOrEqual(box.x + box.w);
      expect(rect.y + rect.h).toBeLessThanOrEqual(box.y + box.h);
    }
  });

  it('writes the frame and the note’s text into the SVG', () => {
    const doc = groupedQ1();
    const svg = exportSvg(doc, analyze(doc), { theme: 'light', include: ALL, icons: () => undefined });
    expect(svg).toContain('class="canvas-group"');
    expect(svg).toContain('ML account');
    expect(svg).toContain('Ingest &amp; store');
    expect(svg).toContain('class="canvas-note"');
    expect(svg).toContain('Spot: weekly retrain');
  });

  it('nests the frames as Mermaid subgraphs holding their nodes, and Mermaid parses it', async () => {
    const doc = groupedQ1();
    const text = mermaidFlowchart(doc, analyze(doc));
    const lines = text.split('\n');
    const outer = lines.findIndex((line) => line.trim().startsWith('subgraph g0["AWS account: ML account"]'));
    const inner = lines.findIndex((line) => line.trim().startsWith('subgraph g1["Stage: Ingest #amp; store"]'));
    expect(outer).toBeGreaterThan(0);
    expect(inner).toBeGreaterThan(outer);
    expect(lines[inner + 1]!.trim()).toMatch(/^n0_/);
    expect(lines[inner + 2]!.trim()).toMatch(/^n1_/);
    expect(lines.filter((line) => line.trim() === 'end')).toHaveLength(2);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});
