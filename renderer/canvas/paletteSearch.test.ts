import { describe, expect, it } from 'vitest';
import { groupByCategory, searchServices } from './paletteSearch';
import { CATEGORIES, SERVICES } from '../../shared/catalog/index';

describe('palette search', () => {
  it('finds Kinesis from "kin"', () => {
    const ids = searchServices('kin').map((s) => s.id);
    expect(ids[0]).toBe('kinesis-data-streams');
    expect(ids).toContain('firehose'); // "Kinesis Data Firehose", its older name
  });

  it('matches every word and older names', () => {
    expect(searchServices('data streams').map((s) => s.id)).toEqual(['kinesis-data-streams']);
    expect(searchServices('kafka').map((s) => s.id)).toEqual(expect.arrayContaining(['msk', 'kafka-streams']));
    expect(searchServices('zzz')).toEqual([]);
  });

  it('returns everything for an empty query, grouped in category order', () => {
    const groups = groupByCategory(searchServices('  '));
    expect(groups[0]?.category).toBe('sources');
    expect(groups.reduce((n, g) => n + g.services.length, 0)).toBe(SERVICES.length);
    expect(groups.map((g) => g.category)).toEqual([...CATEGORIES]);
  });
});
