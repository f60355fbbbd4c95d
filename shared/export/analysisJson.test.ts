import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { design } from '../model/builder';
import type { PipelineDocument } from '../model/document';
import { syntheticPipeline } from '../model/syntheticPipeline';
import { EXAMPLES, SCENARIOS } from '../scenarios/index';
import { CHUNK_CHARS } from '../util/jsonText';
import { toAnalysisJson, writeAnalysisJson } from './analysisJson';

function written(document: PipelineDocument, indent: number | undefined): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeAnalysisJson(analyze(document), indent, (chunk) => chunks.push(chunk));
  return { text: chunks.join(''), chunks };
}

function stringified(document: PipelineDocument, indent: number | undefined): string {
  return JSON.stringify(toAnalysisJson(analyze(document)), null, indent);
}

/** Labels and ids JSON.stringify has to escape or order specially: integer-like ids come first in a record. */
const awkward = design({
  title: 'Awkward text',
  needs: { budgetPerMonth: 12.5 },
  nodes: [
    { id: 'src', service: 'source', label: 'Quote " backslash \\ tab \t newline \n', params: { eventsPerSecond: 3000, bytesPerEvent: 500 } },
    { id: '10', service: 'kinesis-data-streams', label: 'Lone surrogate \ud800 and pair 😀', params: { shards: 1 } },
    { id: '2', service: 'lambda', label: 'C1 \u0085 bidi \u202e line sep \u2028 NUL \u0000' },
    { id: 'x-1', service: 'firehose', label: '' },
    { id: '007', service: 's3', label: 'Leading zero id' },
    { id: 'alone', service: 'dynamodb', label: 'Unconnected' },
  ],
  flows: ['src>10>2', '10>x-1>007'],
});

describe('writeAnalysisJson', () => {
  const documents: Array<[string, PipelineDocument]> = [
    ...EXAMPLES.map((example): [string, PipelineDocument] => [example.id, example.document]),
    ...SCENARIOS.flatMap((scenario) => scenario.options.map((option): [string, PipelineDocument] => [`${scenario.id} ${option.key}`, option.document])),
    ['awkward text', awkward],
    ['empty design', design({ title: 'Empty', nodes: [], flows: [] })],
  ];

  it.each(documents)('writes %s byte for byte as JSON.stringify of toAnalysisJson, compact and indented', (_name, document) => {
    expect(written(document, undefined).text).toBe(stringified(document, undefined));
    expect(written(document, 2).text).toBe(stringified(document, 2));
  });

  it('writes a 10,000-node design the same, in chunks of about 64 K characters', () => {
    const document = syntheticPipeline(10_000);
    const { text, chunks } = written(document, undefined);
    expect(text).toBe(stringified(document, undefined));
    expect(chunks.length).toBeGreaterThan(10);
    // A chunk ends after the record that crossed the limit; no record is near 8 K characters.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + 8192);
    expect(written(document, 2).text).toBe(stringified(document, 2));
  });

  it('keeps the awkward text: escapes parse back to the labels and integer-like ids come first', () => {
    const json = JSON.parse(written(awkward, undefined).text) as ReturnType<typeof toAnalysisJson>;
    expect(Object.keys(json.derived.nodes).slice(0, 2)).toEqual(['2', '10']);
    expect(json.cost.lines.find((line) => line.node === '10')?.label).toBe('Lone surrogate \ud800 and pair 😀');
    expect(json.cost.budgetPerMonth).toBe(12.5);
  });
});
