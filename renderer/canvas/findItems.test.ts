import { describe, expect, it } from 'vitest';
import { design } from '../../shared/model/builder';
import { canvasSearchItems, findMatches, nodeSearchItems } from './findItems';

describe('find on canvas', () => {
  const doc = design({
    title: 'Find',
    nodes: [
      { id: 'src', service: 'source', label: 'Hospitals', params: { eventsPerSecond: 500 }, at: [0, 0] },
      { id: 'fh', service: 'firehose', label: 'Ingest', at: [1, 0] },
      { id: 's3', service: 's3', label: 'Café lake', at: [2, 0] },
    ],
    flows: [],
  });
  const items = nodeSearchItems(doc);
  const ids = (query: string) => findMatches(items, query).map((item) => item.id);

  it('finds nodes by label, service name and parameter value', () => {
    expect(ids('hosp')).toEqual(['src']);
    expect(ids('firehose')).toEqual(['fh']);
    expect(ids('500')).toEqual(['src']);
  });

  it('ignores case and accents, and finds nothing for an empty query', () => {
    expect(ids('CAFE')).toEqual(['s3']);
    expect(ids('  ')).toEqual([]);
  });

  it('finds sticky notes and free text by their text and frames by their label, after the nodes', () => {
    const annotated = {
      ...doc,
      groups: [{ id: 'g1', kind: 'stage' as const, label: 'Ingestion', colour: 'purple' as const, position: { x: 0, y: 0 }, size: { width: 600, height: 200 } }],
      annotations: [
        { id: 'n1', kind: 'sticky' as const, text: 'Ingest buffers 300 s', position: { x: 0, y: 300 }, size: { width: 200, height: 100 } },
        { id: 'n2', kind: 'text' as const, text: 'Spot saves 70%', position: { x: 300, y: 300 }, size: { width: 200, height: 40 } },
      ],
    };
    const all = canvasSearchItems(annotated);
    const found = (query: string) => findMatches(all, query).map((item) => `${item.kind}:${item.id}`);
    expect(found('ingest')).toEqual(['node:fh', 'group:g1', 'annotation:n1']);
    expect(found('spot saves')).toEqual(['annotation:n2']);
    expect(found('sticky')).toEqual(['annotation:n1']);
    expect(all.find((item) => item.id === 'g1')?.title).toBe('Ingestion (Stage group)');
  });
});
