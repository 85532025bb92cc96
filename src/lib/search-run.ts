/**
 * Runs a query plan (search-query.ts) against Pagefind's search API and returns the ranked
 * results. The browser module passes the loaded `pagefind.js`, the relevance test the same
 * bundle run in Node: one implementation of what the search page does.
 */
import {
  planQuery,
  rankResults,
  type PlanOptions,
  type QueryPlan,
  type QueryVocabulary,
  type Ranked,
} from './search-query.ts';
import type { PagefindFilters } from './search-state.ts';

/** The part of a Pagefind result this module reads; the caller's own result type passes through. */
export interface EngineResult {
  id: string;
  score: number;
}
export interface EngineResponse<R extends EngineResult> {
  results: R[];
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's API the search needs. */
export interface SearchEngine<R extends EngineResult> {
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<EngineResponse<R>>;
}

export interface QueryResult<R extends EngineResult> {
  plan: QueryPlan;
  /** Results, best first, each with how it matched. */
  results: Array<R & { match: Ranked }>;
  /** Results that match every word as typed (Pagefind's own result for the query). */
  exactCount: number;
  /** Pagefind's response for all words together: its facet counts describe the exact matches. */
  exact: EngineResponse<R>;
  /** Pagefind searches this query took. */
  searches: number;
}

/** Searches `query` with the chosen facet filters and ranks what the plan's searches find. */
export async function runQuery<R extends EngineResult>(
  engine: SearchEngine<R>,
  query: string,
  vocab: QueryVocabulary,
  filters: PagefindFilters = {},
  options?: PlanOptions,
): Promise<QueryResult<R>> {
  const plan = planQuery(query, vocab, options);
  // The same search twice (a one-word query and that word as typed) runs once.
  const memo = new Map<string, Promise<EngineResponse<R>>>();
  const search = (term: string | null, extra: PagefindFilters = {}) => {
    const options = { filters: { ...filters, ...extra } };
    const key = JSON.stringify([term, options.filters]);
    let pending = memo.get(key);
    if (!pending) memo.set(key, (pending = engine.search(term, options)));
    return pending;
  };
  const byId = new Map<string, R>();
  const hits = (response: EngineResponse<R>) => {
    for (const r of response.results) if (!byId.has(r.id)) byId.set(r.id, r);
    return new Map(response.results.map((r) => [r.id, r.score]));
  };

  const exactTerm = plan.all || (plan.phrases.length ? plan.phrases.join(' ') : null);
  // Pagefind loads the index chunks of every word here; the searches below mostly reuse them.
  const exact = await search(exactTerm);
  const single = plan.alternatives.length <= 1 && !plan.facets.length && !plan.phrases.length && !plan.hint;
  if (single) {
    const results = exact.results.map((r) => ({
      ...r,
      match: {
        id: r.id,
        matched: plan.words.length,
        exact: true,
        hinted: false,
        missing: [],
        score: r.score,
      },
    }));
    return { plan, results, exactCount: results.length, exact, searches: memo.size };
  }
  const ids = (response: EngineResponse<R>) => new Set(hits(response).keys());
  const [responses, facets, phraseSets, hinted] = await Promise.all([
    Promise.all(plan.alternatives.map((alt) => search(alt.term))),
    Promise.all(plan.facets.map(async (f) => ids(await search(null, { [f.facet]: f.value })))),
    Promise.all(plan.phrases.map(async (p) => ids(await search(`"${p}"`)))),
    plan.hint ? search(null, { [plan.hint.facet]: plan.hint.value }).then(ids) : undefined,
  ]);
  const alternatives = responses.map(hits);

  const allowed = phraseSets.length
    ? new Set([...phraseSets[0]!].filter((id) => phraseSets.every((s) => s.has(id))))
    : undefined;
  const ranked = rankResults(plan, { exact: hits(exact), alternatives, facets, allowed, hinted });
  const results = ranked.map((match) => ({ ...byId.get(match.id)!, match }));
  return {
    plan,
    results,
    exactCount: results.filter((r) => r.match.exact).length,
    exact,
    searches: memo.size,
  };
}
