import { describe, expect, it } from 'vitest';
import { design } from '../../shared/model/builder';
import { scenarioById } from '../../shared/scenarios/index';
import { DOC_NODE_HEIGHT, DOC_NODE_WIDTH, miniLayout, truncateLabel, type MiniOptions } from './miniLayout';

const CARD: MiniOptions = { width: 240, maxHeight: 170, iconSize: 26, padding: 8, labelMaxWidth: 84, fontSize: 10, maxScale: 0.45 };
const chain = (n: number) =>
  design({
    title: 'chain',
    nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, service: i === 0 ? ('source' as const) : ('s3' as const), label: `Node number ${i}` })),
    flows: n > 1 ? [Array.from({ length: n }, (_, i) => `n${i}`).join('>')] : [],
  });

describe('miniature layout', () => {
  it('scales a wide chain to fit the width, icons and labels inside the drawing', () => {
    const layout = miniLayout(chain(6), CARD);
    expect(layout.width).toBe(240);
    expect(layout.scale).toBeLessThan(CARD.maxScale);
    for (const node of layout.nodes) {
      expect(node.x - CARD.iconSize / 2).toBeGreaterThanOrEqual(0);
      expect(node.x + CARD.iconSize / 2).toBeLessThanOrEqual(240);
      expect(node.y - CARD.iconSize / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + CARD.iconSize / 2 + CARD.fontSize * 1.5).toBeLessThanOrEqual(layout.height);
    }
    // Same spacing as on the canvas, only smaller; left to right as on the canvas.
    const xs = layout.nodes.map((n) => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[1]! - xs[0]!).toBeCloseTo(260 * layout.scale, 5);
  });

  it('never enlarges past maxScale, and centres a small design', () => {
    const layout = miniLayout(chain(2), CARD);
    expect(layout.scale).toBe(CARD.maxScale);
    const mid = (layout.nodes[0]!.x + layout.nodes[1]!.x) / 2;
    expect(mid).toBeCloseTo(120, 5);
  });

  it('fits a tall design into maxHeight', () => {
    const tall = design({ title: 'tall', nodes: Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, service: 's3' as const, at: [0, i] as [number, number] })), flows: [] });
    const layout = miniLayout(tall, CARD);
    expect(layout.height).toBeLessThanOrEqual(CARD.maxHeight);
    expect(layout.nodes.every((n) => Math.abs(n.x - 120) < 1e-9)).toBe(true);
  });

  it('places one node in the middle and handles an empty design', () => {
    const one = miniLayout(chain(1), CARD);
    expect(one.nodes[0]!.x).toBeCloseTo(120, 5);
    expect(one.edges).toEqual([]);
    const empty = miniLayout({ nodes: [], edges: [] }, CARD);
    expect(empty.nodes).toEqual([]);
    expect(empty.height).toBeGreaterThan(0);
  });

  it('uses node centres, so a design moved on the canvas draws the same', () => {
    const doc = chain(3);
    const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: n.position.x - 5000, y: n.position.y + 777 } })) };
    expect(miniLayout(moved, CARD).nodes.map((n) => [n.x, n.y])).toEqual(miniLayout(doc, CARD).nodes.map((n) => [n.x, n.y]));
    expect(DOC_NODE_WIDTH).toBe(200);
    expect(DOC_NODE_HEIGHT).toBe(72);
  });

  it('draws each edge from the right of its source icon to the left of its target, skipping dangling ones', () => {
    const doc = chain(3);
    const layout = miniLayout({ ...doc, edges: [...doc.edges, { id: 'dangling', source: 'n0', target: 'gone' }] }, CARD);
    expect(layout.edges.map((e) => e.id)).toEqual(['n0-n1', 'n1-n2']);
    const [first] = layout.edges;
    const start = first!.path.match(/^M([\d.]+) ([\d.]+)/)!;
    expect(Number(start[1])).toBeCloseTo(layout.nodes[0]!.x + CARD.iconSize / 2, 0);
    expect(first!.path.endsWith(`${Math.round((layout.nodes[1]!.x - CARD.iconSize / 2) * 10) / 10} ${Math.round(layout.nodes[1]!.y * 10) / 10}`)).toBe(true);
  });

  it('shortens labels to the room between neighbours, and drops them when almost nothing fits', () => {
    const roomy = miniLayout(chain(2), { ...CARD, width: 600 });
    expect(roomy.nodes.map((n) => n.shortLabel)).toEqual(['Node number 0', 'Node number 1']);
    const tight = miniLayout(chain(4), CARD);
    expect(tight.nodes[0]!.shortLabel.endsWith('…')).toBe(true);
    expect(tight.nodes[0]!.shortLabel.length).toBeLessThan('Node number 0'.length);
    const crowded = miniLayout(chain(12), CARD);
    expect(crowded.nodes.every((n) => n.shortLabel === '')).toBe(true);
  });

  it('draws every option of a scenario within its card, spreading rows so no two icons overlap', () => {
    for (const option of scenarioById('seed-q2')!.options) {
      const layout = miniLayout(option.document, CARD);
      expect(layout.height).toBeLessThanOrEqual(CARD.maxHeight);
      expect(layout.nodes).toHaveLength(option.document.nodes.length);
      expect(layout.scaleY).toBeGreaterThan(layout.scale);
      for (const a of layout.nodes) {
        for (const b of layout.nodes) {
          if (a === b) continue;
          const apart = Math.abs(a.x - b.x) >= CARD.iconSize || Math.abs(a.y - b.y) >= CARD.iconSize;
          expect(apart, `${option.key}: ${a.id} and ${b.id}`).toBe(true);
        }
      }
    }
  });

  it('keeps the canvas proportions when rows are already far enough apart', () => {
    const twoRows = design({
      title: 'two rows',
      nodes: [
        { id: 'a', service: 's3', at: [0, 0] },
        { id: 'b', service: 's3', at: [1, 1] },
      ],
      flows: ['a>b'],
    });
    const layout = miniLayout(twoRows, { ...CARD, width: 600, maxHeight: 400 });
    expect(layout.scaleY).toBe(layout.scale);
  });

  it('truncates by characters, not code units', () => {
    expect(truncateLabel('Firehose', 20)).toBe('Firehose');
    expect(truncateLabel('Kinesis Data Streams', 8)).toBe('Kinesis…');
    expect(truncateLabel('😀😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncateLabel('anything', 0)).toBe('');
  });

  it('draws frames behind the icons, larger first, each holding its members’ icons and labels, inside the drawing', () => {
    const framed = {
      ...chain(5),
      groups: [
        { id: 'small', kind: 'stage' as const, label: 'Ingestion', colour: 'purple' as const, position: { x: -40, y: -72 }, size: { width: 540, height: 184 } },
        { id: 'all', kind: 'account' as const, label: 'Production account with a long name', colour: 'grey' as const, position: { x: -80, y: -120 }, size: { width: 1400, height: 300 } },
      ],
    };
    const layout = miniLayout(framed, CARD);
    expect(layout.frames.map((f) => f.id)).toEqual(['all', 'small']);
    const half = CARD.iconSize / 2;
    for (const frame of layout.frames) {
      expect(frame.x).toBeGreaterThanOrEqual(1);
      expect(frame.y).toBeGreaterThanOrEqual(1);
      expect(frame.x + frame.width).toBeLessThanOrEqual(layout.width - 1 + 1e-9);
      expect(frame.y + frame.height).toBeLessThanOrEqual(layout.height - 1 + 1e-9);
    }
    const small = layout.frames[1]!;
    const inside = (id: string) => {
      const node = layout.nodes.find((n) => n.id === id)!;
      return node.x - half >= small.x && node.x + half <= small.x + small.width && node.y - half >= small.y && node.y + half <= small.y + small.height;
    };
    expect(['n0', 'n1', 'n2'].map(inside)).toEqual([true, true, false]);
    // Labels are shortened to the frame's width.
    expect(layout.frames[0]!.shortLabel.length).toBeGreaterThanOrEqual(4);
    expect(small.shortLabel).toBe('Ingestion');
    // A design without frames draws none, and lays out as before.
    expect(miniLayout(chain(5), CARD).frames).toEqual([]);
  });
});

