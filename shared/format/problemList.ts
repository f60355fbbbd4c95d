import type { PathProblem } from './paths';

/**
 * Collects a file's problems: counts every one, but keeps (and builds the message of) only the
 * first `keep`. A hostile 20 MB file can hold millions of wrong keys; building a sentence for each
 * would take seconds and a gigabyte.
 */
export class ProblemList {
  private readonly kept: PathProblem[] = [];
  private count = 0;

  constructor(private readonly keep: number) {}

  /** `make` runs only when the problem is kept. */
  add(make: () => PathProblem): void {
    this.count++;
    if (this.kept.length < this.keep) this.kept.push(make());
  }

  /** Counts `count` more problems without keeping them. */
  skip(count: number): void {
    this.count += count;
  }

  get hasRoom(): boolean {
    return this.kept.length < this.keep;
  }

  get total(): number {
    return this.count;
  }

  get problems(): readonly PathProblem[] {
    return this.kept;
  }
}
