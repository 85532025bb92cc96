import { describe, expect, it } from 'vitest';
import { isPastReview, reviewDueDate } from '../../src/lib/freshness.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('freshness', () => {
  it('adds the review interval to the review date', () => {
    expect(reviewDueDate({ reviewedAt: d('2026-02-10'), reviewEveryMonths: 6 })).toEqual(d('2026-08-10'));
    expect(reviewDueDate({ reviewedAt: d('2026-02-10') })).toEqual(d('2027-02-10'));
  });
  it('clamps to the end of a shorter month', () => {
    expect(reviewDueDate({ reviewedAt: d('2026-01-31'), reviewEveryMonths: 1 })).toEqual(d('2026-02-28'));
  });
  it('calls an entry past review only after its due date', () => {
    const entry = { reviewedAt: d('2025-11-01'), reviewEveryMonths: 12 };
    expect(isPastReview(entry, d('2026-11-01'))).toBe(false);
    expect(isPastReview(entry, d('2026-11-02'))).toBe(true);
    expect(isPastReview({}, d('2030-01-01'))).toBe(false);
  });
});
