/**
 * What the employee tools keep in the browser, and the portfolio file they export and import.
 * Defined once, with `zod/mini` (about 7 kB gzipped in the tool pages, where full zod would
 * be 27 kB); the same definitions check a stored value, an imported file and, as JSON Schema,
 * document the format (`/instrumenten/portfolio.schema.json`). Nothing here leaves the browser.
 *
 * Stored value (`localStorage`, one key per site, see `src/lib/store-format.ts`):
 *   { version: 1, portfolio: { bookmarks: [...], records: [...] }, answers: { <tool id>: {...} } }
 * Export file: { format: "leerhuis-portfolio", version: 1, exportedAt, site?, bookmarks, records }
 */
import * as z from 'zod/mini';
import { BOOKMARKABLE, DATA_VERSION, PORTFOLIO_FORMAT } from './tool-format.ts';

export { BOOKMARKABLE, DATA_VERSION, PORTFOLIO_FORMAT };

/** Upper bounds that keep a hostile or broken file from filling the browser. */
const MAX_ITEMS = 5000;
const MAX_TEXT = 20_000;
const MAX_HOURS = 10_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** `2027-03-15`, a date that exists. */
const calendarDate = z
  .string()
  .check(z.regex(ISO_DATE), z.refine(isRealDate, { error: 'not a date that exists' }));
/** A moment, as `Date.toISOString()` writes it. */
const timestamp = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/));
/** An entry or competency id. */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(200));
/** One line of text a person wrote or a page's title. */
const line = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
/** A path on this site, never another site or a script: `/leren/opleidingen/excel/`. */
const sitePath = z.string().check(z.regex(/^\/(?![/\\])[^\s"'<>\\]*$/), z.maxLength(2000));
const hours = z.number().check(z.minimum(0), z.maximum(MAX_HOURS));

/** A page kept to read or do later (the bookmark button on course, blog and story pages). */
export const bookmarkSchema = z.strictObject({
  /** The entry id (its file name). */
  id,
  type: z.enum(BOOKMARKABLE),
  title: line,
  url: sitePath,
  savedAt: timestamp,
  /** For courses: the study load, offered when the course is recorded as done. */
  hours: z.optional(hours),
  /** For courses: the competencies it develops. */
  competencies: z.optional(z.array(id).check(z.maxLength(50))),
});

/** Learning the employee completed, in their own words. */
export const recordSchema = z.strictObject({
  /** Made in the browser when the record is created. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** What: a course, a book, a day of job shadowing… */
  title: line,
  /** When it was completed. */
  date: calendarDate,
  hours,
  /** The competency it developed (an id of content/competenties). */
  competency: z.optional(id),
  /** What I learned and how I use it. */
  reflection: z.optional(z.string().check(z.maxLength(MAX_TEXT))),
  /** The page it came from, when it was recorded from a bookmark. */
  url: z.optional(sitePath),
});

const portfolioShape = {
  bookmarks: z.array(bookmarkSchema).check(z.maxLength(MAX_ITEMS)),
  records: z.array(recordSchema).check(z.maxLength(MAX_ITEMS)),
};

/** The portfolio as the tools keep it. */
export const portfolioSchema = z.strictObject(portfolioShape);

/** The file "export" writes and "import" reads. */
export const portfolioFileSchema = z.strictObject({
  format: z.literal(PORTFOLIO_FORMAT),
  version: z.literal(DATA_VERSION),
  exportedAt: timestamp,
  /** The site it came from, for the reader of the file. */
  site: z.optional(z.string().check(z.maxLength(300))),
  ...portfolioShape,
});

/** Answers to one tool: question key → the chosen scale value or the text written. */
export const answersSchema = z.strictObject({
  updatedAt: timestamp,
  values: z.record(
    z.string().check(z.maxLength(100)),
    z.union([z.number(), z.string().check(z.maxLength(MAX_TEXT))]),
  ),
});

/** The whole stored value. */
export const storedDataSchema = z.strictObject({
  version: z.literal(DATA_VERSION),
  portfolio: portfolioSchema,
  /** Tool id → answers. */
  answers: z.record(id, answersSchema),
});

export type Bookmark = z.output<typeof bookmarkSchema>;
export type LearningRecord = z.output<typeof recordSchema>;
export type Portfolio = z.output<typeof portfolioSchema>;
export type PortfolioFile = z.output<typeof portfolioFileSchema>;
export type Answers = z.output<typeof answersSchema>;
export type StoredData = z.output<typeof storedDataSchema>;
