import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { parseDocument } from './load';
import { toVersion2 } from './migrateV1';
import { serializeDocument } from './save';
import type { RawFile } from './testFiles.testutil';

/** A version-1 file as the previous release wrote it: `needs.replay` and no rate mode. */
function v1File(needs: RawFile, source: RawFile): RawFile {
  return {
    format: 'pipeboard',
    version: 1,
    title: 'Hospital feed',
    notes: '',
    needs: { kafkaEcosystem: false, exactlyOnce: false, ...needs },
    settings: { region: 'us-east-1', hoursPerMonth: 730, spotDiscount: 0.7, prices: {} },
    nodes: [
      { id: 'src', service: 'source', label: 'Hospitals', position: { x: 0, y: 0 }, params: source },
      { id: 'fh', service: 'firehose', label: 'Feed', position: { x: 260, y: 0 }, params: { bufferSeconds: 300 } },
      { id: 'lake', service: 's3', label: 'Lake', position: { x: 520, y: 0 }, params: {} },
    ],
    edges: [
      { id: 'src-fh', source: 'src', target: 'fh' },
      { id: 'fh-lake', source: 'fh', target: 'lake' },
    ],
  };
}

function load(file: RawFile) {
  const result = parseDocument(JSON.stringify(file));
  if (!result.ok) throw new Error(`expected the file to load: ${JSON.stringify(result.problems)}`);
  return result.document;
}

const firehoseGb = (file: RawFile): number => analyze(load(file)).cost.lines.find((line) => line.node === 'fh')!.quantity;

describe('format 1 → 2', () => {
  it('turns replay: true into a 24 h replay window, and false or absent into none', () => {
    expect(load(v1File({ replay: true }, { eventsPerSecond: 100 })).needs.replayHours).toBe(24);
    expect(load(v1File({ replay: false }, { eventsPerSecond: 100 })).needs.replayHours).toBe(0);
    expect(load(v1File({}, { eventsPerSecond: 100 })).needs.replayHours).toBe(0);
  });

  it('keeps what a replay need meant: the Firehose-only design is still refused for replay', () => {
    const issues = analyze(load(v1File({ replay: true }, { eventsPerSecond: 100 }))).issues.map((issue) => issue.rule);
    expect(issues).toContain('replay-needs-stream');
  });

  it('gives a source with only GB/hour the volume mode, and prices it by volume', () => {
    const onlyVolume = v1File({}, { gbPerHour: 2 });
    const document = load(onlyVolume);
    expect(document.nodes[0]!.params.rateMode).toBe('volume');
    // 2 GB/h × 730 h = 1,460 GB (before: priced as the default 100 events/s of 1,000 B, 262.8 GB billed at 5 KB each = 1,314 GB).
    expect(firehoseGb(onlyVolume)).toBeCloseTo(1460, 6);
    expect(firehoseGb(v1File({}, { eventsPerSecond: 0, bytesPerEvent: 1000, gbPerHour: 2 }))).toBeCloseTo(1460, 6);
  });

  it('keeps event sources in the events mode, whatever their GB/hour says', () => {
    const events = load(v1File({}, { eventsPerSecond: 500, bytesPerEvent: 1000, gbPerHour: 2 }));
    expect(events.nodes[0]!.params.rateMode).toBe('events');
    expect(load(v1File({}, { eventsPerSecond: 0, gbPerHour: 0 })).nodes[0]!.params.rateMode).toBe('events');
  });

  it('saves the migrated design as the current version, which loads back to the same design', () => {
    const document = load(v1File({ replay: true }, { gbPerHour: 2 }));
    const text = serializeDocument(document);
    expect(text).toContain('"version": 3,');
    expect(text).toContain('"replayHours": 24');
    expect(text).not.toContain('"replay":');
    expect(text).toContain('"rateMode": "volume"');
    expect(parseDocument(text)).toEqual({ ok: true, document });
  });

  it('never changes its input, and leaves values of an unexpected shape for validation to name', () => {
    const file = v1File({ replay: true }, { gbPerHour: 2 });
    const before = JSON.stringify(file);
    toVersion2(file);
    expect(JSON.stringify(file)).toBe(before);
    expect(toVersion2({ needs: 'none', nodes: 'none' })).toEqual({ needs: 'none', nodes: 'none' });
    expect(toVersion2({ nodes: [null, 5, { service: 'source', params: 'p' }] })).toEqual({ nodes: [null, 5, { service: 'source', params: 'p' }] });
  });

  it('refuses a v1 replay that is not true or false, naming its replacement', () => {
    const result = parseDocument(JSON.stringify(v1File({ replay: 'yes' }, { eventsPerSecond: 100 })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(['needs.replay']);
  });
});

describe('format 2', () => {
  it('refuses needs.replay with a sentence that names needs.replayHours', () => {
    const file: RawFile = { ...v1File({}, { eventsPerSecond: 100 }), version: 2 };
    file.needs = { ...file.needs, replay: true };
    const result = parseDocument(JSON.stringify(file));
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'needs.replay',
          message:
            'needs.replay (true or false) was replaced in format version 2 by needs.replayHours: the hours of past records consumers must be able to re-read, 0 for none',
        },
      ],
    });
  });

  it('prices a volume source by its GB/hour: typing 2 GB/h changes the price', () => {
    const file: RawFile = { ...v1File({}, { rateMode: 'volume', gbPerHour: 1 }), version: 2 };
    const twoGb: RawFile = { ...file, nodes: [{ ...file.nodes[0], params: { rateMode: 'volume', gbPerHour: 2 } }, ...file.nodes.slice(1)] };
    expect(firehoseGb(file)).toBeCloseTo(730, 6);
    expect(firehoseGb(twoGb)).toBeCloseTo(1460, 6);
  });
});
