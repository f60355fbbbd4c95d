import { describe, expect, it } from 'vitest';
import { visualRuns } from './bidi';

/** The line as a reader sees it, left to right: right-to-left runs reversed. */
function seen(line: string, paragraphRtl: boolean): string {
  return visualRuns(line, paragraphRtl)
    .map((run) => (run.rtl ? [...run.text].reverse().join('') : run.text))
    .join('');
}

describe('visualRuns (Unicode bidi algorithm)', () => {
  it('keeps a left-to-right line as one run', () => {
    expect(visualRuns('Kinesis Data Streams', false)).toEqual([{ text: 'Kinesis Data Streams', rtl: false }]);
  });

  it('places Hebrew with Latin and numbers in a right-to-left label as a reader sees it', () => {
    // "Stream 2 to S3": Hebrew words, a Latin name and a number; the line starts right-to-left.
    const label = 'זרם 2 אל S3';
    expect(visualRuns(label, true)).toEqual([
      { text: 'S3', rtl: false },
      { text: ' אל ', rtl: true },
      { text: '2', rtl: false },
      { text: 'זרם ', rtl: true },
    ]);
    expect(seen(label, true)).toBe('S3 לא 2 םרז');
  });

  it('reverses Arabic inside a left-to-right line, keeping its digits left to right', () => {
    const label = 'Lambda مرحبا 42 end';
    expect(seen(label, false)).toBe('Lambda 42 ابحرم end');
  });

  it('resolves brackets around Hebrew in a left-to-right line to the line direction', () => {
    expect(seen('(שלום) AWS', false)).toBe('(םולש) AWS');
  });
});
