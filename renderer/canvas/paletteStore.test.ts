import { describe, expect, it } from 'vitest';
import { isServiceId } from '../../shared/catalog/index';
import { parseStoredList, withRecent } from './paletteStore';

const isService = (value: unknown): value is string => typeof value === 'string' && isServiceId(value);

describe('recently used services', () => {
  it('puts the last used first, without duplicates, and keeps five', () => {
    let recent = withRecent([], 's3');
    recent = withRecent(recent, 'firehose');
    recent = withRecent(recent, 's3');
    expect(recent).toEqual(['s3', 'firehose']);
    for (const id of ['lambda', 'athena', 'emr', 'msk'] as const) recent = withRecent(recent, id);
    expect(recent).toEqual(['msk', 'emr', 'athena', 'lambda', 's3']);
  });

  it('reads a stored list, dropping what it does not know, duplicates and anything that is not a list', () => {
    expect(parseStoredList('["s3","no-such-service",3,"s3","lambda"]', isService, 5)).toEqual(['s3', 'lambda']);
    expect(parseStoredList('{"s3":true}', isService, 5)).toEqual([]);
    expect(parseStoredList('not json', isService, 5)).toEqual([]);
    expect(parseStoredList(null, isService, 5)).toEqual([]);
    expect(parseStoredList('["s3","lambda","emr"]', isService, 2)).toEqual(['s3', 'lambda']);
  });
});
