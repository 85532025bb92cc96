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

/** Whether the review date has passed on `today`. Entries never reviewed are not "past review". */
export function isPastReview(data: ReviewData, today: Date): boolean {
  const due = reviewDueDate(data);
  return due !== undefined && due.getTime() < today.getTime();
}
