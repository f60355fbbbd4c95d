import { describe, expect, it } from 'vitest';
import { ProblemList } from './problemList';

describe('ProblemList', () => {
  it('keeps the first problems, counts all, and builds only the kept ones', () => {
    const list = new ProblemList(2);
    let built = 0;
    for (let index = 0; index < 5; index++) {
      list.add(() => {
        built++;
        return { path: [index], message: `problem ${index}` };
      });
    }
    list.skip(10);
    expect(list.total).toBe(15);
    expect(built).toBe(2);
    expect(list.hasRoom).toBe(false);
    expect(list.problems).toEqual([
      { path: [0], message: 'problem 0' },
      { path: [1], message: 'problem 1' },
    ]);
  });
});
