import { describe, expect, it } from 'vitest';
import { comparePaths, formatPath, pathShape } from './paths';

describe('paths', () => {
  it('formats keys and indices like JavaScript accessors', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['nodes', 3, 'params', 'shards'])).toBe('nodes[3].params.shards');
    expect(formatPath(['settings', 'prices', 'kds.shardHour'])).toBe('settings.prices["kds.shardHour"]');
    expect(formatPath(['a b', 0, ''])).toBe('["a b"][0][""]');
    expect(formatPath([0, 'x'])).toBe('[0].x');
  });

  it('blanks indices in shapes without confusing quoted keys', () => {
    expect(pathShape(['nodes', 12, 'position'])).toBe('nodes[].position');
    expect(pathShape(['x', '[-1]'])).toBe('x["[-1]"]');
  });

  it('orders paths as a reader meets them', () => {
    const root = ['format', 'title', 'nodes', 'edges'];
    const paths = [['edges', 0], ['zzz'], ['nodes', 10, 'id'], ['nodes', 2], ['nodes', 2, 'id'], ['title'], ['aaa']];
    expect([...paths].sort((a, b) => comparePaths(a, b, root))).toEqual([
      ['title'],
      ['nodes', 2],
      ['nodes', 2, 'id'],
      ['nodes', 10, 'id'],
      ['edges', 0],
      ['aaa'],
      ['zzz'],
    ]);
  });
});
