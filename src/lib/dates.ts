/**
 * Dates as readers see them. Content dates are calendar days stored as UTC midnight, so every
 * format here works in UTC: the day never shifts with the build machine's time zone. Times of
 * day (course runs) are wall-clock times in the organisation's zone, Europe/Amsterdam.
 */
import { TZDate } from '@date-fns/tz';

const LOCALE_TAGS: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 tag Intl formats with for a site locale: `nl` → `nl-NL`. */
export function localeTag(locale: string): string {
  return LOCALE_TAGS[locale] ?? locale;
}

/** The time zone of every time of day in the content. */
export const RUN_TIME_ZONE = 'Europe/Amsterdam';

/** The formats used, by name: created once each per locale (creating one is costly). */
const FORMATS = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  longTime: {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: RUN_TIME_ZONE,
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatted texts: a site repeats the same days on thousands of pages. */
const texts = new Map<string, string>();

function formatter(locale: string, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${locale}|${format}`;
  let f = formatters.get(key);
  if (!f) {
    // Dates are UTC days; the format with times says its own zone.
    f = new Intl.DateTimeFormat(localeTag(locale), { timeZone: 'UTC', ...FORMATS[format] });
    formatters.set(key, f);
  }
  return f;
}

function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = make()));
  return text;
}

/** `2026-03-15`: the machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `15 maart 2026` (nl) or `15 March 2026` (en). */
export function formatDate(date: Date, locale: string): string {
  const time = date.getTime();
  return remembered(`${locale}|${time}`, () => formatter(locale, 'long').format(time));
}

/** `ma 15 mrt. 2026` (nl) or `Mon 15 Mar 2026` (en): compact, for tables. */
export function formatShortDate(date: Date, locale: string): string {
  const time = date.getTime();
  return remembered(`${locale}|short|${time}`, () => formatter(locale, 'short').format(time));
}

/** `15–16 maart 2026`, or a single date when the range is one day or has no end. */
export function formatDateRange(start: Date, end: Date | undefined, locale: string): string {
  if (!end || isoDate(end) === isoDate(start)) return formatDate(start, locale);
  const [from, to] = [start.getTime(), end.getTime()];
  return remembered(`${locale}|${from}|${to}`, () => formatter(locale, 'long').formatRange(from, to));
}

/** The moment a calendar day's time of day (`09:30`) stands for in Europe/Amsterdam, daylight saving included. */
export function zonedTime(day: Date, time: string): TZDate {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes, RUN_TIME_ZONE);
}

/** A course run as its dates and times are shown. */
export interface RunTimes {
  start: Date;
  end?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/**
 * When a course run takes place, as readers see it: `8–15 december 2026`, with its times
 * `8 december 2026, 09:00–16:30`, over days `2 februari 2027 om 13:00 – 3 februari 2027 om
 * 12:00`. Every place that shows a run (pages, the newsletter) goes through here.
 */
export function formatRunDates(run: RunTimes, locale: string): string {
  if (!run.startTime || !run.endTime) return formatDateRange(run.start, run.end, locale);
  const from = zonedTime(run.start, run.startTime).getTime();
  const to = zonedTime(run.end ?? run.start, run.endTime).getTime();
  return remembered(`${locale}|t|${from}|${to}`, () => formatter(locale, 'longTime').formatRange(from, to));
}

/** The calendar day `days` after `date` (UTC). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whether `date` falls on or after the calendar day of `today` (UTC). */
export function isOnOrAfter(date: Date, today: Date): boolean {
  return isoDate(date) >= isoDate(today);
}
