/**
 * Runs a query plan (search-query.ts) against Pagefind's search API and returns the ranked
 * results. The browser module passes the loaded `pagefind.js`, the relevance test the same
 * bundle run in Node: one implementation of what the search page does.
 */
import { planQuery, type PlanOptions, type QueryPlan, type QueryVocabulary } from './search-query.ts';
import { corrections, rankResults, type Ranked } from './search-rank.ts';
import type { PagefindFilters } from './search-state.ts';
import type { EngineResponse, EngineResult, SearchCache, SearchEngine } from './search-cache.ts';

/** From this many results that match every word as typed, no partial matches are looked for. */
export const ENOUGH = 10;
/** A facet value on at most this many pages is listed whole when a query names it. */
export const FACET_PAGES = 1000;
/**
 * Listed results beyond the exact matches: partial matches past this many add nothing a reader
 * looks at, and each needs its own data (one small request) for the facet counts.
 */
export const MAX_OTHERS = 20;

export interface QueryResult<R extends EngineResult> {
  plan: QueryPlan;
  /**
   * The results to list, best first, each with how it matched: every page of `base`, and the
   * best `MAX_OTHERS` other pages (partial matches, matches through a rewritten word or a facet).
   */
  results: Array<R & { match: Ranked }>;
  /**
   * Pagefind's response for all words as typed, when all its pages are listed as exact matches
   * (not when a word was doubtful or a phrase narrowed them). Found without counting facet
   * values: narrowListed searches `term` again on the counting instance for them.
   */
  base?: EngineResponse<R> | undefined;
  /** Listed results that are not in `base`: their facet values come from their own data. */
  others: Array<R & { match: Ranked }>;
  /** Results that match every word (as typed, or a facet value for a word that names it). */
  exactCount: number;
  /** The Pagefind search of `base`, to narrow it by facet values. */
  term: string | null;
  /** Pagefind searches this query took. */
  searches: number;
  /**
   * Words read as a correction of what was typed (`intervsie` → `intervisie`) or searched for a
   * phrase (`weet niet wat ik wil` → `loopbaan`), to show.
   */
  corrected: string[];
}

/** Searches `query` with the chosen facet filters and ranks what the plan's searches find. */
export async function runQuery<R extends EngineResult>(
  engine: SearchEngine<R>,
  query: string,
  vocab: QueryVocabulary,
  filters: PagefindFilters = {},
  options?: PlanOptions,
  /** Pages per facet value (Pagefind's `filters()`), to know which values are cheap to list. */
  totals: Record<string, Record<string, number>> = {},
  /**
   * The engine for searches whose facet counts are not read (single words, phrases): a Pagefind
   * instance that never loaded the facet data. Once it is loaded, Pagefind counts every facet
   * value over every result of every search: a common word on a large site (6,000 pages) then
   * takes 0.4 s instead of 0.04 s.
   */
  uncounted: SearchEngine<R> = engine,
  /**
   * Searches already run, kept between queries by the caller (see `SearchCache`): typing a
   * query letter by letter repeats most of its searches.
   */
  cache?: SearchCache<R>,
): Promise<QueryResult<R>> {
  const plan = planQuery(query, vocab, options);
  // Nothing to search for (`?`, `((`): no results, rather than every page.
  if (!plan.words.length && !plan.phrases.length)
    return {
      plan,
      results: [],
      base: undefined,
      others: [],
      exactCount: 0,
      term: null,
      searches: 0,
      corrected: [],
    };
  // The same search twice (a one-word query and that word as typed) runs once.
  const memo = new Map<string, Promise<EngineResponse<R>>>();
  // Searches without facet filters go to the instance that does not count: the counts of the
  // listed results are what narrowListed asks the counting one for, once they are on screen.
  const search = (term: string | null, extra: PagefindFilters = {}) => {
    const options = { filters: { ...filters, ...extra } };
    const key = JSON.stringify([term, options.filters]);
    const counted = Object.keys(options.filters).length > 0;
    let pending = memo.get(key) ?? cache?.get(key);
    if (!pending) {
      pending = (counted ? engine : uncounted).search(term, options);
      cache?.set(key, pending);
    }
    memo.set(key, pending);
    return pending;
  };
  const byId = new Map<string, R>();
  const hits = (response: EngineResponse<R>) => {
    for (const r of response.results) if (!byId.has(r.id)) byId.set(r.id, r);
    return new Map(response.results.map((r) => [r.id, r.score]));
  };

  // Pagefind leaves a word it finds nowhere out of its search for all words, which then costs as
  // much as the other words (one on nearly every page: 0.15 s on 10,000 pages). Words the
  // lexicon does not know are searched alone first, as they would be anyway, and those found
  // nowhere are left out here: the same result, and often the same search as a word alone.
  const unknown = plan.words.filter((w) => !vocab.lexicon.knows(w));
  const absent = new Set<string>();
  if (plan.words.length > 1 && unknown.length && !plan.phrases.length) {
    const alone = await Promise.all(unknown.map((w) => search(w)));
    unknown.forEach((w, k) => alone[k]!.results.length === 0 && absent.add(w));
  }
  const present = plan.words.filter((w) => !absent.has(w)).join(' ');
  const exactTerm = present || plan.all || (plan.phrases.length ? plan.phrases.join(' ') : null);
  // Pagefind loads the index chunks of every word here; the searches below mostly reuse them.
  const exact = await search(exactTerm);
  // One phrase and nothing else: Pagefind's exact search is the result, ranked by its words.
  if (plan.phraseOnly) {
    const phrase = await search(`"${plan.phrases[0]}"`);
    const scores = new Map(exact.results.map((r) => [r.id, r.score]));
    const score = (r: R) => scores.get(r.id) ?? 0;
    const results = [...phrase.results]
      .sort((a, b) => score(b) - score(a))
      .map((r) => ({
        ...r,
        score: score(r),
        match: {
          id: r.id,
          matched: plan.words.length,
          exact: true,
          hinted: false,
          missing: [],
          score: score(r),
        },
      }));
    const base = { ...phrase, results };
    return {
      plan,
      results,
      base,
      others: [],
      exactCount: results.length,
      term: `"${plan.phrases[0]}"`,
      searches: memo.size,
      corrected: [],
    };
  }
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
    return {
      plan,
      results,
      base: exact,
      others: [],
      exactCount: results.length,
      term: exactTerm,
      searches: memo.size,
      corrected: plan.added,
    };
  }
  const ids = (response: EngineResponse<R>) => new Set(hits(response).keys());
  // Many pages match every word as typed: those are the results, and the searches for single
  // words (each as costly as searching that word alone) are not needed. Words the site does not
  // use are always looked at in their rewritten forms (a typo, a compound).
  const rewritten = plan.alternatives.some((a) => a.kind === 'typo' || a.kind === 'split');
  // Only when the site knows every word: Pagefind's search for all words leaves out a word it
  // does not find at all, so its own search must show whether it does.
  const enough = !rewritten && exact.results.length >= ENOUGH && unknown.length === 0;
  // Words named by a facet value are looked for as that value: pages with the other words and it.
  const named = new Set(plan.facets.map((f) => f.covers));
  const unnamed = plan.words.filter((_, i) => !named.has(i)).join(' ') || null;
  const [responses, facets, phraseSets, hinted] = await Promise.all([
    // Single words as typed are the costly searches: only when few pages match them all. Pages
    // found through a synonym rank after the exact matches, so those are not needed then either.
    Promise.all(
      plan.alternatives.map(async (alt) => {
        if (enough && (alt.kind === 'word' || alt.kind === 'synonym')) return undefined;
        const response = await search(alt.term);
        if (!alt.whole) return response;
        // Pagefind's score, but only the pages that have the word whole (its quoted search).
        const whole = ids(await search(`"${alt.term}"`));
        return { ...response, results: response.results.filter((r) => whole.has(r.id)) };
      }),
    ),
    // When few pages match all words, every page with the value counts for its word, as long as
    // the value is not so common that listing its pages would cost more than a word search.
    Promise.all(
      plan.facets.map(async (f) => {
        const small = (totals[f.facet]?.[f.value] ?? Infinity) <= FACET_PAGES;
        return ids(await search(!enough && small ? null : unnamed, { [f.facet]: f.value }));
      }),
    ),
    Promise.all(plan.phrases.map(async (p) => ids(await search(`"${p}"`)))),
    // Pages of the kind a question asks for: all of them when there are few enough to list,
    // since a person's page seldom has every word of the question.
    plan.hint
      ? search((totals[plan.hint.facet]?.[plan.hint.value] ?? Infinity) <= FACET_PAGES ? null : exactTerm, {
          [plan.hint.facet]: plan.hint.value,
        }).then(ids)
      : undefined,
  ]);
  // Without the single-word searches, every page that matches all words scores as it did for all.
  const alternatives = responses.map((r) => (r ? hits(r) : hits(exact)));

  const allowed = phraseSets.length
    ? new Set([...phraseSets[0]!].filter((id) => phraseSets.every((s) => s.has(id))))
    : undefined;
  const found = { exact: hits(exact), alternatives, facets, allowed, hinted };
  const ranked = rankResults(plan, found);
  const inExact = new Set(exact.results.map((r) => r.id));
  const trusted = !allowed && ranked.filter((r) => r.exact && inExact.has(r.id)).length === inExact.size;
  const results: QueryResult<R>['results'] = [];
  const others: QueryResult<R>['others'] = [];
  for (const match of ranked) {
    const result = { ...byId.get(match.id)!, match };
    if (trusted && inExact.has(match.id)) {
      results.push(result);
    } else if (others.length < MAX_OTHERS) {
      results.push(result);
      others.push(result);
    }
  }
  return {
    plan,
    results,
    base: trusted ? exact : undefined,
    others,
    exactCount: results.filter((r) => r.match.exact).length,
    term: exactTerm,
    searches: memo.size,
    corrected: [...corrections(plan, found), ...plan.added],
  };
}
