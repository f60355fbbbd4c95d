import { describe, expect, it } from 'vitest';
import { basename, displayNameOf, imageStem, isAbsolutePath, joinPath, suggestedFileName, titleSlug, withSuffix } from './paths';

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

describe('export and image names', () => {
  it('gives a name any suffix once, and names designs opened from images', () => {
    expect(withSuffix('sheet', '.png')).toBe('sheet.png');
    expect(withSuffix('sheet.PNG', '.png')).toBe('sheet.PNG');
    expect(withSuffix('note.md.txt', '.md')).toBe('note.md.txt.md');
    expect(titleSlug(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(imageStem('/work/q1-answer.png')).toBe('q1-answer');
    expect(imageStem('C:\\notes\\Sheet.SVG')).toBe('Sheet');
  });
});
