/**
 * Dates as readers see them. Content dates are calendar days stored as UTC midnight, so every
 * format here works in UTC: the day never shifts with the build machine's time zone.
 */

const LOCALE_TAGS: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 tag Intl formats with for a site locale: `nl` → `nl-NL`. */
export function localeTag(locale: string): string {
  return LOCALE_TAGS[locale] ?? locale;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeTag(locale), { timeZone: 'UTC', ...options });
    formatters.set(key, f);
  }
  return f;
}

/** `2026-03-15`: the machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `15 maart 2026` (nl) or `15 March 2026` (en). */
export function formatDate(date: Date, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `ma 15 mrt. 2026` (nl) or `Mon 15 Mar 2026` (en): compact, for tables. */
export function formatShortDate(date: Date, locale: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    date,
  );
}

/** `15–16 maart 2026`, or a single date when the range is one day or has no end. */
export function formatDateRange(start: Date, end: Date | undefined, locale: string): string {
  if (!end || isoDate(end) === isoDate(start)) return formatDate(start, locale);
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
}

/** Whether `date` falls on or after the calendar day of `today` (UTC). */
export function isOnOrAfter(date: Date, today: Date): boolean {
  return isoDate(date) >= isoDate(today);
}
