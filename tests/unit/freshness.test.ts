import { describe, expect, it } from 'vitest';
import { isPastReview, reviewDueDate, reviewStatus } from '../../src/lib/freshness.ts';
import { freshnessReport, type ReportEntry } from '../../src/lib/freshness-report.ts';

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

describe('review status', () => {
  const today = new Date('2026-11-28T15:30:00Z');
  it('is overdue from the day after the due date, due soon up to the window, today included', () => {
    const at = (reviewedAt: string, months = 12) =>
      reviewStatus({ reviewedAt: d(reviewedAt), reviewEveryMonths: months }, today, 30).status;
    expect(at('2025-11-27')).toBe('overdue');
    expect(at('2025-11-28')).toBe('dueSoon');
    expect(at('2025-12-28')).toBe('dueSoon');
    expect(at('2025-12-29')).toBe('current');
    expect(reviewStatus({}, today, 30)).toEqual({ status: 'unreviewed' });
  });
});

describe('the review overview', () => {
  const today = new Date('2026-11-28T09:00:00Z');
  const entry = (id: string, extra: Partial<ReportEntry> = {}): ReportEntry => ({
    collection: 'blog',
    id,
    title: id,
    file: `content/blog/${id}.md`,
    tags: [],
    ...extra,
  });
  const report = freshnessReport(
    [
      entry('z-laat', { owner: 'zoe', reviewedAt: d('2024-01-01'), tags: ['excel'] }),
      entry('a-binnenkort', { owner: 'zoe', reviewedAt: d('2025-12-10'), tags: ['excel', 'excel'] }),
      entry('op-tijd', { owner: 'zoe', reviewedAt: d('2026-10-01') }),
      entry('nooit', { owner: 'anna' }),
      entry('wees', { collection: 'paginas', reviewedAt: d('2026-10-01'), tags: ['leren'] }),
      entry('wees-laat', { collection: 'paginas', reviewedAt: d('2020-01-01') }),
    ],
    today,
    { ownerName: (id) => ({ zoe: 'Zoë Aalders', anna: 'Anna Zwart' })[id] },
  );

  it('groups by owner name, most urgent first, with every entry without an owner last', () => {
    expect(report.groups.map((g) => [g.owner, g.rows.map((r) => `${r.id}:${r.status}`)])).toEqual([
      ['anna', ['nooit:unreviewed']],
      ['zoe', ['z-laat:overdue', 'a-binnenkort:dueSoon']],
      [undefined, ['wees-laat:overdue', 'wees:current']],
    ]);
    expect(report.groups[1]!.name).toBe('Zoë Aalders');
  });

  it('counts per collection, per tag and in total', () => {
    expect(report.totals).toEqual({
      entries: 6,
      overdue: 2,
      dueSoon: 1,
      unreviewed: 1,
      current: 2,
      withoutOwner: 2,
    });
    expect(report.byCollection.get('paginas')).toMatchObject({ entries: 2, overdue: 1, withoutOwner: 2 });
    expect(report.byTag.get('excel')).toMatchObject({ entries: 2, overdue: 1, dueSoon: 1 });
    expect([...report.byTag.keys()]).toEqual(['excel', 'leren']);
  });

  it('is empty when all is well', () => {
    const calm = freshnessReport([entry('x', { owner: 'zoe', reviewedAt: d('2026-10-01') })], today);
    expect(calm.groups).toEqual([]);
    expect(calm.totals.entries).toBe(1);
  });
});
