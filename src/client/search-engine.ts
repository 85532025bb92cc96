/**
 * Loads Pagefind for the search page, twice: one copy finds and ranks, the other counts facet
 * values. Every copy of Pagefind's module runs its searches in one worker of its own, so a
 * search never waits until the other copy has counted the values of the previous query (0.3 s
 * at 10,000 pages); and a copy that never loads the facet data searches without counting at
 * all (once it is loaded, Pagefind counts every value over every result of every search).
 */
import type { SearchData, SearchPageConfig } from '../lib/search-page.ts';
import { queryVocabulary, type QueryVocabulary } from '../lib/search-query.ts';
import type { Ranked } from '../lib/search-rank.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
  /** How the result matched the query (set by runQuery for ranked text searches). */
  match?: Ranked;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's module the page uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse>;
  /** Loads what a search of `term` needs (Pagefind's metadata, wasm and the term's index chunks). */
  preload: (term: string) => Promise<void>;
}

export interface SearchEngines {
  /** Counts: its searches return facet counts (filter data loaded). */
  pf: Pagefind;
  /** Finds and ranks: never loads the facet data (see runQuery). */
  uncounted: Pick<Pagefind, 'search'>;
  /** Pages per facet value on the whole site: a stable order for the facet values. */
  totals: Record<string, Record<string, number>>;
  /** The site's lexicon, facet words and synonyms, for reading queries. */
  vocab: QueryVocabulary;
}

/** Loads both copies and the site's search data (facet labels go into `config.labels`). */
export async function loadSearchEngines(config: SearchPageConfig): Promise<SearchEngines> {
  const data = fetch(config.labelsUrl).then((r) => {
    if (!r.ok) throw new Error(`search page: ${r.status} fetching ${config.labelsUrl}`);
    return r.json() as Promise<SearchData>;
  });
  const options = {
    basePath: config.bundle,
    baseUrl: config.baseUrl,
    ranking: config.ranking,
    metaCacheTag: config.metaCacheTag,
  };
  // The second copy: the same file under another address is another module instance.
  const ranking = (async () => {
    const made = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js?rank`)) as Pagefind;
    await made.options(options);
    return made;
  })();
  const pf = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
  await pf.options(options);
  // Loads the facet data, so every search of `pf` also returns counts; the site-wide counts give
  // each facet a stable order that does not jump while people tick boxes.
  const totals = (await pf.filters()) as Record<string, Record<string, number>>;
  // The ranking copy loads its metadata and wasm (mostly from the browser's cache) while the
  // reader types, not after.
  void ranking.then((made) => made.preload('')).catch(() => {});
  const { labels, words, synonyms } = await data;
  Object.assign(config.labels, labels);
  return {
    pf,
    uncounted: { search: async (term, searchOptions) => (await ranking).search(term, searchOptions) },
    totals,
    vocab: queryVocabulary(words, config.facetWords, synonyms),
  };
}
