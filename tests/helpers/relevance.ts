/**
 * Measures a relevance set against a built site the way the search page searches (runQuery
 * with the page's own configuration and lexicon), and against Pagefind's defaults.
 */
import { readFile } from 'node:fs/promises';
import { queryVocabulary, type PlanOptions, type QueryVocabulary } from '../../src/lib/search-query.ts';
import { reciprocalRank, allInTop } from '../../src/lib/search-relevance.ts';
import { runQuery } from '../../src/lib/search-run.ts';
import { openSearch, siteSearchData, type NodeSearch } from './search-node.ts';

export interface RelevanceQuery {
  q: string;
  answers: string[];
  kind: string;
}

export async function readSet(file: URL): Promise<RelevanceQuery[]> {
  return (JSON.parse(await readFile(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** The search page's search on a built site. */
export interface PageSearch {
  search: NodeSearch;
  vocab: QueryVocabulary;
  /** Site-relative result URLs for a query, best first, and how many Pagefind searches it took. */
  urls: (q: string, options?: PlanOptions) => Promise<{ urls: string[]; searches: number }>;
}

const relative = (url: string) => url.replace(/^\/+/, '');

export async function openPageSearch(siteDir: string): Promise<PageSearch> {
  const { config, data } = await siteSearchData(siteDir);
  const search = await openSearch(siteDir, 'pagefind', { ranking: config.ranking });
  // As on the search page: single words go to an instance without the facet data (runQuery).
  const uncounted = await openSearch(siteDir, 'pagefind', { ranking: config.ranking });
  const vocab = queryVocabulary(data.words, config.facetWords, data.synonyms);
  const totals = await search.raw.filters();
  return {
    search,
    vocab,
    urls: async (q, options) => {
      const result = await runQuery(search.raw, q, vocab, {}, options, totals, uncounted.raw);
      const urls = await Promise.all(result.results.map(async (r) => relative((await r.data()).url)));
      return { urls, searches: result.searches };
    },
  };
}

export interface Row {
  q: string;
  kind: string;
  answers: string[];
  ranked: string[];
  defaults: string[];
  searches: number;
}

/** Runs every query of a set through the page's search and through Pagefind's defaults. */
export async function measure(
  set: RelevanceQuery[],
  page: PageSearch,
  defaults: NodeSearch,
  options?: PlanOptions,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { q, kind, answers } of set) {
    const ours = await page.urls(q, options);
    rows.push({
      q,
      kind,
      answers,
      ranked: ours.urls,
      defaults: await defaults.urls(q),
      searches: ours.searches,
    });
  }
  return rows;
}

/** One line per query: reciprocal rank (ours, defaults), all answers in the top 5, kind, query, top 3. */
export function table(rows: Row[]): string {
  return rows
    .map((r) => {
      const rr = reciprocalRank(r.ranked, r.answers).toFixed(2);
      const rd = reciprocalRank(r.defaults, r.answers).toFixed(2);
      const all = allInTop(r.ranked, r.answers) ? 'all' : '   ';
      return `  ${rr} ${rd} ${all} ${r.kind.padEnd(16)} ${r.q.padEnd(48)} ${r.ranked.slice(0, 3).join(' ')}`;
    })
    .join('\n');
}
