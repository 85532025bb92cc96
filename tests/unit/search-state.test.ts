import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyState,
  facetCounts,
  facetsNeedingOwnCount,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
  toggleFilter,
} from '../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('reads query, facets and sort, ignoring unknown and empty parameters', () => {
    const state = parseSearchState(
      '?q=excel+cursus&type=opleidingen&tag=excel&tag=data&tag=excel&foo=1&method=&sort=date',
    );
    expect(state).toEqual({
      q: 'excel cursus',
      filters: { type: ['opleidingen'], tag: ['excel', 'data'] },
      sort: 'date',
    });
  });

  it('keeps one value for facets an entry has only one of', () => {
    expect(parseSearchState('type=blog&type=experts').filters).toEqual({ type: ['blog'] });
  });

  it('round-trips through the query string in a stable order', () => {
    const state = parseSearchState('tag=b&q=intervisie&type=opleidingen&tag=a');
    const query = searchStateToQuery(state);
    expect(query).toBe('?q=intervisie&type=opleidingen&tag=b&tag=a');
    expect(parseSearchState(query)).toEqual(state);
    expect(searchStateToQuery(emptyState())).toBe('');
    expect(searchStateToQuery({ ...emptyState(), q: '   ' })).toBe('');
  });

  it('keeps diacritics and spaces intact', () => {
    const query = searchStateToQuery({
      ...emptyState(),
      q: 'casuïstiek bespreken',
      filters: { department: ['Sociaal Domein'] },
    });
    expect(parseSearchState(query)).toMatchObject({
      q: 'casuïstiek bespreken',
      filters: { department: ['Sociaal Domein'] },
    });
  });

  it('knows when there is something to search for', () => {
    expect(hasSearch(emptyState())).toBe(false);
    expect(hasSearch({ ...emptyState(), q: ' ' })).toBe(false);
    expect(hasSearch({ ...emptyState(), filters: { type: ['blog'] } })).toBe(true);
    expect(activeFilterCount(parseSearchState('type=blog&tag=a&tag=b'))).toBe(3);
  });
});

describe('toggleFilter', () => {
  it('adds tags to each other but replaces a single-value facet', () => {
    let state = toggleFilter(emptyState(), 'tag', 'excel', true);
    state = toggleFilter(state, 'tag', 'data', true);
    state = toggleFilter(state, 'type', 'blog', true);
    state = toggleFilter(state, 'type', 'opleidingen', true);
    expect(state.filters).toEqual({ tag: ['excel', 'data'], type: ['opleidingen'] });
    state = toggleFilter(state, 'type', 'opleidingen', false);
    expect(state.filters).toEqual({ tag: ['excel', 'data'] });
  });
});

describe('Pagefind filters and counts', () => {
  const state = parseSearchState('q=x&type=opleidingen&method=klassikaal&tag=excel&tag=data');

  it('asks for every chosen value, optionally without one facet', () => {
    expect(pagefindFilters(state)).toEqual({
      type: 'opleidingen',
      tag: ['excel', 'data'],
      method: 'klassikaal',
    });
    expect(pagefindFilters(state, 'type')).toEqual({ tag: ['excel', 'data'], method: 'klassikaal' });
  });

  it('counts alternatives of a chosen single-value facet without that facet', () => {
    expect(facetsNeedingOwnCount(state)).toEqual(['type', 'method']);
    const counts = facetCounts(
      state,
      {
        type: { opleidingen: 2, blog: 0 },
        tag: { excel: 2, data: 2, b1: 1 },
        method: { klassikaal: 2, webinar: 0 },
      },
      { type: { type: { opleidingen: 2, blog: 3 } }, method: { method: { klassikaal: 2, webinar: 1 } } },
    );
    expect(counts).toEqual({
      type: { opleidingen: 2, blog: 3 },
      tag: { excel: 2, data: 2, b1: 1 },
      method: { klassikaal: 2, webinar: 1 },
    });
  });
});
