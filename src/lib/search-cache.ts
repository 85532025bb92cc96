/**
 * The part of Pagefind's API the search page uses (search-run.ts), and the searches kept
 * between the queries of one visit.
 */
import type { PagefindFilters } from './search-state.ts';

/**
 * Pagefind responses by search (term and filters), kept between the queries of one visit.
 * Bounded: the oldest go first.
 */
export class SearchCache<R extends EngineResult> {
  readonly #entries = new Map<string, Promise<EngineResponse<R>>>();
  readonly #size: number;
  constructor(size = 64) {
    this.#size = size;
  }
  get(key: string): Promise<EngineResponse<R>> | undefined {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: Promise<EngineResponse<R>>): void {
    this.#entries.set(key, value);
    // A failed search is not kept.
    value.catch(() => this.#entries.get(key) === value && this.#entries.delete(key));
    while (this.#entries.size > this.#size) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

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
