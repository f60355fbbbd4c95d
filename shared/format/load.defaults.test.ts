import { describe, expect, it } from 'vitest';
import { defaultParams } from '../catalog';
import { DEFAULT_SETTINGS, emptyDocument } from '../model/document';
import { parseDocument, validateDocument, type LoadResult } from './load';
import { sampleFile, sampleText } from './testFiles.testutil';

function documentOf(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the file to load: ${JSON.stringify(result.problems)}`);
  return result.document;
}

describe('loading a valid file', () => {
  it('returns exactly what the file says', () => {
    const file = sampleFile();
    expect(documentOf(parseDocument(JSON.stringify(file)))).toEqual(file);
  });

  it('fills every missing optional part with its default', () => {
    const document = documentOf(parseDocument('{"format":"pipeboard","version":1}'));
    expect(document).toEqual(emptyDocument());
    expect(document.title).toBe('Untitled pipeline');
    expect(document.needs).not.toHaveProperty('budgetPerMonth');
  });

  it('fills missing needs with false or 0 and leaves the budget absent', () => {
    const document = documentOf(parseDocument(sampleText((file) => (file.needs = { exactlyOnce: true }))));
    expect(document.needs).toEqual({ kafkaEcosystem: false, exactlyOnce: true, replayHours: 0, requestTimeFeatures: false, leastOperationalOverhead: false });
    expect(Object.keys(document.needs)).not.toContain('budgetPerMonth');
  });

  it('fills missing settings fields from DEFAULT_SETTINGS', () => {
    const document = documentOf(parseDocument(sampleText((file) => (file.settings = { spotDiscount: 0 }))));
    expect(document.settings).toEqual({ ...DEFAULT_SETTINGS, spotDiscount: 0, prices: {} });
  });

  it('fills missing non-optional params with catalog defaults and leaves optional ones absent', () => {
    const document = documentOf(
      parseDocument(
        sampleText((file) => {
          file.nodes[1].params = { shards: 7 };
          delete file.nodes[0].params;
          file.nodes.push({ id: 'n3', service: 'lambda', position: { x: 1, y: 2 }, params: { latencyTargetSeconds: 5 } });
        }),
      ),
    );
    expect(document.nodes[0]!.params).toEqual(defaultParams('source'));
    expect(document.nodes[1]!.params).toEqual({ ...defaultParams('kinesis-data-streams'), shards: 7 });
    expect(document.nodes[2]!.params).toEqual({ ...defaultParams('lambda'), latencyTargetSeconds: 5 });
    expect(document.nodes[2]!.params).not.toHaveProperty('invocationsPerSecond');
  });

  it('gives a missing label the empty string and keeps an empty one', () => {
    const document = documentOf(
      parseDocument(
        sampleText((file) => {
          delete file.nodes[0].label;
          file.nodes[1].label = '';
        }),
      ),
    );
    expect(document.nodes.map((node) => node.label)).toEqual(['', '']);
  });

  it('keeps an empty title (only a missing one gets the default)', () => {
    expect(documentOf(parseDocument(sampleText((file) => (file.title = '')))).title).toBe('');
    expect(documentOf(parseDocument(sampleText((file) => delete file.title))).title).toBe('Untitled pipeline');
  });

  it('treats missing node and edge lists as empty', () => {
    const document = documentOf(
      parseDocument(
        sampleText((file) => {
          delete file.nodes;
          delete file.edges;
        }),
      ),
    );
    expect(document.nodes).toEqual([]);
    expect(document.edges).toEqual([]);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(documentOf(parseDocument(`\uFEFF${sampleText()}`))).toEqual(sampleFile());
  });

  it('reads -0 as 0 everywhere, as JSON writes it', () => {
    const text = sampleText().replace('"x":0', '"x":-0').replace('"gbPerHour":0', '"gbPerHour":-0.0');
    const document = documentOf(parseDocument(text.replace('"spotDiscount":0.6', '"spotDiscount":-0')));
    expect(Object.is(document.nodes[0]!.position.x, 0)).toBe(true);
    expect(Object.is(document.nodes[0]!.params.gbPerHour, 0)).toBe(true);
    expect(Object.is(document.settings.spotDiscount, 0)).toBe(true);
  });

  it('keeps hostile text exactly', () => {
    const label = '<script>alert("x")</script> & ]]> 😀 שלום \u0000\u001f \uD800';
    const document = documentOf(parseDocument(sampleText((file) => (file.nodes[0].label = label))));
    expect(document.nodes[0]!.label).toBe(label);
  });

  it('accepts self-loops and parallel edges (the rules judge them, not the format)', () => {
    const result = parseDocument(
      sampleText((file) => {
        file.edges.push({ id: 'e2', source: 'n1', target: 'n2' }, { id: 'e3', source: 'n2', target: 'n2' });
      }),
    );
    expect(documentOf(result).edges).toHaveLength(3);
  });
});

describe('validateDocument', () => {
  it('returns a document that shares no object with its input', () => {
    const input = sampleFile();
    const document = documentOf(validateDocument(input));
    const inputObjects = new Set<unknown>();
    const collect = (value: unknown, into: (object: object) => void): void => {
      if (typeof value !== 'object' || value === null) return;
      into(value);
      for (const child of Object.values(value)) collect(child, into);
    };
    collect(input, (object) => inputObjects.add(object));
    let shared = 0;
    let visited = 0;
    collect(document, (object) => {
      visited++;
      if (inputObjects.has(object)) shared++;
    });
    expect(visited).toBeGreaterThan(10);
    expect(shared).toBe(0);
    document.nodes[0]!.params.eventsPerSecond = 1;
    document.settings.prices['kds.shardHour'] = 9;
    expect(input).toEqual(sampleFile());
  });

  it('does not modify its input', () => {
    const input = sampleFile();
    delete input.nodes[1].params.retentionHours;
    delete input.needs;
    const before = structuredClone(input);
    documentOf(validateDocument(input));
    expect(input).toEqual(before);
  });

  it('treats undefined optional values like missing ones', () => {
    const input = sampleFile();
    input.needs.budgetPerMonth = undefined;
    input.nodes[1].params.shards = undefined;
    const document = documentOf(validateDocument(input));
    expect(document.needs).not.toHaveProperty('budgetPerMonth');
    expect(document.nodes[1]!.params.shards).toBe(1);
  });

  it('drops nothing it validated and adds no fields', () => {
    const document = documentOf(validateDocument(sampleFile()));
    expect(Object.keys(document)).toEqual(['format', 'version', 'title', 'notes', 'needs', 'settings', 'nodes', 'edges', 'groups', 'annotations']);
    expect(Object.keys(document.nodes[0]!)).toEqual(['id', 'service', 'label', 'position', 'params']);
  });

  it('never throws, even on values that throw when read or refer to themselves', () => {
    const cyclic: Record<string, unknown> = { format: 'pipeboard', version: 1 };
    cyclic.self = cyclic;
    const throwing = {
      format: 'pipeboard',
      version: 1,
      get nodes(): never {
        throw new Error('boom');
      },
    };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [cyclic, throwing, revoked.proxy, undefined, Symbol('s'), () => 1, 10n]) {
      const result = validateDocument(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
    const result = validateDocument(throwing);
    expect(result.ok || result.message).toBe('Pipeboard could not read this file because of an internal error.');
  });

  it('parseDocument never throws on a non-string', () => {
    const result = parseDocument(42 as unknown as string);
    expect(result).toEqual({
      ok: false,
      message: 'This file could not be read as text.',
      problems: [{ path: '', message: 'Expected the text of a file, got 42' }],
    });
  });
});
