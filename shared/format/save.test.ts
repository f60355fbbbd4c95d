import { describe, expect, it } from 'vitest';
import { emptyDocument, type PipelineDocument } from '../model/document';
import { parseDocument } from './load';
import { serializeDocument } from './save';

function sampleDocument(): PipelineDocument {
  return {
    format: 'pipeboard',
    version: 3,
    title: 'Feed',
    notes: '',
    needs: { kafkaEcosystem: false, exactlyOnce: false, replayHours: 168, requestTimeFeatures: false, leastOperationalOverhead: false, budgetPerMonth: 300 },
    settings: { region: 'us-east-1', hoursPerMonth: 730, spotDiscount: 0.7, prices: { 's3.gbMonth': 0.023, 'kds.shardHour': 0.015 } },
    nodes: [
      { id: 'n2', service: 'firehose', label: 'Hospital feed', position: { x: 10, y: -2.5 }, params: { bufferSeconds: 300 } },
      {
        id: 'n1',
        service: 'kinesis-data-streams',
        label: '',
        position: { x: 0, y: 0 },
        params: { shards: 2, retentionHours: 24, mode: 'provisioned', enhancedFanOut: false },
      },
    ],
    edges: [{ id: 'e1', source: 'n1', target: 'n2' }],
    groups: [],
    annotations: [],
  };
}

const EXPECTED = `{
  "format": "pipeboard",
  "version": 3,
  "title": "Feed",
  "notes": "",
  "needs": {
    "kafkaEcosystem": false,
    "exactlyOnce": false,
    "replayHours": 168,
    "budgetPerMonth": 300
  },
  "settings": {
    "region": "us-east-1",
    "hoursPerMonth": 730,
    "spotDiscount": 0.7,
    "prices": {
      "kds.shardHour": 0.015,
      "s3.gbMonth": 0.023
    }
  },
  "nodes": [
    {
      "id": "n2",
      "service": "firehose",
      "label": "Hospital feed",
      "position": {
        "x": 10,
        "y": -2.5
      },
      "params": {
        "bufferSeconds": 300
      }
    },
    {
      "id": "n1",
      "service": "kinesis-data-streams",
      "label": "",
      "position": {
        "x": 0,
        "y": 0
      },
      "params": {
        "enhancedFanOut": false,
        "mode": "provisioned",
        "retentionHours": 24,
        "shards": 2
      }
    }
  ],
  "edges": [
    {
      "id": "e1",
      "source": "n1",
      "target": "n2"
    }
  ]
}
`;

describe('serializeDocument', () => {
  it('writes the canonical text: fixed key order, sorted params and prices, 2-space indent, final newline', () => {
    expect(serializeDocument(sampleDocument())).toBe(EXPECTED);
  });

  it('does not depend on the key order of the objects it is given', () => {
    const shuffled = sampleDocument();
    const reversed = (record: object) => Object.fromEntries(Object.entries(record).reverse());
    const document = reversed({
      ...shuffled,
      needs: reversed(shuffled.needs),
      settings: reversed({ ...shuffled.settings, prices: reversed(shuffled.settings.prices) }),
      nodes: shuffled.nodes.map((node) => reversed({ ...node, position: reversed(node.position), params: reversed(node.params) })),
      edges: shuffled.edges.map(reversed),
    }) as PipelineDocument;
    expect(Object.keys(document)[0]).toBe('annotations');
    expect(serializeDocument(document)).toBe(EXPECTED);
  });

  it('keeps node and edge order', () => {
    const document = sampleDocument();
    document.edges.push({ id: 'e0', source: 'n2', target: 'n1' });
    const text = serializeDocument(document);
    expect(text.indexOf('"n2"')).toBeLessThan(text.indexOf('"id": "n1"'));
    expect(text.indexOf('"e1"')).toBeLessThan(text.indexOf('"e0"'));
  });

  it('omits absent optional values instead of writing null', () => {
    const document = sampleDocument();
    delete document.needs.budgetPerMonth;
    document.nodes[0]!.params = { bufferSeconds: 300, latencyTargetSeconds: undefined } as never;
    document.settings.prices = { 'kds.shardHour': undefined };
    const text = serializeDocument(document);
    expect(text).not.toContain('budgetPerMonth');
    expect(text).not.toContain('latencyTargetSeconds');
    expect(text).not.toContain('null');
    expect(text).toContain('"prices": {}');
    expect(text).toContain('"replayHours": 168\n  },');
  });

  it('writes only the fields of the format, dropping view state a caller attached', () => {
    const document = sampleDocument() as PipelineDocument & { selection: string[] };
    document.selection = ['n1'];
    Object.assign(document.nodes[0]!, { selected: true, width: 120 });
    Object.assign(document.edges[0]!, { animated: true });
    const text = serializeDocument(document);
    expect(text).toBe(EXPECTED);
  });

  it('is stable: the same document always gives the same text', () => {
    const first = serializeDocument(sampleDocument());
    for (let run = 0; run < 5; run++) expect(serializeDocument(sampleDocument())).toBe(first);
  });

  it('writes an empty document that loads back to itself', () => {
    const text = serializeDocument(emptyDocument());
    expect(text).toBe(
      '{\n  "format": "pipeboard",\n  "version": 3,\n  "title": "Untitled pipeline",\n  "notes": "",\n' +
        '  "needs": {\n    "kafkaEcosystem": false,\n    "exactlyOnce": false,\n    "replayHours": 0\n  },\n' +
        '  "settings": {\n    "region": "us-east-1",\n    "hoursPerMonth": 730,\n    "spotDiscount": 0.7,\n    "prices": {}\n  },\n' +
        '  "nodes": [],\n  "edges": []\n}\n',
    );
    expect(parseDocument(text)).toEqual({ ok: true, document: emptyDocument() });
  });

  it('escapes text so that hostile labels cannot break the file', () => {
    const document = sampleDocument();
    document.nodes[0]!.label = '"},\n"evil": true, "x": "\u0000\u2028';
    const text = serializeDocument(document);
    expect(text).toContain('"label": "\\"},\\n\\"evil\\": true, \\"x\\": \\"\\u0000\u2028"');
    const result = parseDocument(text);
    expect(result.ok && result.document.nodes[0]!.label).toBe(document.nodes[0]!.label);
  });

  it('does not modify the document', () => {
    const document = sampleDocument();
    serializeDocument(document);
    expect(document).toEqual(sampleDocument());
    expect(Object.keys(document.nodes[1]!.params)).toEqual(['shards', 'retentionHours', 'mode', 'enhancedFanOut']);
  });
});

describe('needs.leastOperationalOverhead', () => {
  it('is written only when set, and reads back; a file without it means false', () => {
    const doc = emptyDocument('Ops');
    expect(serializeDocument(doc)).not.toContain('leastOperationalOverhead');
    const text = serializeDocument({ ...doc, needs: { ...doc.needs, leastOperationalOverhead: true } });
    expect(text).toContain('"leastOperationalOverhead": true');
    const loaded = parseDocument(text);
    expect(loaded.ok && loaded.document.needs.leastOperationalOverhead).toBe(true);
    const old = parseDocument(serializeDocument(doc));
    expect(old.ok && old.document.needs.leastOperationalOverhead).toBe(false);
  });
});
