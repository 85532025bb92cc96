/** The portfolio's views: timeline by year, hours per competency, and new records. */
import { describe, expect, it } from 'vitest';
import type { LearningRecord } from '../../src/schemas/portfolio.ts';
import {
  hoursByCompetency,
  newRecordId,
  newestFirst,
  recordDraft,
  timeline,
  totalHours,
} from '../../src/lib/portfolio.ts';

const r = (id: string, date: string, hours: number, competency?: string): LearningRecord => ({
  id,
  title: id,
  date,
  hours,
  ...(competency ? { competency } : {}),
});
const records = [
  r('a', '2026-05-01', 8, 'data'),
  r('b', '2027-01-10', 2.5, 'schrijven'),
  r('c', '2026-11-20', 4, 'data'),
  r('d', '2027-01-10', 1.25),
];

describe('timeline', () => {
  it('groups by year, newest first, with the hours of each year', () => {
    expect(timeline(records).map((y) => [y.year, y.hours, y.records.map((x) => x.id)])).toEqual([
      ['2027', 3.75, ['d', 'b']],
      ['2026', 12, ['c', 'a']],
    ]);
  });

  it('puts the record entered last first when dates are equal', () => {
    expect(newestFirst([r('x', '2027-01-01', 1), r('y', '2027-01-01', 1)]).map((x) => x.id)).toEqual([
      'y',
      'x',
    ]);
  });
});

describe('hours', () => {
  it('adds up per competency, most first, records without one last', () => {
    expect(hoursByCompetency(records)).toEqual([
      { competency: 'data', hours: 12, count: 2 },
      { competency: 'schrijven', hours: 2.5, count: 1 },
      { competency: undefined, hours: 1.25, count: 1 },
    ]);
  });

  it('totals to quarter hours', () => {
    expect(totalHours(records)).toBe(15.75);
    expect(totalHours([r('x', '2027-01-01', 0.1), r('y', '2027-01-01', 0.2)])).toBe(0.25);
  });
});

describe('new records', () => {
  it('get distinct ids without a secure context', () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const ids = new Set(Array.from({ length: 500 }, () => newRecordId(now)));
    expect(ids.size).toBe(500);
    expect(newRecordId(now, () => 0)).toBe(`${now.getTime().toString(36)}-0`);
  });

  it('start from a saved course with its hours and first competency', () => {
    const bookmark = {
      id: 'excel',
      type: 'opleidingen' as const,
      title: 'Excel in de praktijk',
      url: '/opleidingen/excel/',
      savedAt: '2027-01-01T00:00:00Z',
      hours: 12,
      competencies: ['data', 'digitaal'],
    };
    expect(recordDraft(bookmark, '2027-03-01')).toEqual({
      title: 'Excel in de praktijk',
      date: '2027-03-01',
      url: '/opleidingen/excel/',
      hours: 12,
      competency: 'data',
    });
    const { hours: _h, competencies: _c, ...post } = { ...bookmark, type: 'blog' as const };
    expect(recordDraft(post, '2027-03-01')).toEqual({ title: post.title, date: '2027-03-01', url: post.url });
  });
});
