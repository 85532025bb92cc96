import { describe, expect, it } from 'vitest';
import { excerptParts, hasHighlight } from '../../src/lib/search-excerpt.ts';
import { meanReciprocalRank, reciprocalRank } from '../../src/lib/search-relevance.ts';

describe('excerptParts', () => {
  it('splits highlighted and plain runs', () => {
    expect(excerptParts('Wij <mark>leerden</mark> veel over <mark>leren</mark>.')).toEqual([
      { text: 'Wij ', mark: false },
      { text: 'leerden', mark: true },
      { text: ' veel over ', mark: false },
      { text: 'leren', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('turns escaped markup back into text, never into elements', () => {
    const parts = excerptParts('Typ &lt;script&gt; niet in <mark>O&amp;O</mark>');
    expect(parts).toEqual([
      { text: 'Typ <script> niet in ', mark: false },
      { text: 'O&amp;O', mark: true },
    ]);
    expect(hasHighlight('geen treffer')).toBe(false);
    expect(hasHighlight('een <mark>treffer</mark>')).toBe(true);
  });
});

describe('MRR@5', () => {
  it('scores 1/rank within the first five and 0 beyond', () => {
    expect(reciprocalRank(['a', 'b', 'c'], 'a')).toBe(1);
    expect(reciprocalRank(['a', 'b', 'c'], 'c')).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['a', 'b', 'c', 'd', 'e', 'f'], 'f')).toBe(0);
    expect(reciprocalRank([], 'a')).toBe(0);
  });

  it('averages over queries and refuses an empty set', () => {
    expect(
      meanReciprocalRank([
        { ranked: ['a'], expected: 'a' },
        { ranked: ['b', 'a'], expected: 'a' },
        { ranked: [], expected: 'a' },
      ]),
    ).toBeCloseTo(0.5);
    expect(() => meanReciprocalRank([])).toThrow(/empty/);
  });
});
