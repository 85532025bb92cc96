/**
 * The facet values of every page, read once per visit from Pagefind's filter index (one
 * filter-only search per value, from index data the page has already loaded: no requests).
 * The search page needs it when it ranks results itself (search-run.ts): to narrow the ranked
 * results to the chosen facet values and to count, per value, how many would remain.
 */
import { FACETS, MULTI_VALUE_FACETS, type Facet } from './search-facets.ts';
import type { FacetCounts, PagefindFilters } from './search-state.ts';
import type { EngineResult, SearchEngine } from './search-run.ts';

export class FacetIndex {
  /** Page id → its facet values. */
  readonly #values = new Map<string, Array<[Facet, string]>>();
  /** Every facet value, with the number of pages that have it. */
  readonly totals: Partial<Record<Facet, Record<string, number>>>;

  private constructor(totals: FacetIndex['totals']) {
    this.totals = totals;
  }

  /** Reads the pages of every value in `totals` (Pagefind's `filters()`). */
  static async load<R extends EngineResult>(
    engine: SearchEngine<R>,
    totals: Record<string, Record<string, number>>,
  ): Promise<FacetIndex> {
    const known = Object.fromEntries(FACETS.flatMap((f) => (totals[f] ? [[f, totals[f]]] : [])));
    const index = new FacetIndex(known);
    const pairs = FACETS.flatMap((f) => Object.keys(known[f] ?? {}).map((v) => [f, v] as [Facet, string]));
    const found = await Promise.all(pairs.map(([f, v]) => engine.search(null, { filters: { [f]: v } })));
    pairs.forEach((pair, k) => {
      for (const { id } of found[k]!.results) {
        const list = index.#values.get(id);
        if (list) list.push(pair);
        else index.#values.set(id, [pair]);
      }
    });
    return index;
  }

  /** Whether a page has every chosen value (a multi-value facet's values all), skipping `except`. */
  matches(id: string, filters: PagefindFilters, except?: Facet): boolean {
    const values = this.#values.get(id) ?? [];
    return Object.entries(filters).every(
      ([facet, chosen]) =>
        facet === except ||
        (Array.isArray(chosen) ? chosen : [chosen]).every((v) =>
          values.some(([f, x]) => f === facet && x === v),
        ),
    );
  }

  /**
   * Counts per facet value among `ids` that have the chosen values: what each facet control
   * shows. For a chosen single-value facet, another value replaces the chosen one, so its
   * counts leave that facet's own choice out (as `facetCounts` in search-state.ts does).
   */
  counts(ids: readonly string[], filters: PagefindFilters): FacetCounts {
    const counts: FacetCounts = {};
    for (const facet of FACETS) {
      const own = facet in filters && !MULTI_VALUE_FACETS.includes(facet);
      const row: Record<string, number> = {};
      for (const value of Object.keys(this.totals[facet] ?? {})) row[value] = 0;
      for (const id of ids) {
        if (!this.matches(id, filters, own ? facet : undefined)) continue;
        for (const [f, v] of this.#values.get(id) ?? []) if (f === facet) row[v] = (row[v] ?? 0) + 1;
      }
      counts[facet] = row;
    }
    return counts;
  }
}
