/**
 * What the search page lists for its state: Pagefind's own search for facet values only, or the
 * ranked search of search-run.ts for words, narrowed and counted by the chosen facet values.
 */
import type { Facet } from '../lib/search-facets.ts';
import type { QueryVocabulary } from '../lib/search-query.ts';
import type { SearchCache } from '../lib/search-cache.ts';
import { narrowListed } from '../lib/search-narrow.ts';
import { runQuery } from '../lib/search-run.ts';
import {
  activeFilterCount,
  facetCounts,
  facetsNeedingOwnCount,
  pagefindFilters,
  type FacetCounts,
  type SearchState,
} from '../lib/search-state.ts';
import type { Pagefind, PagefindResult, SearchEngines } from './search-engine.ts';

export interface Found {
  found: PagefindResult[];
  /** The facet counts, or a function that counts once the results are on screen. */
  counts: FacetCounts | (() => Promise<FacetCounts>);
  /** Words the query was read with as a correction (`intervisie` for `intervsie`). */
  fixed: string[];
}

/** Facets only (no words): Pagefind filters, counts and sorts by itself. */
export async function filterSearch(pf: Pagefind, state: SearchState): Promise<Found> {
  const filters = pagefindFilters(state);
  const sort = state.sort === 'date' ? { sort: { date: 'desc' } } : {};
  const response = await pf.search(null, { filters, ...sort });
  const own: Partial<Record<Facet, Record<string, Record<string, number>>>> = {};
  for (const f of facetsNeedingOwnCount(state))
    own[f] = (await pf.search(null, { filters: pagefindFilters(state, f) })).filters;
  let found = response.results;
  if (state.sort === 'date') {
    // Pagefind drops entries without a date from a sorted search: they follow.
    const seen = new Set(found.map((r) => r.id));
    found = [...found, ...(await pf.search(null, { filters })).results.filter((r) => !seen.has(r.id))];
  }
  return { found, counts: facetCounts(state, response.filters, own), fixed: [] };
}

/** What a ranked search needs besides the counting Pagefind (see search-engine.ts). */
export interface RankedContext {
  vocab: QueryVocabulary;
  totals: Record<string, Record<string, number>>;
  uncounted: SearchEngines['uncounted'] | undefined;
  /** Searches of earlier queries in this visit: typing a query repeats most of them. */
  cache: SearchCache<PagefindResult>;
  /** Every dated page, newest first: the order of "newest first" for ranked results. */
  dateOrder: () => Promise<Map<string, number>>;
}

/**
 * Words: the query handling of search-run.ts ranks what Pagefind finds (see search-query.ts),
 * then the chosen facet values narrow the listed results and are counted over them.
 */
export async function rankedSearch(pf: Pagefind, state: SearchState, ctx: RankedContext): Promise<Found> {
  const result = await runQuery(
    pf,
    state.q.trim(),
    ctx.vocab,
    {},
    undefined,
    ctx.totals,
    ctx.uncounted,
    ctx.cache,
  );
  const narrow = async () => {
    const narrowed = await narrowListed(
      pf,
      result,
      pagefindFilters(state),
      facetsNeedingOwnCount(state),
      async (r) => (await r.data()).filters,
    );
    return { results: narrowed.results, counts: facetCounts(state, narrowed.counts, narrowed.own) };
  };
  // No value chosen: every listed result stays, so they go on screen before they are counted.
  const chosen = activeFilterCount(state) > 0 ? await narrow() : undefined;
  const counts = chosen ? chosen.counts : async () => (await narrow()).counts;
  let found: PagefindResult[] = chosen ? chosen.results : result.results;
  if (state.sort === 'date') {
    const order = await ctx.dateOrder();
    const rank = (r: PagefindResult) => order.get(r.id) ?? Number.POSITIVE_INFINITY;
    found = [...found].sort((a, b) => rank(a) - rank(b)); // stable: undated keep their rank
  }
  return { found, counts, fixed: result.corrected };
}
