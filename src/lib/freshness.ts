/** Freshness: when an entry is due for review, from `reviewedAt` and `reviewEveryMonths`. */

/** Review interval when an entry names a review date but no interval. */
export const DEFAULT_REVIEW_MONTHS = 12;

export interface ReviewData {
  reviewedAt?: Date | undefined;
  reviewEveryMonths?: number | undefined;
}

/** The day the entry should be reviewed again, or `undefined` when it was never reviewed. */
export function reviewDueDate(data: ReviewData): Date | undefined {
  if (!data.reviewedAt) return undefined;
  const months = data.reviewEveryMonths ?? DEFAULT_REVIEW_MONTHS;
  const due = new Date(data.reviewedAt.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}

/** A moment's calendar day (UTC), as content dates are stored: `2026-11-29T15:00Z` → that day at 00:00. */
const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
const DAY = 86_400_000;

/** Whether the review date has passed on `today` (the day itself is still on time). Entries never reviewed are not "past review". */
export function isPastReview(data: ReviewData, today: Date): boolean {
  const due = reviewDueDate(data);
  return due !== undefined && dayOf(due) < dayOf(today);
}

/**
 * Where an entry stands: `overdue` (past its review date), `dueSoon` (due within `days` days
 * from `today`, today included), `current`, or `unreviewed` (no `reviewedAt` yet).
 */
export type ReviewStatus = 'overdue' | 'dueSoon' | 'unreviewed' | 'current';

/** An entry's review status and due date on `today`. */
export function reviewStatus(
  data: ReviewData,
  today: Date,
  days: number,
): { status: ReviewStatus; due?: Date } {
  const due = reviewDueDate(data);
  if (!due) return { status: 'unreviewed' };
  const left = (dayOf(due) - dayOf(today)) / DAY;
  return { status: left < 0 ? 'overdue' : left <= days ? 'dueSoon' : 'current', due };
}
