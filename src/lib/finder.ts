/**
 * The filtering behind the course and expert finders, whatever they filter: the state (kept in
 * the address, so a filtered list can be shared and Back restores it), which records match,
 * how many each option would give, and which filter emptied a list. Pure: the browser module
 * (`src/client/finder.ts`) and the tests use the same functions.
 *
 * A record carries, per filter key, the values it has (`facets.method = ['klassikaal']`).
 * Different filters narrow together (AND); values of one filter widen it (OR): ticking
 * "Klassikaal" and "Blended" shows courses of either method, as in any catalogue.
 */

/** A filter of a finder: its key (also the URL parameter) and whether several values may be chosen. */
export interface FinderFilter {
  key: string;
  /** Checkboxes: several values, any of them matches. Otherwise at most one value (radio, select). */
  multiple: boolean;
}

/** What a finder can filter and sort by. */
export interface FinderSpec {
  filters: readonly FinderFilter[];
  /** Sort orders; the first is the default and is left out of the address. */
  sorts: readonly string[];
}

export interface FinderState {
  /** Chosen values per filter key; a key without values is left out. */
  filters: Record<string, string[]>;
  sort: string;
}

/** A record as the filters see it: its values per filter key. */
export interface FinderRecord {
  facets: Readonly<Record<string, readonly string[]>>;
}

/** URL parameter of the sort order. */
export const SORT_PARAM = 'sort';

export const emptyFinderState = (spec: FinderSpec): FinderState => ({
  filters: {},
  sort: spec.sorts[0] ?? '',
});

/**
 * Reads the state from a query string. Unknown parameters and sort orders are ignored, empty and
 * repeated values dropped, and a single-value filter keeps its first value. When `known` is
 * given, values that are not options of their filter are dropped too (a link shared before an
 * option disappeared still opens, just less narrowed).
 */
export function parseFinderState(
  query: URLSearchParams | string,
  spec: FinderSpec,
  known?: (key: string, value: string) => boolean,
): FinderState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = emptyFinderState(spec);
  for (const { key, multiple } of spec.filters) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter(
      (v) => v !== '' && (!known || known(key, v)),
    );
    if (values.length) state.filters[key] = multiple ? values : values.slice(0, 1);
  }
  const sort = params.get(SORT_PARAM);
  if (sort && spec.sorts.includes(sort)) state.sort = sort;
  return state;
}

/** Writes the state as a query string in a stable order (filters as in the spec, then sort); `''` when empty. */
export function finderStateToQuery(state: FinderState, spec: FinderSpec): string {
  const params = new URLSearchParams();
  for (const { key } of spec.filters) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort && state.sort !== spec.sorts[0]) params.set(SORT_PARAM, state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Keys of the filters that narrow the list now, in spec order. */
export const activeKeys = (state: FinderState, spec: FinderSpec): string[] =>
  spec.filters.map((f) => f.key).filter((key) => (state.filters[key]?.length ?? 0) > 0);

/** The state with `value` of a filter switched on or off (a single-value filter's old value is replaced). */
export function setValue(state: FinderState, filter: FinderFilter, value: string, on: boolean): FinderState {
  const current = state.filters[filter.key] ?? [];
  const next = !on
    ? current.filter((v) => v !== value)
    : filter.multiple
      ? [...new Set([...current, value])]
      : [value];
  return withValues(state, filter.key, next);
}

/** The state with a filter's values replaced (none: the filter no longer narrows). */
export function withValues(state: FinderState, key: string, values: readonly string[]): FinderState {
  const filters = { ...state.filters };
  if (values.length) filters[key] = [...values];
  else delete filters[key];
  return { ...state, filters };
}

/** Number of chosen values over all filters. */
export const chosenCount = (state: FinderState): number =>
  Object.values(state.filters).reduce((n, values) => n + values.length, 0);

/** Counts per filter key and value: how many records the list would show with that value. */
export type OptionCounts = Record<string, Map<string, number>>;

export interface FinderResult<R extends FinderRecord> {
  /** The matching records, in the order given. */
  records: R[];
  /**
   * Per filter and value, the records that match every *other* filter and have that value:
   * what choosing the value would show (for a single-value filter: instead of the current one).
   */
  counts: OptionCounts;
  /** Per active filter, how many records would match without it (offered when a list is empty). */
  without: Record<string, number>;
}

const hasAny = (values: readonly string[] | undefined, chosen: readonly string[]) =>
  !!values && values.some((v) => chosen.includes(v));

/**
 * Filters the records and counts every option in one pass: a record that fails no filter is a
 * result and counts for every filter; one that fails exactly one filter counts only for that
 * filter (it would match if that filter were changed); others count for nothing.
 */
export function findRecords<R extends FinderRecord>(
  records: readonly R[],
  state: FinderState,
  spec: FinderSpec,
): FinderResult<R> {
  const keys = spec.filters.map((f) => f.key);
  const active = activeKeys(state, spec).map((key) => [key, state.filters[key]!] as const);
  const counts: OptionCounts = Object.fromEntries(keys.map((key) => [key, new Map<string, number>()]));
  const without: Record<string, number> = Object.fromEntries(active.map(([key]) => [key, 0]));
  const found: R[] = [];
  const count = (record: R, key: string) => {
    const map = counts[key]!;
    for (const value of record.facets[key] ?? []) map.set(value, (map.get(value) ?? 0) + 1);
  };

  for (const record of records) {
    let failed: string | undefined;
    let failures = 0;
    for (const [key, chosen] of active) {
      if (hasAny(record.facets[key], chosen)) continue;
      failed = key;
      if (++failures > 1) break;
    }
    if (failures === 0) {
      found.push(record);
      for (const key of keys) count(record, key);
      for (const [key] of active) without[key]! += 1;
    } else if (failures === 1) {
      count(record, failed!);
      without[failed!]! += 1;
    }
  }
  return { records: found, counts, without };
}
