import { describe, expect, it } from 'vitest';
import { allInTop, reciprocalRank, relevanceFigures } from '../../src/lib/search-relevance.ts';

describe('relevance measures', () => {
  it('scores 1/rank of the first acceptable answer within the first five, 0 beyond', () => {
    expect(reciprocalRank(['a', 'b', 'c'], ['a'])).toBe(1);
    expect(reciprocalRank(['a', 'b', 'c'], ['c', 'b'])).toBe(0.5);
    expect(reciprocalRank(['a', 'b', 'c', 'd', 'e', 'f'], ['f'])).toBe(0);
    expect(reciprocalRank([], ['a'])).toBe(0);
  });

  it('knows whether every answer is in the top five', () => {
    expect(allInTop(['a', 'b', 'c'], ['c', 'a'])).toBe(true);
    expect(allInTop(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'f'])).toBe(false);
  });

  it('averages MRR, hit and all over queries and refuses an empty set', () => {
    const figures = relevanceFigures([
      { ranked: ['a'], answers: ['a'] },
      { ranked: ['b', 'a'], answers: ['a', 'c'] },
      { ranked: [], answers: ['a'] },
      { ranked: ['x', 'y', 'z', 'v', 'w', 'a'], answers: ['a'] },
    ]);
    expect(figures).toEqual({ queries: 4, mrr: 0.375, hit: 0.5, all: 0.25 });
    expect(() => relevanceFigures([])).toThrow(/empty/);
  });
});
