import { describe, expect, it } from 'vitest';
import { design } from '../../shared/model/builder';
import { findMatches, nodeSearchItems } from './findItems';

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
});
