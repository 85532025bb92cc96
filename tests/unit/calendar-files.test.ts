/**
 * Calendar files round trip: written with ical-generator, read back with ical.js. Event count,
 * dates, time zone, all-day versus timed, text, and UIDs that survive a second build.
 */
import { describe, expect, it } from 'vitest';
import { calendarFile, runUid, sequenceAt, type CalendarRun } from '../../src/lib/calendar-files.ts';
import type { Run } from '../../src/lib/course-runs.ts';
import { parseCalendar } from '../helpers/ical.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date('2026-11-29T10:15:00Z');
const OPTIONS = {
  uidDomain: 'gemeente-lindewaard.leerhuis',
  now: NOW,
  product: { company: 'Gemeente Lindewaard', product: 'Leerhuis', language: 'NL' },
};

const excel: Run = {
  start: day('2026-12-08'),
  startTime: '09:00',
  endTime: '16:30',
  location: 'Stadskantoor, zaal De Linde',
  seats: 12,
};
const summer: Run = { start: day('2027-06-15'), startTime: '13:30', endTime: '17:00', location: 'Online' };
const leergang: Run = { start: day('2027-02-02'), end: day('2027-06-15'), location: 'Utrecht en online' };
const oneDay: Run = { start: day('2027-01-19'), location: 'Stadskantoor' };

const entry = (courseId: string, run: Run, extra: Partial<CalendarRun> = {}): CalendarRun => ({
  courseId,
  run,
  title: `Cursus ${courseId}`,
  description: 'Wat je leert.',
  ...extra,
});

describe('one run, to add to your own calendar', () => {
  const file = calendarFile([entry('excel-in-de-praktijk', excel)], OPTIONS);
  const cal = parseCalendar(file);
  const [event] = cal.events;

  it('holds one event, published, without a calendar name (so importing adds it to your calendar)', () => {
    expect(cal.events).toHaveLength(1);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.name).toBeUndefined();
  });
  it('is timed in Europe/Amsterdam, with the VTIMEZONE that defines it', () => {
    expect(event!.allDay).toBe(false);
    expect(event!.tzid).toBe('Europe/Amsterdam');
    expect(cal.timezones).toEqual(['Europe/Amsterdam']);
    expect(file).not.toMatch(/TZURL|tzurl\.org/);
    expect(event!.start).toBe('2026-12-08T09:00:00');
    expect(event!.end).toBe('2026-12-08T16:30:00');
    // Winter time: 09:00 in Amsterdam is 08:00 UTC.
    expect(event!.startUtc).toBe('2026-12-08T08:00:00.000Z');
    expect(event!.endUtc).toBe('2026-12-08T15:30:00.000Z');
  });
  it('has a stable UID, a sequence and a DTSTAMP in UTC from the build', () => {
    expect(event!.uid).toBe('excel-in-de-praktijk.2026-12-08@gemeente-lindewaard.leerhuis');
    expect(event!.sequence).toBe(sequenceAt(NOW));
    expect(event!.stampIsUtc).toBe(true);
    expect(event!.stamp).toBe('2026-11-29T10:15:00Z');
    expect(file).toMatch(/^DTSTAMP:20261129T101500Z\r$/m);
  });
  it('says what, where and which course', () => {
    expect(event!.summary).toBe('Cursus excel-in-de-praktijk');
    expect(event!.location).toBe('Stadskantoor, zaal De Linde');
    expect(event!.description).toBe('Wat je leert.');
  });
});

describe('runs without times of day are all-day events', () => {
  const cal = parseCalendar(calendarFile([entry('leergang', leergang), entry('schrijven', oneDay)], OPTIONS));
  it('run from the first to the last day, the end exclusive as RFC 5545 wants it', () => {
    const [long, short] = cal.events;
    expect(long).toMatchObject({ allDay: true, start: '2027-02-02', end: '2027-06-16', tzid: undefined });
    expect(short).toMatchObject({ allDay: true, start: '2027-01-19', end: '2027-01-20' });
  });
  it('do not make the reader look busy, and need no time zone', () => {
    expect(cal.events.map((e) => e.transparency)).toEqual(['TRANSPARENT', 'TRANSPARENT']);
    expect(cal.timezones).toEqual([]);
  });
});

describe('the calendar to subscribe to', () => {
  const runs = [entry('excel', excel), entry('leergang', leergang), entry('webinar', summer)];
  const cal = parseCalendar(
    calendarFile(runs, { ...OPTIONS, name: 'Leerhuis — agenda', refreshSeconds: 86_400 }),
  );
  it('holds every run given, in order, with one VTIMEZONE for all', () => {
    expect(cal.events.map((e) => e.uid)).toEqual([
      'excel.2026-12-08@gemeente-lindewaard.leerhuis',
      'leergang.2027-02-02@gemeente-lindewaard.leerhuis',
      'webinar.2027-06-15@gemeente-lindewaard.leerhuis',
    ]);
    expect(cal.timezones).toEqual(['Europe/Amsterdam']);
  });
  it('has a name and asks to be refreshed daily', () => {
    expect(cal.name).toBe('Leerhuis — agenda');
    expect(cal.refresh).toBe('P1D');
  });
  it('knows summer time: 13:30 in June is 11:30 UTC', () => {
    expect(cal.events[2]).toMatchObject({
      start: '2027-06-15T13:30:00',
      startUtc: '2027-06-15T11:30:00.000Z',
    });
  });
});

describe('UIDs across builds', () => {
  it('stay the same when the run changes (time, place, a later build), and the sequence rises', () => {
    const first = parseCalendar(calendarFile([entry('excel', excel), entry('leergang', leergang)], OPTIONS));
    const later = new Date('2026-12-01T07:00:00Z');
    const moved = { ...excel, startTime: '10:00', endTime: '17:00', location: 'Online' };
    const second = parseCalendar(
      calendarFile([entry('leergang', leergang), entry('excel', moved)], { ...OPTIONS, now: later }),
    );
    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    expect(second.events[1]!.start).toBe('2026-12-08T10:00:00');
    expect(second.events[1]!.sequence).toBeGreaterThan(first.events[0]!.sequence);
  });
  it('keep the id of a run that moved to another day', () => {
    const moved: Run = { ...oneDay, id: '2027-01-19', start: day('2027-01-26') };
    expect(runUid('schrijven', moved, 'x')).toBe(runUid('schrijven', oneDay, 'x'));
    expect(runUid('schrijven', { ...oneDay, start: day('2027-01-26') }, 'x')).not.toBe(
      runUid('schrijven', oneDay, 'x'),
    );
  });
  it('are byte-for-byte the same file whatever time zone the build machine is in', () => {
    const runs = [entry('excel', excel), entry('leergang', leergang), entry('webinar', summer)];
    const saved = process.env.TZ;
    try {
      const files = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/Amsterdam'].map((tz) => {
        process.env.TZ = tz;
        return calendarFile(runs, OPTIONS);
      });
      expect(new Set(files).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('text', () => {
  it('survives commas, semicolons, new lines, accents and long lines', () => {
    const title = 'Schrijven; kort, helder — en “begrijpelijk” voor iedereen 🙂';
    const description = `Regel één.\nMeer info: https://intranet.example.nl/leren/opleidingen/schrijven/\n${'Lange tekst met é en ü. '.repeat(8)}`;
    const file = calendarFile([entry('schrijven', oneDay, { title, description })], OPTIONS);
    const [event] = parseCalendar(file).events;
    expect(event!.summary).toBe(title);
    expect(event!.description).toBe(description);
    // Lines are folded at 75 octets.
    expect(file.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
  it('links the course page when the site knows its address', () => {
    const url = 'https://intranet.example.nl/leren/opleidingen/excel/';
    const [event] = parseCalendar(calendarFile([entry('excel', excel, { url })], OPTIONS)).events;
    expect(event!.url).toBe(url);
  });
});
