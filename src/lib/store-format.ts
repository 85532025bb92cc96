/**
 * The one value the employee tools keep in `localStorage`: its key, an empty value, the
 * migration path from older versions, and adding or removing a bookmark. Free of zod and of
 * anything the bookmark button on content pages cannot afford (it must stay under 2 kB);
 * the tool pages check the value with the schemas in `src/schemas/portfolio.ts`.
 */
import { DATA_VERSION } from '../schemas/tool-format.ts';

/**
 * The storage key of a site: one per base path, so two Leerhuis sites on one host (each under
 * its own path) keep their portfolios apart. The version lives inside the value.
 */
export const storageKey = (base: string): string => `leerhuis:${base}`;

/** The stored value as far as it is known without validating it. */
export interface StoredValue {
  version: number;
  portfolio: { bookmarks: unknown[]; records: unknown[] };
  answers: Record<string, unknown>;
  [key: string]: unknown;
}

/** What a device without any saved data starts from. */
export const emptyValue = (): StoredValue => ({
  version: DATA_VERSION,
  portfolio: { bookmarks: [], records: [] },
  answers: {},
});

/** Turns a value of one version into the next. */
export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` turns a version-n value into version n + 1. Whenever DATA_VERSION goes up,
 * add the step here (a unit test checks that every older version has one), so that what an
 * employee saved before an update is carried over, never lost.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** What was found under the key. */
export type Loaded =
  | { state: 'empty' }
  /** A value of the current version (after migrating, when `migrated`). */
  | { state: 'ok'; value: Record<string, unknown>; migrated: boolean }
  /** Written by a newer version of the site (say, before a rollback): left alone. */
  | { state: 'newer'; version: number }
  /** Not JSON, or not a value of any version. */
  | { state: 'unreadable' };

/** Reads a stored text and brings it to the current version. */
export function upgrade(
  text: string | null,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = DATA_VERSION,
): Loaded {
  if (text === null || text === '') return { state: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state: 'unreadable' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { state: 'unreadable' };
  let value = parsed as Record<string, unknown>;
  const from = value.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { state: 'unreadable' };
  if (from > current) return { state: 'newer', version: from };
  for (let n = from; n < current; n++) {
    const step = migrations[n];
    if (!step)
      throw new Error(`store-format: no migration from version ${n} to ${n + 1} — add MIGRATIONS[${n}]`);
    value = { ...step(value), version: n + 1 };
  }
  return { state: 'ok', value, migrated: from !== current };
}

/** A bookmark as the button saves it (checked against `bookmarkSchema` where it is read). */
export interface NewBookmark {
  id: string;
  [key: string]: unknown;
}

/**
 * The value with the bookmark added, or removed when it was there; `saved` says which.
 * A value without a usable portfolio gets an empty one.
 */
export function toggleBookmark(
  value: Record<string, unknown>,
  bookmark: NewBookmark,
): { value: Record<string, unknown>; saved: boolean } {
  const old = value.portfolio as Partial<StoredValue['portfolio']> | undefined;
  const portfolio = old && typeof old === 'object' ? old : {};
  const list = Array.isArray(portfolio.bookmarks) ? portfolio.bookmarks : [];
  const saved = !list.some((b) => (b as NewBookmark | null)?.id === bookmark.id);
  const bookmarks = saved
    ? [...list, bookmark]
    : list.filter((b) => (b as NewBookmark | null)?.id !== bookmark.id);
  const records = Array.isArray(portfolio.records) ? portfolio.records : [];
  return { value: { ...value, portfolio: { ...portfolio, bookmarks, records } }, saved };
}

/** Whether the value holds a bookmark with this id. */
export function hasBookmark(value: Record<string, unknown> | undefined, id: string): boolean {
  const list = (value?.portfolio as Partial<StoredValue['portfolio']> | undefined)?.bookmarks;
  return Array.isArray(list) && list.some((b) => (b as NewBookmark | null)?.id === id);
}
