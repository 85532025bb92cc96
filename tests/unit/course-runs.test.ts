import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  lastDay,
  runEndIso,
  runKey,
  runStartIso,
  runStatus,
  zonedTime,
} from '../../src/lib/course-runs.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "Today" as a build pins it (LEERHUIS_NOW=2026-11-29), and later that day. */
const TODAY = day('2026-11-29');

describe('runStatus with a fixed today', () => {
  it('a run starting today or later is upcoming', () => {
    expect(runStatus({ start: day('2026-11-29') }, TODAY)).toBe('upcoming');
    expect(runStatus({ start: day('2027-01-14'), end: day('2027-06-24') }, TODAY)).toBe('upcoming');
  });
  it('a run that started but ends today or later is running', () => {
    expect(runStatus({ start: day('2026-01-15'), end: day('2026-12-10') }, TODAY)).toBe('running');
    expect(runStatus({ start: day('2026-11-28'), end: day('2026-11-29') }, TODAY)).toBe('running');
  });
  it('a run whose last day is before today is past', () => {
    expect(runStatus({ start: day('2026-11-28') }, TODAY)).toBe('past');
    expect(runStatus({ start: day('2026-02-05'), end: day('2026-06-25') }, TODAY)).toBe('past');
  });
  it('only the calendar day of "now" counts, not its hour', () => {
    const evening = new Date('2026-11-29T22:30:00Z');
    expect(runStatus({ start: day('2026-11-29') }, evening)).toBe('upcoming');
    expect(runStatus({ start: day('2026-11-28') }, evening)).toBe('past');
  });
});

describe('order and keys', () => {
  it('sorts by day, whole-day runs first, then by start time', () => {
    const runs = [
      { start: day('2027-02-09'), startTime: '13:30' },
      { start: day('2027-02-09'), startTime: '09:00' },
      { start: day('2027-01-19') },
      { start: day('2027-02-09') },
    ];
    expect(
      runs.sort(compareRuns).map((r) => `${r.start.toISOString().slice(0, 10)} ${r.startTime ?? ''}`),
    ).toEqual(['2027-01-19 ', '2027-02-09 ', '2027-02-09 09:00', '2027-02-09 13:30']);
  });
  it('the key is the id, or else the start date', () => {
    expect(runKey({ start: day('2027-02-09') })).toBe('2027-02-09');
    expect(runKey({ start: day('2027-02-09'), id: 'voorjaar' })).toBe('voorjaar');
  });
  it('a one-day run ends on its start day', () => {
    expect(lastDay({ start: day('2027-02-09') })).toEqual(day('2027-02-09'));
    expect(lastDay({ start: day('2027-02-09'), end: day('2027-02-16') })).toEqual(day('2027-02-16'));
  });
});

describe('times of day are Europe/Amsterdam wall-clock times', () => {
  it('winter time is UTC+1, summer time UTC+2', () => {
    expect(zonedTime(day('2026-12-08'), '09:00').getTime()).toBe(Date.parse('2026-12-08T08:00:00Z'));
    expect(zonedTime(day('2027-06-15'), '09:00').getTime()).toBe(Date.parse('2027-06-15T07:00:00Z'));
  });
  it('the night daylight saving starts (28 March 2027) has no 02:30; 03:30 is summer time', () => {
    expect(zonedTime(day('2027-03-28'), '03:30').getTime()).toBe(Date.parse('2027-03-28T01:30:00Z'));
  });
  it('gives machine-readable start and end: a date, or a date and time with the offset', () => {
    const run = { start: day('2026-12-08'), startTime: '09:00', endTime: '16:30' };
    expect(runStartIso(run)).toBe('2026-12-08T09:00+01:00');
    expect(runEndIso(run)).toBe('2026-12-08T16:30+01:00');
    const long = { start: day('2027-05-11'), end: day('2027-05-18') };
    expect(runStartIso(long)).toBe('2027-05-11');
    expect(runEndIso(long)).toBe('2027-05-18');
    expect(runEndIso({ start: day('2027-03-26'), end: day('2027-03-29'), endTime: '12:00' })).toBe(
      '2027-03-29T12:00+02:00',
    );
  });
});
