import DOMPurify from 'dompurify';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { documentArbitrary, HOSTILE_TEXTS } from '../format/documentArbitrary.testutil';
import { design } from '../model/builder';
import type { PipelineDocument } from '../model/document';
import { EXAMPLES } from '../scenarios/index';
import { formatMoney } from '../util/numbers';
import { exportMarkdown } from './markdown';
import { mermaidFlowchart, mermaidId, mermaidText } from './mermaid';

/*
 * The Mermaid block is checked with Mermaid's own flowchart parser (mermaid.parse). In Node, Mermaid's
 * label sanitiser (DOMPurify) has no window and exposes no functions; it is stubbed to pass text through,
 * which only skips sanitising, not parsing.
 */
type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi;

beforeAll(async () => {
  const purify = DOMPurify as unknown as { addHook: () => void; sanitize: (text: string) => string };
  purify.addHook = () => undefined;
  purify.sanitize = (text: string) => text;
  mermaid = (await import('mermaid')).default as unknown as MermaidApi;
}, 60_000);

const ALL = { cost: true, issues: true, notes: true };

function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error('no mermaid block');
  return match[1]!;
}

/** The rows of the cost table: lines from its header to the total row. */
function costTableRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf('| Node | Item | Formula | Monthly |');
  const rows: string[] = [];
  for (let k = start + 2; k < lines.length && lines[k]!.startsWith('|'); k++) rows.push(lines[k]!);
  return rows;
}

/** Cells of a GFM table row: split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/);
}

describe('Mermaid flowchart', () => {
  it('parses with Mermaid for every example, with one node per service and one arrow per edge', async () => {
    for (const entry of EXAMPLES) {
      const text = mermaidFlowchart(entry.document, analyze(entry.document));
      await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
      expect(text.startsWith('flowchart LR\n')).toBe(true);
      expect(text.match(/^ {2}n\d+\w*\["/gm)).toHaveLength(entry.document.nodes.length);
      expect(text.match(/-->/g)).toHaveLength(entry.document.edges.length);
    }
  });

  it('quotes hostile labels with entity codes and never uses a raw id', async () => {
    const document = design({
      title: 'Hostile',
      nodes: HOSTILE_TEXTS.slice(0, 12).map((label, index) => ({ id: index === 0 ? 'end' : `n ${index}"]`, service: 'lambda' as const, label })),
      flows: [],
    });
    const text = mermaidFlowchart(document, analyze(document));
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    expect(text).not.toMatch(/<script/);
    expect(mermaidId('end', 0)).toBe('n0_end');
    expect(mermaidText('a "b" <c> #d & `e` |f|')).toBe('a #quot;b#quot; #lt;c#gt; #35;d #amp; #96;e#96; #124;f#124;');
  });

  it('parses for generated documents with hostile labels', async () => {
    await fc.assert(
      fc.asyncProperty(documentArbitrary({ maxNodes: 6 }), async (document) => {
        await mermaid.parse(mermaidFlowchart(document, analyze(document)));
      }),
      { numRuns: 40 },
    );
  });
});

describe('Markdown study note', () => {
  const q1 = (): PipelineDocument => EXAMPLES.find((entry) => entry.id === 'q1-answer')!.document;

  it('has the title, the SVG beside it, the diagram, needs, the cost table and the issues', async () => {
    const document = q1();
    const analysis = analyze(document);
    const markdown = exportMarkdown(document, analysis, { include: ALL, svgFileName: 'q1 answer (v2).svg' });
    expect(markdown.startsWith(`# ${document.title}\n`)).toBe(true);
    expect(markdown).toContain('](q1%20answer%20%28v2%29.svg)');
    await expect(mermaid.parse(mermaidBlock(markdown))).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    expect(markdown).toContain('- Budget: ≤ $500.00/month');
    const rows = costTableRows(markdown);
    expect(rows).toHaveLength(analysis.cost.lines.length + 1);
    analysis.cost.lines.forEach((line, index) => expect(cells(rows[index]!).map((cell) => cell.trim())).toEqual([line.label, line.item, line.formula, formatMoney(line.amount)]));
    expect(rows.at(-1)).toContain(`**${formatMoney(analysis.cost.total)}**`);
    expect(markdown).toContain('## Issues and why');
    expect(markdown).toContain('No issues: an examiner would accept this design.');
  });

  it('lists issues with their why and fix', () => {
    const document = design({
      title: 'Too few shards',
      nodes: [
        { id: 'src', service: 'source', params: { eventsPerSecond: 8000, bytesPerEvent: 750 } },
        { id: 'kds', service: 'kinesis-data-streams', label: 'Click stream', params: { shards: 6 } },
        { id: 'fn', service: 'lambda' },
      ],
      flows: ['src>kds>fn'],
    });
    const analysis = analyze(document);
    const markdown = exportMarkdown(document, analysis, { include: ALL });
    const first = analysis.issues[0]!;
    expect(markdown).toContain(`1. **Error** \`${first.rule}\` (Click stream): `);
    expect(markdown).toContain(`*Why:* `);
    expect(markdown).toContain(`*Fix:* ${first.fix!.label}`);
  });

  it('lists the training verdicts: an impossible deadline with its why and no fix, a max wait without headroom with its fix', () => {
    const document = design({
      title: 'Nightly forecast',
      nodes: [
        { id: 'lake', service: 's3' },
        { id: 'late', service: 'sagemaker-training', label: 'Six-hour job', params: { purchase: 'on-demand', durationHours: 6, deadlineHours: 2 } },
        { id: 'tight', service: 'sagemaker-training', label: 'Tight wait', params: { purchase: 'spot', durationHours: 4, deadlineHours: 20, maxWaitHours: 4 } },
      ],
      flows: ['lake>late', 'lake>tight'],
    });
    const markdown = exportMarkdown(document, analyze(document), { include: ALL });
    const items = markdown.split('\n\n').filter((block) => /^\d+\. \*\*/.test(block));
    const impossible = items.find((item) => item.includes('`deadline-impossible`'))!;
    expect(impossible).toMatch(/^1\. \*\*Error\*\* `deadline-impossible` \(Six-hour job\): Six-hour job trains for 6 h but must be ready within 2 h/);
    expect(impossible).toContain('Pipeboard cannot tell how much faster more or larger instances would make this job');
    expect(impossible).toContain('*Why:* The training time is the run’s wall time on its instances');
    expect(impossible).not.toContain('*Fix:*');
    const headroom = items.find((item) => item.includes('`spot-max-wait-no-headroom`'))!;
    expect(headroom).toMatch(/^2\. \*\*Warning\*\* `spot-max-wait-no-headroom` \(Tight wait\): /);
    expect(headroom).toContain('*Fix:* Set max wait to the 20 h deadline');
  });

  it('states the request-time need and explains the freshness and request-time issues with their fixes', () => {
    const document = design({
      title: 'Precomputed fraud scores',
      needs: { requestTimeFeatures: true },
      nodes: [
        { id: 'lake', service: 's3' },
        { id: 'train', service: 'sagemaker-training', label: 'Weekly retrain', params: { runsPerMonth: 4.35 } },
        { id: 'scores', service: 'dynamodb', label: 'Scores' },
        { id: 'auth', service: 'client', label: 'Authorisation', params: { latencyTargetSeconds: 60 } },
      ],
      flows: ['lake>train>scores>auth'],
    });
    const markdown = exportMarkdown(document, analyze(document), { include: ALL });
    expect(markdown).toContain('- Request-time inputs: needed (predictions cannot be precomputed)');
    expect(markdown).toContain('`freshness-through-batch` (Authorisation, Weekly retrain): Authorisation needs data within 60 s, but Weekly retrain (SageMaker Training) runs weekly');
    expect(markdown).toContain('`precomputed-needs-request-time` (Authorisation): ');
    expect(markdown).toContain('*Fix:* Serve it from a SageMaker real-time endpoint');
  });

  it('states the replay window and explains a stream that keeps less, with its long-term retention priced', () => {
    const document = design({
      title: 'Week of replay',
      needs: { replayHours: 168 },
      nodes: [
        { id: 'src', service: 'source', params: { rateMode: 'volume', gbPerHour: 3.6 } },
        { id: 'kds', service: 'kinesis-data-streams', label: 'Meter stream' },
        { id: 'fn', service: 'lambda' },
        { id: 'year', service: 'kinesis-data-streams', label: 'Audit stream', params: { retentionHours: 720 } },
        { id: 'fn2', service: 'lambda' },
      ],
      flows: ['src>kds>fn', 'src>year>fn2'],
    });
    const markdown = exportMarkdown(document, analyze(document), { include: ALL });
    expect(markdown).toContain('- Replay: 168 h window');
    expect(markdown).toContain('**Error** `retention-shorter-than-replay` (Meter stream): Meter stream keeps records for 24 h, but consumers must be able to re-read 168 h');
    expect(markdown).toContain('*Fix:* Set retention to 168 h');
    expect(markdown).toContain('1,987.2 GB held beyond 7 days (3.6 GB/h × (720 h − 168 h))');
  });

  it('shows the operations score beside the cost, the least-operational-overhead need, the units assumption and a new rule with its why', () => {
    const doc = design({
      title: 'Logs to search',
      needs: { leastOperationalOverhead: true },
      nodes: [
        { id: 'src', service: 'source', params: { eventsPerSecond: 100, bytesPerEvent: 1000 } },
        { id: 'fh', service: 'firehose', params: { destination: 'opensearch' } },
        { id: 'lake', service: 's3' },
      ],
      flows: ['src>fh>lake'],
    });
    const markdown = exportMarkdown(doc, analyze(doc), { include: ALL });
    expect(markdown).toContain('· operations score 0 ·');
    expect(markdown).toContain('- Least operational overhead: needed');
    expect(markdown).toContain('firehose-destination-mismatch');
    expect(markdown).toContain('A Firehose stream has exactly one destination type');
    expect(markdown).toContain('1 KB = 1,024 bytes, 1 GB = 1,048,576 KB');
  });

  it('leaves sections out when asked', () => {
    const markdown = exportMarkdown(q1(), analyze(q1()), { include: { cost: false, issues: false, notes: false } });
    expect(markdown).not.toContain('## Cost sheet');
    expect(markdown).not.toContain('## Issues and why');
    expect(markdown).not.toContain('## Needs and notes');
    expect(markdown).toContain('```mermaid');
  });

  it('keeps one table row per line item and a single title line whatever the labels and notes say', () => {
    fc.assert(
      fc.property(documentArbitrary({ maxNodes: 8 }), (document) => {
        const analysis = analyze(document);
        const markdown = exportMarkdown(document, analysis, { include: ALL, svgFileName: `${document.title}.svg` });
        const rows = costTableRows(markdown);
        expect(rows).toHaveLength(analysis.cost.lines.length + 1);
        for (const row of rows) expect(cells(row)).toHaveLength(4);
        expect(markdown.split('\n')[0]!.startsWith('# ')).toBe(true);
        expect(markdown.split('\n')[1]).toBe('');
        // The notes never open a code fence, a heading or raw HTML.
        const notes = markdown.slice(markdown.indexOf('- Replay:'), markdown.indexOf('## Cost sheet'));
        expect(notes).not.toMatch(/^(```|~~~|#|<)/m);
      }),
      { numRuns: 80 },
    );
  });
});
