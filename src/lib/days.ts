/**
 * Calendar days as whole numbers (days since 1970-01-01), for comparing and storing run dates
 * compactly. Content dates are UTC midnights, so a day number never shifts with a time zone;
 * only "today" is read from the visitor's own clock (`localToday`).
 */

const DAY_MS = 86_400_000;

/** The day number of a date: `dayNumber(new Date('2026-10-06'))` → 20732. */
export const dayNumber = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

/** The date (UTC midnight) of a day number. */
export const dayDate = (day: number): Date => new Date(day * DAY_MS);

/**
 * The visitor's today: the calendar day on their clock, in their time zone, not the UTC day
 * (at 00:30 in Amsterdam a course that starts that day starts today).
 */
export const localToday = (now: Date = new Date()): number =>
  dayNumber(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));

/** The same day `months` calendar months later; a day the month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const d = dayDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayNumber(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}
