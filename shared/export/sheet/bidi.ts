import bidiFactory from 'bidi-js';

/**
 * The Unicode bidirectional algorithm (bidi-js, UAX #9 conformant) for one line of sheet text: the
 * line as directional runs in visual order, for writers that place glyphs themselves (the PDF).
 */

export interface DirectionalRun {
  /** The run's characters in logical order: a right-to-left run is shaped, then drawn reversed. */
  text: string;
  rtl: boolean;
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

/** Runs of `line` left to right as they appear on the page; `paragraphRtl` sets the base direction. */
export function visualRuns(line: string, paragraphRtl: boolean): DirectionalRun[] {
  if (line === '') return [];
  bidi ??= bidiFactory();
  const embedding = bidi.getEmbeddingLevels(line, paragraphRtl ? 'rtl' : 'ltr');
  // Logical indices in visual order: apply each reversal in turn.
  const order = Array.from({ length: line.length }, (_, index) => index);
  for (const [start = 0, end = -1] of bidi.getReorderSegments(line, embedding)) {
    order.splice(start, end - start + 1, ...order.slice(start, end + 1).reverse());
  }
  // Consecutive visual positions with the same direction whose logical indices run on (up for
  // left-to-right, down for right-to-left) form one run.
  const runs: DirectionalRun[] = [];
  let k = 0;
  while (k < order.length) {
    const first = order[k]!;
    const rtl = (embedding.levels[first]! & 1) === 1;
    const step = rtl ? -1 : 1;
    let last = first;
    while (k + 1 < order.length && order[k + 1] === last + step && (embedding.levels[order[k + 1]!]! & 1) === (rtl ? 1 : 0)) {
      last = order[++k]!;
    }
    runs.push({ text: rtl ? line.slice(last, first + 1) : line.slice(first, last + 1), rtl });
    k++;
  }
  return runs;
}
