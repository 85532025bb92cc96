/**
 * runQuery and FacetIndex against a small stand-in for Pagefind: pages with words and facet
 * values; a term matches a page when every word of it starts a word of the page (as Pagefind's
 * prefix search does), a quoted term when the words follow each other.
 */
import { describe, expect, it } from 'vitest';
import { facetWords, queryVocabulary } from '../../src/lib/search-query.ts';
import { SearchCache, type SearchEngine } from '../../src/lib/search-cache.ts';
import { narrowListed } from '../../src/lib/search-narrow.ts';
import { runQuery } from '../../src/lib/search-run.ts';
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
  { id: 'feeds', text: 'volg ons met een feed', facets: { type: ['blog'] } },
  { id: 'feedback', text: 'feedback vragen', facets: { type: ['opleidingen'] } },
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
        if (quoted) return ` ${p.text} `.includes(` ${quoted} `);
        return words.every((w) => own.some((o) => o.startsWith(w)));
      };
      const filtered = (p: Page) =>
        Object.entries(options.filters ?? {}).every(([f, v]) =>
          (Array.isArray(v) ? v : [v]).every((x) => p.facets[f]?.includes(x)),
        );
      const found = pages.filter((p) => matches(p) && filtered(p));
      // Pagefind counts every value of every facet over the results (zero included).
      const filters: Record<string, Record<string, number>> = {};
      for (const p of pages)
        for (const [f, vs] of Object.entries(p.facets)) for (const v of vs) (filters[f] ??= {})[v] = 0;
      for (const p of found)
        for (const [f, vs] of Object.entries(p.facets)) for (const v of vs) filters[f]![v]! += 1;
      return { results: found.map((p) => ({ id: p.id, score: words.length + 1 / p.text.length })), filters };
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
    const result = await runQuery(fakeEngine(), 'hoe kan ik helpen met excel', vocab);
    expect(result.results.map((r) => r.id).sort()).toEqual(['excel-course', 'excel-expert']);
    expect(result.exactCount).toBe(1);
    expect(result.results[1]!.match).toMatchObject({ exact: false, missing: ['helpen'] });
  });

  it('puts people first for a question for a person, also those who match only part of it', async () => {
    const totals = { type: { experts: 1, opleidingen: 3, blog: 1 } };
    const result = await runQuery(fakeEngine(), 'wie helpt met excel training', vocab, {}, undefined, totals);
    expect(result.results.map((r) => r.id)).toEqual(['excel-course', 'excel-expert', 'data-course']);
  });

  it('finds nothing, and searches nothing, for a query without words', async () => {
    for (const query of ['?', '((((', '-', '" "']) {
      const engine = fakeEngine();
      const result = await runQuery(engine, query, vocab);
      expect(result.results, query).toEqual([]);
      expect(engine.calls, query).toBe(0);
    }
  });

  it('matches a short synonym as a whole word, not as the start of a longer one', async () => {
    const own = queryVocabulary(
      lexicon(pages.map((p) => p.text)),
      {},
      { common: {}, own: { abonneren: ['feed'] } },
    );
    const engine = fakeEngine();
    const result = await runQuery(engine, 'abonneren', own);
    expect(result.results.map((r) => r.id)).toEqual(['feeds']);
    expect(result.searches).toBe(engine.calls);
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

  it('lists every exact match as its base and at most 20 others', async () => {
    const result = await runQuery(fakeEngine(), 'helpen excel', vocab);
    expect(result.base?.results.map((r) => r.id)).toEqual(['excel-expert']);
    expect(result.others.map((r) => r.id)).toEqual(['excel-course']);
    const typo = await runQuery(fakeEngine(), 'intervsie', vocab);
    expect(typo.base?.results ?? []).toEqual([]);
    expect(typo.others.map((r) => r.id)).toEqual(['groups']);
  });

  it('says which corrections it read a query with, and only those that matched better', async () => {
    expect((await runQuery(fakeEngine(), 'intervsie groepen', vocab)).corrected).toEqual(['intervisie']);
    expect((await runQuery(fakeEngine(), 'intervisie groepen', vocab)).corrected).toEqual([]);
    expect((await runQuery(fakeEngine(), 'excel', vocab)).corrected).toEqual([]);
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

  it('leaves a word found nowhere out of the search for all words, as Pagefind would', async () => {
    const terms: Array<string | null> = [];
    const engine = fakeEngine();
    const spy = {
      search: (term: string | null, options?: { filters?: PagefindFilters }) => (
        terms.push(term),
        engine.search(term, options)
      ),
    };
    const result = await runQuery(spy, 'excel qwzx', vocab);
    // `qwzx` alone finds nothing: all words together is `excel`, the same search as `excel` alone.
    expect(terms).not.toContain('excel qwzx');
    expect(result.searches).toBe(2);
    expect(result.results.map((r) => r.id).sort()).toEqual(['excel-course', 'excel-expert']);
    expect(result.results.every((r) => r.match.missing.includes('qwzx'))).toBe(true);
  });

  it('finds and ranks on the uncounted engine, with the same results; only facet searches count', async () => {
    for (const query of ['english training', 'intervsie', '"vaste groepen" intervisie', 'helpen excel']) {
      const counted = fakeEngine();
      const uncounted = fakeEngine();
      const terms: string[] = [];
      const spy = {
        search: (term: string | null, options?: { filters?: PagefindFilters }) => {
          terms.push(JSON.stringify([term, options?.filters ?? {}]));
          return uncounted.search(term, options);
        },
      };
      const split = await runQuery(counted, query, vocab, {}, undefined, {}, spy);
      const one = await runQuery(fakeEngine(), query, vocab);
      expect(
        split.results.map((r) => r.id),
        query,
      ).toEqual(one.results.map((r) => r.id));
      expect(split.base?.filters, query).toEqual(one.base?.filters);
      // Never with a facet value: searching those loads the facet data, and then Pagefind counts.
      expect(terms.length, query).toBeGreaterThan(0);
      for (const t of terms) expect(JSON.parse(t)[1], `${query}: ${t}`).toEqual({});
      // "english" names a language: the courses in English are looked up by that value.
      expect(counted.calls, query).toBe(query === 'english training' ? 1 : 0);
    }
  });
});

describe('SearchCache', () => {
  it('lets a query repeat none of the searches of the query typed before it', async () => {
    const engine = fakeEngine();
    const cache = new SearchCache<{ id: string; score: number }>();
    const first = await runQuery(engine, 'helpen excel', vocab, {}, undefined, {}, engine, cache);
    const before = engine.calls;
    const again = await runQuery(engine, 'helpen excel', vocab, {}, undefined, {}, engine, cache);
    expect(engine.calls).toBe(before);
    expect(again.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    // One word more: only the searches with that word are new.
    await runQuery(engine, 'helpen excel training', vocab, {}, undefined, {}, engine, cache);
    expect(engine.calls - before).toBeLessThan(before);
  });

  it('keeps the newest searches, and no failed one', async () => {
    const response = Promise.resolve({ results: [], filters: {} });
    const cache = new SearchCache<{ id: string; score: number }>(2);
    cache.set('a', response);
    cache.set('b', response);
    cache.get('a'); // used: now the newest
    cache.set('c', response);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    const failed = Promise.reject(new Error('offline'));
    cache.set('d', failed);
    await failed.catch(() => {});
    await Promise.resolve();
    expect(cache.get('d')).toBeUndefined();
  });
});

describe('narrowListed', () => {
  const facetsOf = async (r: { id: string }) => pages.find((p) => p.id === r.id)!.facets;

  it('counts what choosing each value would list, exact matches and others alike', async () => {
    const engine = fakeEngine();
    const result = await runQuery(engine, 'helpen excel training', vocab);
    const all = await narrowListed(engine, result, {}, [], facetsOf);
    expect(all.results.map((r) => r.id)).toEqual(result.results.map((r) => r.id));
    for (const [facet, row] of Object.entries(all.counts)) {
      for (const [value, n] of Object.entries(row)) {
        const narrowed = await narrowListed(engine, result, { [facet]: value }, [], facetsOf);
        expect(narrowed.results.length, `${facet}=${value}`).toBe(n);
      }
    }
  });

  it('narrows to the chosen values and counts the alternatives of a chosen single-value facet', async () => {
    const engine = fakeEngine();
    const result = await runQuery(engine, 'helpen excel training', vocab);
    const narrowed = await narrowListed(engine, result, { type: 'opleidingen' }, ['type'], facetsOf);
    expect(narrowed.results.map((r) => r.id).sort()).toEqual(['data-course', 'excel-course']);
    expect(narrowed.own.type?.type).toMatchObject({ opleidingen: 2, experts: 1 });
  });
});
