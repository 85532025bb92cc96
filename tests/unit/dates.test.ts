import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatRunDates,
  formatShortDate,
  isOnOrAfter,
  isoDate,
  localeTag,
} from '../../src/lib/dates.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('dates', () => {
  it('formats Dutch and English dates in words', () => {
    expect(formatDate(d('2026-03-15'), 'nl')).toBe('15 maart 2026');
    expect(formatDate(d('2026-03-15'), 'en')).toBe('15 March 2026');
  });
  it('never shifts the day with the time zone of the build machine', () => {
    // Content dates are UTC midnight; in a zone west of UTC a local format would say 14 March.
    expect(isoDate(d('2026-03-15'))).toBe('2026-03-15');
    expect(formatDate(d('2026-01-01'), 'nl')).toBe('1 januari 2026');
  });
  it('formats ranges compactly, and a one-day range as one date', () => {
    expect(formatDateRange(d('2027-02-10'), d('2027-02-11'), 'nl')).toBe('10–11 februari 2027');
    expect(formatDateRange(d('2027-02-10'), d('2027-03-02'), 'en')).toMatch(/10 Feb.*2 Mar.*2027/);
    expect(formatDateRange(d('2027-02-10'), d('2027-02-10'), 'nl')).toBe('10 februari 2027');
    expect(formatDateRange(d('2027-02-10'), undefined, 'nl')).toBe('10 februari 2027');
  });
  it('remembers formatted dates per language, range and format without mixing them up', () => {
    // The same day in both languages, a range and a short date, each twice: cached texts must
    // come back for the same question only.
    for (let round = 0; round < 2; round++) {
      expect(formatDate(d('2026-05-04'), 'nl')).toBe('4 mei 2026');
      expect(formatDate(d('2026-05-04'), 'en')).toBe('4 May 2026');
      expect(formatDateRange(d('2026-05-04'), d('2026-05-06'), 'nl')).toBe('4–6 mei 2026');
      expect(formatShortDate(d('2026-05-04'), 'nl')).toMatch(/^ma 4 mei 2026$/);
    }
  });
  it('compares calendar days, so a run starting today is still upcoming', () => {
    const today = new Date('2026-11-28T15:30:00Z');
    expect(isOnOrAfter(d('2026-11-28'), today)).toBe(true);
    expect(isOnOrAfter(d('2026-11-27'), today)).toBe(false);
  });
  it('maps site locales to Intl tags', () => {
    expect(localeTag('nl')).toBe('nl-NL');
    expect(localeTag('en')).toBe('en-GB');
  });
});

describe('formatRunDates: a run as readers see it, with its times of day', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('dates only when the run has no times', () => {
    expect(formatRunDates({ start: day('2026-12-08'), end: day('2026-12-15') }, 'nl')).toBe(
      '8–15 december 2026',
    );
  });
  it('one day with its times, on the 24-hour clock, in Dutch and English', () => {
    const run = { start: day('2026-12-08'), startTime: '09:00', endTime: '16:30' };
    expect(formatRunDates(run, 'nl')).toBe('8 december 2026, 09:00–16:30');
    expect(formatRunDates(run, 'en')).toBe('8 December 2026, 09:00–16:30');
  });
  it('over several days: from the start time on the first day to the end time on the last', () => {
    const run = { start: day('2027-02-02'), end: day('2027-02-03'), startTime: '13:00', endTime: '12:00' };
    expect(formatRunDates(run, 'nl')).toBe('2 februari 2027 om 13:00\u2009–\u20093 februari 2027 om 12:00');
  });
  it('shows the wall-clock time in summer too, whatever zone the build machine is in', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(formatRunDates({ start: day('2027-06-15'), startTime: '13:30', endTime: '17:00' }, 'nl')).toBe(
        '15 juni 2027, 13:30–17:00',
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
