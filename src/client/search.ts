/**
 * The search page in the browser: loads Pagefind when there is something to search, renders
 * results and facet controls with counts, and keeps query, filters and order in the URL
 * (typing replaces the current history entry, a new search or filter adds one; Back restores).
 * All text comes from the page's JSON config, filled from src/i18n at build time.
 */
import { localeTag } from '../lib/dates.ts';
import { FACETS, type Facet } from '../lib/search-facets.ts';
import { fill, type ClientString, type SearchPageConfig } from '../lib/search-page.ts';
import type { QueryVocabulary } from '../lib/search-query.ts';
import { SearchCache } from '../lib/search-cache.ts';
import {
  activeFilterCount,
  hasSearch,
  parseSearchState,
  searchStateToQuery,
  toggleFilter,
  type FacetCounts,
  type SearchState,
} from '../lib/search-state.ts';
import { filterSearch, rankedSearch } from './search-found.ts';
import { resultItem, type ResultView } from './search-result.ts';
import { facetGroup, type FacetGroupContext } from './search-facet-group.ts';
import {
  loadSearchEngines,
  type Pagefind,
  type PagefindResult,
  type SearchEngines,
} from './search-engine.ts';

/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 180;
/** Show "searching…" only when results take longer than this, to keep the live region calm. */
const SLOW_MS = 400;

export function startSearchPage(doc: Document = document): void {
  const root = doc.querySelector<HTMLElement>('[data-search]');
  const configEl = doc.getElementById('search-config');
  if (!root || !configEl)
    throw new Error('search page: [data-search] or #search-config is missing from the page');
  const $ = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`search page: ${selector} is missing from the page`);
    return found;
  };
  const config = JSON.parse(configEl.textContent ?? '{}') as SearchPageConfig;
  const s = (key: ClientString, vars?: Record<string, string | number>) => fill(config.strings[key], vars);
  const numbers = new Intl.NumberFormat(localeTag(config.locale));
  const dates = new Intl.DateTimeFormat(localeTag(config.locale), { dateStyle: 'long', timeZone: 'UTC' });

  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('input[name="q"]');
  const status = $<HTMLElement>('[data-search-status]');
  const body = $<HTMLElement>('[data-search-body]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const shownEl = $<HTMLElement>('[data-search-shown]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const none = $<HTMLElement>('[data-search-none]');
  const facetsEl = $<HTMLElement>('[data-search-facets]');
  const sortEl = $<HTMLSelectElement>('[data-search-sort]');
  const clearButtons = root.querySelectorAll<HTMLButtonElement>('[data-search-clear]');

  const noticeBox = $<HTMLElement>('[data-search-notice]');
  const notice = (message: 'failed' | null) => {
    noticeBox.hidden = message === null;
    noticeBox.classList.remove('no-js');
    for (const p of noticeBox.querySelectorAll<HTMLElement>('[data-message]'))
      p.hidden = p.dataset.message !== message;
    if (message) body.hidden = true;
  };
  // Browsers refuse to fetch the index from a file path: the notice (which says so) stays.
  if (location.protocol === 'file:') return;
  notice(null); // the module runs: the notice goes

  let state: SearchState = parseSearchState(location.search);
  let results: PagefindResult[] = [];
  let shown = 0;
  /** Corrected words the last query was read with, said with its count. */
  let corrected: string[] = [];
  let run = 0;
  let typingEntry = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  const expanded = new Set<Facet>();

  let loading: Promise<Pagefind> | undefined;
  // The Pagefind that finds and ranks (see search-engine.ts); `pf` counts.
  let uncounted: SearchEngines['uncounted'] | undefined;
  let totals: Record<string, Record<string, number>> = {};
  // Searches of earlier queries in this visit: typing a query repeats most of them.
  const cache = new SearchCache<PagefindResult>();
  let vocab: QueryVocabulary | undefined;
  // Every dated page, newest first: the order of "newest first" for ranked results.
  let dateOrder: Promise<Map<string, number>> | undefined;
  const pagefind = () =>
    (loading ??= loadSearchEngines(config).then((loaded) => {
      ({ uncounted, totals, vocab } = loaded);
      return loaded.pf;
    }));

  const label = (facet: Facet, value: string) => config.labels[facet]?.[value] ?? value;
  const view: ResultView = { doc, label, dates, missingText: (words) => s('search.missing', { words }) };

  async function showMore(focusFirst: boolean, token: number): Promise<void> {
    const next = results.slice(shown, shown + config.pageSize);
    const items = await Promise.all(
      next.map(async (r) => resultItem(view, await r.data(), r.match?.missing)),
    );
    if (token !== run) return;
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    shownEl.textContent =
      results.length > config.pageSize
        ? s('search.shown', { shown: numbers.format(shown), count: numbers.format(results.length) })
        : '';
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  let lastCounts: FacetCounts = {};
  function renderFacets(counts: FacetCounts): void {
    lastCounts = counts;
    const focusKey = (doc.activeElement as HTMLElement | null)?.dataset?.key;
    const group: FacetGroupContext = {
      doc,
      config,
      chosen: (facet) => state.filters[facet] ?? [],
      totals,
      expanded,
      s,
      numbers,
      toggle: (facet) => {
        if (expanded.has(facet)) expanded.delete(facet);
        else expanded.add(facet);
        renderFacets(lastCounts);
      },
    };
    facetsEl.replaceChildren(...FACETS.flatMap((f) => facetGroup(group, f, counts[f] ?? {}) ?? []));
    if (focusKey) facetsEl.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
    for (const b of clearButtons) b.hidden = activeFilterCount(state) === 0;
  }

  function announce(count: number): void {
    const q = state.q.trim();
    const form = count === 0 ? 'none' : count === 1 ? 'one' : 'many';
    const line = s(q ? `search.status.${form}` : `search.status.${form}Filtered`, {
      count: numbers.format(count),
      query: q,
    });
    const also = q && corrected.length ? s('search.corrected', { words: corrected.join(', ') }) : '';
    status.textContent = also ? `${line}. ${also}` : line;
  }

  async function search(): Promise<void> {
    const token = ++run;
    if (!hasSearch(state)) {
      body.hidden = true;
      list.replaceChildren();
      results = [];
      return;
    }
    const slow = setTimeout(() => token === run && (status.textContent = s('search.loading')), SLOW_MS);
    list.setAttribute('aria-busy', 'true');
    try {
      const pf = await pagefind();
      const { found, counts, fixed } = state.q.trim()
        ? await rankedSearch(pf, state, {
            vocab: vocab!,
            totals,
            uncounted,
            cache,
            dateOrder: () =>
              (dateOrder ??= pf
                .search(null, { sort: { date: 'desc' } })
                .then((r) => new Map(r.results.map((x, i) => [x.id, i])))),
          })
        : await filterSearch(pf, state);
      if (token !== run) return;
      corrected = fixed;
      results = found;
      shown = 0;
      list.replaceChildren();
      await showMore(false, token);
      if (token !== run) return;
      body.hidden = false;
      none.hidden = results.length > 0;
      $<HTMLElement>('[data-search-none-filters]').hidden = activeFilterCount(state) === 0;
      if (typeof counts === 'function') {
        // The results are on screen and announced; their counts follow.
        facetsEl.setAttribute('aria-busy', 'true');
        clearTimeout(slow);
        announce(results.length);
        const later = await counts();
        if (token !== run) return;
        renderFacets(later);
      } else {
        renderFacets(counts);
        announce(results.length);
      }
    } catch (error) {
      notice('failed');
      throw error;
    } finally {
      clearTimeout(slow);
      if (token === run) {
        list.removeAttribute('aria-busy');
        facetsEl.removeAttribute('aria-busy');
      }
    }
  }

  function commit(mode: 'push' | 'replace'): void {
    const target = `${location.pathname}${searchStateToQuery(state)}`;
    if (target !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    void search();
  }

  function syncControls(): void {
    input.value = state.q;
    sortEl.value = state.sort;
  }

  input.addEventListener('focus', () => void pagefind().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      state = { ...state, q: input.value };
      commit(typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || input.value === '') return;
    event.preventDefault();
    clearTimeout(debounce);
    input.value = '';
    state = { ...state, q: '' };
    commit(typingEntry ? 'replace' : 'push');
    typingEntry = false;
    if (!hasSearch(state)) status.textContent = s('search.cleared');
  });
  root.addEventListener('keydown', (event) => {
    // Escape anywhere in the results or filters goes back to the search box.
    if (event.key === 'Escape' && event.target !== input) {
      input.focus();
      input.select();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    state = { ...state, q: input.value };
    commit(typingEntry ? 'replace' : 'push');
    typingEntry = false;
  });
  facetsEl.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.dataset.facet as Facet | undefined;
    if (!facet) return;
    if (box.value === '') {
      const filters = { ...state.filters }; // "All": this facet no longer narrows
      delete filters[facet];
      state = { ...state, filters };
    } else {
      state = toggleFilter(state, facet, box.value, box.checked);
    }
    typingEntry = false;
    commit('push');
  });
  sortEl.addEventListener('change', () => {
    state = { ...state, sort: sortEl.value === 'date' ? 'date' : 'relevance' };
    typingEntry = false;
    commit('push');
  });
  for (const b of clearButtons) {
    b.addEventListener('click', () => {
      state = { ...state, filters: {} };
      typingEntry = false;
      commit('push');
      input.focus();
    });
  }
  more.addEventListener('click', () => void showMore(true, run));
  addEventListener('popstate', () => {
    const next = parseSearchState(location.search);
    // Following an in-page link ("to the filters") also pops state: nothing to search then.
    if (searchStateToQuery(next) === searchStateToQuery(state)) return;
    state = next;
    typingEntry = false;
    syncControls();
    void search();
  });

  syncControls();
  if (hasSearch(state)) void search();
}
