import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { serializeDocument } from './save';
import { emptyDocument } from '../model/document';
import { expectOneProblem, sampleText } from './testFiles.testutil';

function loaded(text: string) {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

describe('groups and annotations in the file', () => {
  it('round-trips frames and notes through save and load, byte for byte', () => {
    const doc = loaded(sampleText());
    expect(doc.groups).toHaveLength(1);
    expect(doc.annotations[0]!.text).toBe('Replay needs 7 days');
    const text = serializeDocument(doc);
    expect(loaded(text)).toEqual(doc);
    expect(serializeDocument(loaded(text))).toBe(text);
  });

  it('writes neither list when a design has none', () => {
    const text = serializeDocument(emptyDocument());
    expect(text).not.toContain('"groups"');
    expect(text).not.toContain('"annotations"');
  });

  it('migrates a version 1 file: it has no frames or notes, and saves as the current version', () => {
    const v1 = sampleText((file) => {
      file.version = 1;
      delete file.groups;
      delete file.annotations;
    });
    const doc = loaded(v1);
    expect(doc.version).toBe(3);
    expect(doc.groups).toEqual([]);
    expect(doc.annotations).toEqual([]);
    expect(serializeDocument(doc)).toContain('"version": 3,');
  });

  it('fills a frame’s label and colour and a note’s size from their kind', () => {
    const doc = loaded(
      sampleText((file) => {
        file.groups = [{ id: 'g', kind: 'account', position: { x: 0, y: 0 }, size: { width: 300, height: 200 } }];
        file.annotations = [{ id: 'a', kind: 'text', text: 'Hello', position: { x: 1, y: 2 } }];
      }),
    );
    expect(doc.groups[0]).toMatchObject({ label: 'AWS account', colour: 'grey' });
    expect(doc.annotations[0]!.size).toEqual({ width: 240, height: 48 });
  });

  it('refuses an unknown colour, a frame id that repeats a node id, and a note over its length limit', () => {
    expectOneProblem(
      parseDocument(sampleText((file) => (file.groups[0].colour = 'pink'))),
      'groups[0].colour',
      /colour/,
    );
    expectOneProblem(
      parseDocument(sampleText((file) => (file.groups[0].id = 'n1'))),
      'groups[0].id',
      'groups[0].id "n1" is already used by nodes[0]',
    );
    expectOneProblem(parseDocument(sampleText((file) => (file.annotations[0].text = 'x'.repeat(5001)))), 'annotations[0].text', /5000|5,000/);
  });
});
