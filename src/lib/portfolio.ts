/**
 * Views of the portfolio: the timeline of completed learning by year, hours per competency,
 * and new records (from the form, or from a bookmarked course).
 */
import type { Bookmark, LearningRecord } from '../schemas/portfolio.ts';

/** Newest first; the same date keeps the order of entry, newest entry first. */
export function newestFirst(records: readonly LearningRecord[]): LearningRecord[] {
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.date.localeCompare(a.r.date) || b.i - a.i)
    .map(({ r }) => r);
}

/** Records grouped by year, newest year first, with the hours of each year. */
export function timeline(
  records: readonly LearningRecord[],
): { year: string; hours: number; records: LearningRecord[] }[] {
  const years: { year: string; hours: number; records: LearningRecord[] }[] = [];
  for (const r of newestFirst(records)) {
    const year = r.date.slice(0, 4);
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, hours: 0, records: [] }));
    group.records.push(r);
    group.hours += r.hours;
  }
  return years;
}

/** Hours per competency (`undefined`: records without one), most hours first. */
export function hoursByCompetency(
  records: readonly LearningRecord[],
): { competency: string | undefined; hours: number; count: number }[] {
  const totals = new Map<string | undefined, { hours: number; count: number }>();
  for (const r of records) {
    const t = totals.get(r.competency) ?? { hours: 0, count: 0 };
    t.hours += r.hours;
    t.count += 1;
    totals.set(r.competency, t);
  }
  return [...totals]
    .map(([competency, t]) => ({ competency, ...t }))
    .sort(
      (a, b) => Number(a.competency === undefined) - Number(b.competency === undefined) || b.hours - a.hours,
    );
}

/** Total hours, rounded to quarter hours against floating-point dust. */
export const totalHours = (records: readonly LearningRecord[]): number =>
  Math.round(records.reduce((sum, r) => sum + r.hours, 0) * 4) / 4;

/** A new record id: unique on this device without needing a secure context (no crypto.randomUUID). */
export function newRecordId(now: Date, random: () => number = Math.random): string {
  return `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** What the "record as done" form starts with for a bookmarked page. */
export function recordDraft(
  bookmark: Bookmark,
  today: string,
): Pick<LearningRecord, 'title' | 'date' | 'url'> & { hours?: number; competency?: string } {
  return {
    title: bookmark.title,
    date: today,
    url: bookmark.url,
    ...(bookmark.hours !== undefined ? { hours: bookmark.hours } : {}),
    ...(bookmark.competencies?.[0] ? { competency: bookmark.competencies[0] } : {}),
  };
}
