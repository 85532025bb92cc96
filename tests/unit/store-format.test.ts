/**
 * The one stored value of the tools: read in any state a browser may hold it, brought to the
 * current version through the migrations, never silently replaced when it is newer.
 */
import { describe, expect, it } from 'vitest';
import { DATA_VERSION } from '../../src/schemas/tool-format.ts';
import {
  MIGRATIONS,
  emptyValue,
  hasBookmark,
  storageKey,
  toggleBookmark,
  upgrade,
  type Migration,
} from '../../src/lib/store-format.ts';

describe('upgrade', () => {
  it('finds nothing when nothing was saved', () => {
    expect(upgrade(null)).toEqual({ state: 'empty' });
    expect(upgrade('')).toEqual({ state: 'empty' });
  });

  it('reads a value of the current version as it is', () => {
    const value = { ...emptyValue(), answers: { zelfscan: { updatedAt: 'x', values: { q1: 3 } } } };
    expect(upgrade(JSON.stringify(value))).toEqual({ state: 'ok', value, migrated: false });
  });

  it('calls text that is not a stored value unreadable', () => {
    for (const text of ['{', 'null', '[1,2]', '"tekst"', '{"version":"1"}', '{"version":0}', '{}'])
      expect(upgrade(text), text).toEqual({ state: 'unreadable' });
  });

  it('leaves a value from a newer version alone', () => {
    expect(upgrade(JSON.stringify({ version: DATA_VERSION + 1, anything: true }))).toEqual({
      state: 'newer',
      version: DATA_VERSION + 1,
    });
  });

  it('runs every migration from the stored version to the current one, in order', () => {
    const steps: number[] = [];
    const migrations: Record<number, Migration> = {
      1: (v) => (
        steps.push(1),
        { ...v, portfolio: { bookmarks: v.bookmarks, records: [] }, bookmarks: undefined }
      ),
      2: (v) => (steps.push(2), { ...v, answers: {} }),
    };
    const old = JSON.stringify({ version: 1, bookmarks: [{ id: 'excel' }] });
    const result = upgrade(old, migrations, 3);
    expect(steps).toEqual([1, 2]);
    expect(result).toEqual({
      state: 'ok',
      migrated: true,
      value: {
        version: 3,
        portfolio: { bookmarks: [{ id: 'excel' }], records: [] },
        bookmarks: undefined,
        answers: {},
      },
    });
    // A value already at version 2 only takes the last step.
    steps.length = 0;
    upgrade(JSON.stringify({ version: 2 }), migrations, 3);
    expect(steps).toEqual([2]);
  });

  it('fails loudly when a migration is missing (a bug, never a quiet loss of data)', () => {
    expect(() => upgrade(JSON.stringify({ version: 1 }), {}, 2)).toThrow(/no migration from version 1 to 2/);
  });

  it('has a migration for every version before the current one', () => {
    for (let v = 1; v < DATA_VERSION; v++) expect(MIGRATIONS[v], `MIGRATIONS[${v}]`).toBeTypeOf('function');
  });
});

describe('bookmarks', () => {
  const excel = {
    id: 'excel',
    type: 'opleidingen',
    title: 'Excel',
    url: '/opleidingen/excel/',
    savedAt: 'x',
  };

  it('adds a bookmark, and removes it the second time', () => {
    const once = toggleBookmark(emptyValue(), excel);
    expect(once.saved).toBe(true);
    expect(hasBookmark(once.value, 'excel')).toBe(true);
    const twice = toggleBookmark(once.value, excel);
    expect(twice.saved).toBe(false);
    expect(hasBookmark(twice.value, 'excel')).toBe(false);
  });

  it('keeps the records and other bookmarks, and repairs a missing portfolio', () => {
    const value = { ...emptyValue(), portfolio: { bookmarks: [{ id: 'a' }], records: [{ id: 'r' }] } };
    const { value: next } = toggleBookmark(value, excel);
    expect(next.portfolio).toEqual({ bookmarks: [{ id: 'a' }, excel], records: [{ id: 'r' }] });
    expect(toggleBookmark({ version: DATA_VERSION }, excel).value.portfolio).toEqual({
      bookmarks: [excel],
      records: [],
    });
  });

  it('keeps the sites on one host apart', () => {
    expect(storageKey('/leren/')).not.toBe(storageKey('/'));
  });
});
