/**
 * Reading what the tools stored and the portfolio files employees import, with the schemas of
 * `src/schemas/portfolio.ts`: a damaged stored value keeps every part that is still valid, and
 * an import is all or nothing — a bad or foreign file changes nothing and says why.
 */
import * as z from 'zod/mini';
import {
  DATA_VERSION,
  PORTFOLIO_FORMAT,
  answersSchema,
  bookmarkSchema,
  portfolioFileSchema,
  recordSchema,
  storedDataSchema,
  type Answers,
  type Portfolio,
  type PortfolioFile,
  type StoredData,
} from '../schemas/portfolio.ts';
import { upgrade, type Migration, MIGRATIONS } from './store-format.ts';

/** The largest file an import reads (a portfolio of thousands of records is far smaller). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const emptyData = (): StoredData => ({
  version: DATA_VERSION,
  portfolio: { bookmarks: [], records: [] },
  answers: {},
});

/** What a page found in storage. */
export interface StoredState {
  data: StoredData;
  /**
   * `empty`: nothing saved yet; `ok`: read as saved (or migrated); `repaired`: damaged parts were
   * left out; `newer`: saved by a newer version of the site, shown empty and never overwritten;
   * `unreadable`: not readable at all.
   */
  state: 'empty' | 'ok' | 'repaired' | 'newer' | 'unreadable';
}

const valid = <T>(schema: z.ZodMiniType<T>, items: unknown): T[] =>
  (Array.isArray(items) ? items : []).flatMap((item) => {
    const result = z.safeParse(schema, item);
    return result.success ? [result.data] : [];
  });

/** Keeps every bookmark, record and set of answers that is still valid. */
function salvage(value: Record<string, unknown>): StoredData {
  const portfolio = (value.portfolio ?? {}) as Record<string, unknown>;
  const answers: Record<string, Answers> = {};
  if (value.answers && typeof value.answers === 'object')
    for (const [id, entry] of Object.entries(value.answers)) {
      const result = z.safeParse(answersSchema, entry);
      if (result.success && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) answers[id] = result.data;
    }
  return {
    version: DATA_VERSION,
    portfolio: {
      bookmarks: valid(bookmarkSchema, portfolio.bookmarks),
      records: valid(recordSchema, portfolio.records),
    },
    answers,
  };
}

/** Reads the stored text (from `localStorage.getItem`) into data the tools can use. */
export function readStoredData(
  text: string | null,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): StoredState {
  const loaded = upgrade(text, migrations);
  if (loaded.state !== 'ok') return { data: emptyData(), state: loaded.state };
  const result = z.safeParse(storedDataSchema, loaded.value);
  return result.success
    ? { data: result.data, state: 'ok' }
    : { data: salvage(loaded.value), state: 'repaired' };
}

/** Why an import was refused. */
export type ImportProblem =
  | { reason: 'tooLarge' }
  | { reason: 'notJson' }
  /** JSON, but not a Leerhuis portfolio. */
  | { reason: 'foreign' }
  /** A portfolio from a newer version of the site. */
  | { reason: 'newer'; version: number }
  /** A portfolio with a wrong field: `records[2].hours`. */
  | { reason: 'invalid'; field: string };

export type ImportResult = { ok: true; file: PortfolioFile } | { ok: false; problem: ImportProblem };

/** `records[2].hours` from `['records', 2, 'hours']`. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

/**
 * Checks an imported file's text. A file from an older version goes through the same
 * migrations as a stored value, so an old export can always be imported.
 */
export function parsePortfolioFile(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problem: { reason: 'tooLarge' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { reason: 'notJson' } };
  }
  const head = parsed as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || Array.isArray(head) || head.format !== PORTFOLIO_FORMAT)
    return { ok: false, problem: { reason: 'foreign' } };
  if (typeof head.version === 'number' && head.version > DATA_VERSION)
    return { ok: false, problem: { reason: 'newer', version: head.version } };
  if (typeof head.version === 'number' && head.version < DATA_VERSION) {
    const { bookmarks, records, ...rest } = head as Record<string, unknown>;
    const stored = { version: head.version, portfolio: { bookmarks, records }, answers: {} };
    const loaded = upgrade(JSON.stringify(stored), migrations);
    if (loaded.state === 'ok')
      parsed = { ...rest, ...(loaded.value.portfolio as object), version: DATA_VERSION };
  }
  const result = z.safeParse(portfolioFileSchema, parsed);
  if (result.success) return { ok: true, file: result.data };
  const issue = result.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const field = fieldOf([...issue.path, ...keys.slice(0, 1)]);
  return { ok: false, problem: { reason: 'invalid', field: field || 'version' } };
}

/** The file "export" writes: the portfolio with what it is and where it came from. */
export function portfolioFile(portfolio: Portfolio, now: Date, site?: string): PortfolioFile {
  return {
    format: PORTFOLIO_FORMAT,
    version: DATA_VERSION,
    exportedAt: now.toISOString(),
    ...(site ? { site } : {}),
    bookmarks: portfolio.bookmarks,
    records: portfolio.records,
  };
}

/**
 * Adds an imported portfolio to the current one: bookmarks and records it does not have yet
 * (by id); what is there already stays as it is. Nothing is ever removed by an import.
 */
export function mergePortfolio(
  current: Portfolio,
  incoming: Pick<Portfolio, 'bookmarks' | 'records'>,
): { portfolio: Portfolio; added: number; present: number } {
  const bookmarkIds = new Set(current.bookmarks.map((b) => b.id));
  const recordIds = new Set(current.records.map((r) => r.id));
  const bookmarks = incoming.bookmarks.filter((b) => !bookmarkIds.has(b.id) && bookmarkIds.add(b.id));
  const records = incoming.records.filter((r) => !recordIds.has(r.id) && recordIds.add(r.id));
  const added = bookmarks.length + records.length;
  return {
    portfolio: { bookmarks: [...current.bookmarks, ...bookmarks], records: [...current.records, ...records] },
    added,
    present: incoming.bookmarks.length + incoming.records.length - added,
  };
}
