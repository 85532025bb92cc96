import { describe, expect, it } from 'vitest';
import {
  chosenCount,
  emptyFinderState,
  findRecords,
  finderStateToQuery,
  parseFinderState,
  setValue,
  withValues,
  type FinderSpec,
} from '../../src/lib/finder.ts';

const spec: FinderSpec = {
  filters: [
    { key: 'method', multiple: true },
    { key: 'cost', multiple: false },
    { key: 'competency', multiple: false },
  ],
  sorts: ['title', 'start'],
};
const method = spec.filters[0]!;
const cost = spec.filters[1]!;

const record = (id: string, m: string, c: string, competencies: string[]) => ({
  id,
  facets: { method: [m], cost: [c], competency: competencies },
});
const records = [
  record('a', 'klassikaal', 'gratis', ['data']),
  record('b', 'klassikaal', 'betaald', ['data', 'schrijven']),
  record('c', 'webinar', 'gratis', ['schrijven']),
  record('d', 'e-learning', 'gratis', []),
  record('e', 'webinar', 'betaald', ['data']),
];
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
const counts = (result: ReturnType<typeof findRecords>, key: string) =>
  Object.fromEntries(result.counts[key]!);

describe('finder state in the address', () => {
  it('reads filters and sort, dropping unknown keys, empty and repeated values', () => {
    const state = parseFinderState(
      '?method=webinar&method=klassikaal&method=webinar&method=&cost=gratis&cost=betaald&foo=1&sort=start',
      spec,
    );
    expect(state).toEqual({
      filters: { method: ['webinar', 'klassikaal'], cost: ['gratis'] },
      sort: 'start',
    });
  });

  it('ignores an unknown sort and keeps the default', () => {
    expect(parseFinderState('?sort=random', spec).sort).toBe('title');
    expect(emptyFinderState(spec)).toEqual({ filters: {}, sort: 'title' });
  });

  it('drops values that are not options when told which are', () => {
    const known = (key: string, value: string) => key !== 'competency' || value === 'data';
    expect(parseFinderState('?competency=weg&method=webinar', spec, known).filters).toEqual({
      method: ['webinar'],
    });
  });

  it('writes a stable address that reads back to the same state', () => {
    const state = { filters: { competency: ['data'], method: ['webinar', 'klassikaal'] }, sort: 'start' };
    const query = finderStateToQuery(state, spec);
    expect(query).toBe('?method=webinar&method=klassikaal&competency=data&sort=start');
    expect(parseFinderState(query, spec)).toEqual(state);
    expect(finderStateToQuery(emptyFinderState(spec), spec)).toBe('');
  });

  it('encodes values with spaces and ampersands (department names)', () => {
    const state = { filters: { competency: ['ICT & Informatie'] }, sort: 'title' };
    const query = finderStateToQuery(state, spec);
    expect(query).toBe('?competency=ICT+%26+Informatie');
    expect(parseFinderState(query, spec)).toEqual(state);
  });

  it('switches values on and off: several for a checkbox filter, one for a single-value filter', () => {
    let state = emptyFinderState(spec);
    state = setValue(state, method, 'webinar', true);
    state = setValue(state, method, 'klassikaal', true);
    state = setValue(state, cost, 'gratis', true);
    state = setValue(state, cost, 'betaald', true);
    expect(state.filters).toEqual({ method: ['webinar', 'klassikaal'], cost: ['betaald'] });
    expect(chosenCount(state)).toBe(3);
    state = setValue(state, method, 'webinar', false);
    state = withValues(state, 'cost', []);
    expect(state.filters).toEqual({ method: ['klassikaal'] });
  });
});

describe('findRecords', () => {
  it('without filters finds everything, in the given order, and counts every option', () => {
    const result = findRecords(records, emptyFinderState(spec), spec);
    expect(ids(result.records)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(counts(result, 'method')).toEqual({ klassikaal: 2, webinar: 2, 'e-learning': 1 });
    expect(counts(result, 'competency')).toEqual({ data: 3, schrijven: 2 });
    expect(result.without).toEqual({});
  });

  it('widens within a filter (any chosen value) and narrows across filters (all filters)', () => {
    const state = { filters: { method: ['klassikaal', 'webinar'], cost: ['gratis'] }, sort: 'title' };
    expect(ids(findRecords(records, state, spec).records)).toEqual(['a', 'c']);
  });

  it("counts each option as what choosing it would show, ignoring the filter's own choice", () => {
    const state = { filters: { method: ['webinar'], cost: ['gratis'] }, sort: 'title' };
    const result = findRecords(records, state, spec);
    expect(ids(result.records)).toEqual(['c']);
    // Methods among the free courses; costs among the webinars.
    expect(counts(result, 'method')).toEqual({ klassikaal: 1, webinar: 1, 'e-learning': 1 });
    expect(counts(result, 'cost')).toEqual({ gratis: 1, betaald: 1 });
    expect(counts(result, 'competency')).toEqual({ schrijven: 1 });
  });

  it('matches counts against a brute-force count for every option', () => {
    const state = { filters: { method: ['klassikaal'], competency: ['data'] }, sort: 'title' };
    const result = findRecords(records, state, spec);
    for (const { key } of spec.filters) {
      for (const value of new Set(records.flatMap((r) => r.facets[key as 'method']))) {
        const others = { ...state.filters } as Record<string, string[]>;
        delete others[key];
        const expected = findRecords(records, { ...state, filters: { ...others, [key]: [value] } }, spec)
          .records.length;
        expect(result.counts[key]!.get(value) ?? 0, `${key}=${value}`).toBe(expected);
      }
    }
  });

  it('says how many each active filter would give back when the list is empty', () => {
    const state = {
      filters: { method: ['e-learning'], cost: ['betaald'], competency: ['data'] },
      sort: 'title',
    };
    const result = findRecords(records, state, spec);
    expect(result.records).toEqual([]);
    // Without the method: paid data courses (b, e); without the cost: none (d has no data);
    // without the competency: none (d is free).
    expect(result.without).toEqual({ method: 2, cost: 0, competency: 0 });
  });

  it('treats a record without values for a filter as not matching it', () => {
    const state = { filters: { competency: ['data'] }, sort: 'title' };
    expect(ids(findRecords(records, state, spec).records)).toEqual(['a', 'b', 'e']);
  });
});
