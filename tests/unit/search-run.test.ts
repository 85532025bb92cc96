/**
 * runQuery and FacetIndex against a small stand-in for Pagefind: pages with words and facet
 * values; a term matches a page when every word of it starts a word of the page (as Pagefind's
 * prefix search does), a quoted term when the words follow each other.
 */
import { describe, expect, it } from 'vitest';
import { FacetIndex } from '../../src/lib/search-facet-index.ts';
import { facetWords, queryVocabulary } from '../../src/lib/search-query.ts';
import { runQuery, type EngineResponse, type SearchEngine } from '../../src/lib/search-run.ts';
import type { PagefindFilters } from '../../src/lib/search-state.ts';
import { lexicon } from '../../src/lib/search-words.ts';

interface Page {
  id: string;
  text: string;
  facets: Record<string, string[]>;
}
const pages: Page[] = [
  {
    id: 'excel-course',
    text: 'excel training formules',
    facets: { type: ['opleidingen'], language: ['nl'] },
  },
  { id: 'data-course', text: 'data literacy training', facets: { type: ['opleidingen'], language: ['en'] } },
  { id: 'excel-expert', text: 'daan kan je helpen met excel', facets: { type: ['experts'] } },
  {
    id: 'budget-blog',
    text: 'het leerbudget aanvragen',
    facets: { type: ['blog'], tag: ['leerbudget', 'loopbaan'] },
  },
  { id: 'groups', text: 'intervisie in vaste groepen', facets: { type: ['opleidingen'], tag: ['loopbaan'] } },
];

function fakeEngine(): SearchEngine<{ id: string; score: number }> & { calls: number } {
  const engine = {
    calls: 0,
    async search(term: string | null, options: { filters?: PagefindFilters } = {}) {
      engine.calls++;
      const quoted = term?.match(/^"(.*)"$/)?.[1];
      const words = (quoted ?? term ?? '').split(' ').filter(Boolean);
      const matches = (p: Page) => {
        const own = p.text.split(' ');
        if (quoted) return p.text.includes(quoted);
        return words.every((w) => own.some((o) => o.startsWith(w)));
      };
      const filtered = (p: Page) =>
        Object.entries(options.filters ?? {}).every(([f, v]) =>
          (Array.isArray(v) ? v : [v]).every((x) => p.facets[f]?.includes(x)),
        );
      const results = pages
        .filter((p) => matches(p) && filtered(p))
        .map((p) => ({ id: p.id, score: words.length + 1 / p.text.length }));
      const response: EngineResponse<{ id: string; score: number }> = { results, filters: {} };
      return response;
    },
  };
  return engine;
}

const vocab = queryVocabulary(
  lexicon(pages.map((p) => p.text)),
  facetWords([{ facet: 'language', value: 'en', labels: ['Engels', 'English'] }]),
);

describe('runQuery', () => {
  it('returns exact matches first and partial matches after them, with their missing words', async () => {
    const result = await runQuery(fakeEngine(), 'wie kan me helpen met excel', vocab);
    expect(result.results.map((r) => r.id)).toEqual(['excel-expert', 'excel-course']);
    expect(result.exactCount).toBe(1);
    expect(result.results[1]!.match).toMatchObject({ exact: false, missing: ['helpen'] });
  });

  it('finds a course by the language a query names', async () => {
    const result = await runQuery(fakeEngine(), 'english training', vocab);
    expect(result.results[0]!.id).toBe('data-course');
  });

  it('keeps a quoted phrase exact', async () => {
    const result = await runQuery(fakeEngine(), '"vaste groepen" intervisie', vocab);
    expect(result.results.map((r) => r.id)).toEqual(['groups']);
    expect((await runQuery(fakeEngine(), '"groepen vaste"', vocab)).results).toEqual([]);
  });

  it('searches one word with one Pagefind search, and bounds the rest', async () => {
    const engine = fakeEngine();
    const single = await runQuery(engine, 'excel', vocab);
    expect(single.searches).toBe(1);
    expect(engine.calls).toBe(1);
    const many = await runQuery(
      engine,
      'hoe vraag ik het leer budget aan voor een excel training in het engels',
      vocab,
    );
    expect(many.searches).toBeLessThanOrEqual(24);
  });
});

describe('FacetIndex', () => {
  it('narrows ranked results to chosen values and counts what each value would leave', async () => {
    const engine = fakeEngine();
    const totals = { type: { opleidingen: 3, experts: 1, blog: 1 }, tag: { leerbudget: 1, loopbaan: 2 } };
    const index = await FacetIndex.load(engine, totals);
    const ids = pages.map((p) => p.id);
    expect(index.matches('groups', { tag: ['loopbaan'] })).toBe(true);
    expect(index.matches('groups', { tag: ['loopbaan', 'leerbudget'] })).toBe(false);
    const counts = index.counts(ids, { type: 'opleidingen' });
    // The chosen single-value facet counts its alternatives; other facets count within the choice.
    expect(counts.type).toEqual({ opleidingen: 3, experts: 1, blog: 1 });
    expect(counts.tag).toEqual({ leerbudget: 0, loopbaan: 1 });
  });
});
