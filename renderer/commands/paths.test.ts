import { describe, expect, it } from 'vitest';
import { basename, displayNameOf, isAbsolutePath, joinPath, suggestedFileName, withSuffix } from './paths';

describe('paths', () => {
  it('joins and splits POSIX and Windows paths', () => {
    expect(joinPath('/home/me/Documents', 'a.pipeboard.json')).toBe('/home/me/Documents/a.pipeboard.json');
    expect(joinPath('/', 'a')).toBe('/a');
    expect(joinPath('C:\\Users\\me', 'a')).toBe('C:\\Users\\me\\a');
    expect(basename('C:\\Users\\me\\a.json')).toBe('a.json');
    expect(isAbsolutePath('C:\\x')).toBe(true);
    expect(isAbsolutePath('x/y')).toBe(false);
  });

  it('names files from titles', () => {
    expect(suggestedFileName('Fraud pipeline v2!')).toBe('fraud-pipeline-v2.pipeboard.json');
    expect(suggestedFileName('   ')).toBe('pipeline.pipeboard.json');
    expect(withSuffix('mine')).toBe('mine.pipeboard.json');
    expect(withSuffix('mine.json')).toBe('mine.json');
    expect(displayNameOf('/a/q1.pipeboard.json')).toBe('q1');
  });
});
