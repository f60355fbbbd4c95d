import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { validateDocument } from '../format/index';
import { EXAMPLES, SCENARIOS } from './index';

const documents = [
  ...SCENARIOS.flatMap((scenario) => scenario.options.map((option) => [`${scenario.id} ${option.key}`, option.document] as const)),
  ...EXAMPLES.map((example) => [`example ${example.id}`, example.document] as const),
];

describe('scenario and example documents', () => {
  it('there are option documents and examples to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12 + 5);
  });

  it.each(documents)('%s passes validateDocument, which changes nothing the engine reads', (_name, document) => {
    const result = validateDocument(document);
    if (!result.ok) expect.fail(`${result.message} ${JSON.stringify(result.problems)}`);
    expect(result.ok).toBe(true);
    expect(result.document.nodes).toEqual(document.nodes);
    expect(result.document.edges).toEqual(document.edges);
    expect(JSON.stringify(analyze(result.document))).toBe(JSON.stringify(analyze(document)));
  });
});
