import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { FACETS } from '../../src/lib/search-facets.ts';
import { STUDY_LOAD_IDS } from '../../src/lib/study-load.ts';
import { CLIENT_STRINGS, configJson, fill, type SearchPageConfig } from '../../src/lib/search-page.ts';

describe('search page configuration', () => {
  it('has every string the browser module uses, and every facet and duration label, in both languages', () => {
    const needed = [
      ...CLIENT_STRINGS,
      ...FACETS.map((f) => `search.facet.${f}`),
      ...STUDY_LOAD_IDS.map((id) => `studyLoad.${id}`),
    ];
    for (const dict of [nl, en]) for (const key of needed) expect(dict, key).toHaveProperty([key]);
  });

  it('fills placeholders like the build-time t()', () => {
    expect(fill(nl['search.status.many'], { count: 12, query: 'cursus' })).toBe(
      '12 resultaten voor “cursus”',
    );
    expect(fill('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });

  it('writes JSON that cannot end its script element early', () => {
    const config = { strings: { x: '</script><script>alert(1)</script>' } } as unknown as SearchPageConfig;
    const json = configJson(config);
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(config);
  });
});
