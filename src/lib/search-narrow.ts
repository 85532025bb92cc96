/**
 * Narrows the listed results of a query (search-run.ts) to the facet values a reader chose, and
 * counts the values over them, so that a count is always what choosing that value shows.
 */
import type { Facet } from './search-facets.ts';
import type { Ranked } from './search-rank.ts';
import type { QueryResult } from './search-run.ts';
import type { PagefindFilters } from './search-state.ts';
import type { EngineResult, SearchEngine } from './search-cache.ts';

/** Facet values of a listed result (from its data: Pagefind's `filters`). */
export type FiltersOf<R> = (result: R) => Promise<Record<string, string[] | undefined>>;

export interface Narrowed<R extends EngineResult> {
  /** The listed results with the chosen facet values, in their order. */
  results: Array<R & { match: Ranked }>;
  /** Per facet value: how many results choosing it would leave (see `facetCounts`). */
  counts: Record<string, Record<string, number>>;
  /** Per chosen single-value facet: the counts without its own choice. */
  own: Partial<Record<Facet, Record<string, Record<string, number>>>>;
}

/**
 * Narrows the listed results of a query (run without facet filters) to the chosen facet values
 * and counts them: Pagefind searches and counts the exact matches with the filters, the other
 * listed results are checked and counted by their own data. So a count is always what choosing
 * that value shows.
 */
export async function narrowListed<R extends EngineResult>(
  engine: SearchEngine<R>,
  result: QueryResult<R>,
  filters: PagefindFilters,
  ownFacets: readonly Facet[],
  filtersOf: FiltersOf<R>,
): Promise<Narrowed<R>> {
  const values = await Promise.all(result.others.map(filtersOf));
  const count = async (chosen: PagefindFilters) => {
    // The listed exact matches were found without counting (runQuery): the counting instance
    // searches them again, with the chosen values.
    const base = result.base ? await engine.search(result.term, { filters: chosen }) : undefined;
    const counts: Record<string, Record<string, number>> = {};
    for (const [facet, row] of Object.entries(base?.filters ?? {})) counts[facet] = { ...row };
    const others = new Set<string>();
    result.others.forEach((other, k) => {
      if (!hasValues(values[k]!, chosen)) return;
      others.add(other.id);
      for (const [facet, list] of Object.entries(values[k]!)) {
        const row = (counts[facet] ??= {});
        for (const value of list ?? []) row[value] = (row[value] ?? 0) + 1;
      }
    });
    return { ids: new Set([...(base?.results ?? []).map((r) => r.id), ...others]), counts };
  };
  const { ids, counts } = await count(filters);
  const own: Narrowed<R>['own'] = {};
  for (const facet of ownFacets) {
    const rest = { ...filters };
    delete rest[facet];
    own[facet] = (await count(rest)).counts;
  }
  return { results: result.results.filter((r) => ids.has(r.id)), counts, own };
}

/** Whether a page's facet values include every chosen one. */
function hasValues(values: Record<string, string[] | undefined>, chosen: PagefindFilters): boolean {
  return Object.entries(chosen).every(([facet, wanted]) =>
    (Array.isArray(wanted) ? wanted : [wanted]).every((v) => values[facet]?.includes(v)),
  );
}
