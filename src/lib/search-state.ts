/**
 * The state of the search page, kept in its URL (`/zoeken/?q=cursus&type=opleidingen&tag=excel`)
 * so a search can be shared and the Back button works. Pure: the browser module and the tests
 * use the same functions.
 */
import { FACETS, MULTI_VALUE_FACETS, type Facet } from './search-facets.ts';

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The query as typed (trimmed of outer white space only when searching). */
  q: string;
  /** Chosen facet values; at most one for single-value facets. */
  filters: Partial<Record<Facet, string[]>>;
  sort: Sort;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

const isMulti = (facet: Facet) => MULTI_VALUE_FACETS.includes(facet);

/** Reads the state from a query string; unknown parameters are ignored, duplicates dropped. */
export function parseSearchState(params: URLSearchParams | string): SearchState {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const state = emptyState();
  state.q = search.get('q') ?? '';
  if (search.get('sort') === 'date') state.sort = 'date';
  for (const facet of FACETS) {
    const values = [...new Set(search.getAll(facet).filter((v) => v.trim() !== ''))];
    if (!values.length) continue;
    state.filters[facet] = isMulti(facet) ? values : values.slice(0, 1);
  }
  return state;
}

/** Writes the state as a query string in a stable order (`q`, facets, `sort`); empty parts are left out. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether there is anything to search for. */
export const hasSearch = (state: SearchState): boolean =>
  state.q.trim() !== '' || FACETS.some((f) => (state.filters[f]?.length ?? 0) > 0);

/** Number of chosen facet values. */
export const activeFilterCount = (state: SearchState): number =>
  FACETS.reduce((n, f) => n + (state.filters[f]?.length ?? 0), 0);

/** The state with `value` of `facet` switched on or off (replacing the old value of a single-value facet). */
export function toggleFilter(state: SearchState, facet: Facet, value: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const next = on
    ? isMulti(facet)
      ? [...new Set([...current, value])]
      : [value]
    : current.filter((v) => v !== value);
  const filters = { ...state.filters, [facet]: next };
  if (!next.length) delete filters[facet];
  return { ...state, filters };
}

/** Pagefind filter object: every chosen value must match (tags and competencies: all of them). */
export type PagefindFilters = Record<string, string | string[]>;

/** The Pagefind filters for a state, optionally leaving one facet out (to count its alternatives). */
export function pagefindFilters(state: SearchState, except?: Facet): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (facet === except || !values?.length) continue;
    filters[facet] = isMulti(facet) ? values : values[0]!;
  }
  return filters;
}

/** Counts per facet value: how many results the page would show after choosing that value. */
export type FacetCounts = Partial<Record<Facet, Record<string, number>>>;

/**
 * Combines Pagefind's counts into what each facet control should show. Pagefind counts a value
 * as "these filters plus this value", which is right for an unchosen facet and for facets that
 * add values (tags). For a chosen single-value facet, choosing another value replaces the old
 * one, so its counts come from a search without that facet (`withoutFacet`).
 */
export function facetCounts(
  state: SearchState,
  counts: Record<string, Record<string, number>>,
  withoutFacet: Partial<Record<Facet, Record<string, Record<string, number>>>>,
): FacetCounts {
  const result: FacetCounts = {};
  for (const facet of FACETS) {
    const chosenSingle = !isMulti(facet) && (state.filters[facet]?.length ?? 0) > 0;
    const source = chosenSingle ? withoutFacet[facet]?.[facet] : counts[facet];
    if (source) result[facet] = { ...source };
  }
  return result;
}

/** Single-value facets with a chosen value: each needs one extra search to count its alternatives. */
export const facetsNeedingOwnCount = (state: SearchState): Facet[] =>
  FACETS.filter((f) => !isMulti(f) && (state.filters[f]?.length ?? 0) > 0);
