import { describe, expect, it } from 'vitest';
import { excerptParts, hasHighlight } from '../../src/lib/search-excerpt.ts';

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
