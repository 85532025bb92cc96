import { describe, expect, it } from 'vitest';
import { courseModes, employeeCost, nextStart, runModes, startsWithin } from '../../src/lib/course-offer.ts';
import { addMonths, dayDate, dayNumber, localToday } from '../../src/lib/days.ts';

const day = (iso: string) => dayNumber(new Date(`${iso}T00:00:00Z`));
const iso = (d: number) => dayDate(d).toISOString().slice(0, 10);

describe('employeeCost: what a course costs the employee', () => {
  it.each([
    [{ amount: 0, paidBy: 'medewerker' }, 'gratis'],
    [{ amount: 0, paidBy: 'gedeeld' }, 'gratis'],
    [{ amount: 1250, paidBy: 'werkgever' }, 'gratis'],
    [{ amount: 690, paidBy: 'opleidingsfonds' }, 'gratis'],
    [{ amount: 395, paidBy: 'medewerker' }, 'betaald'],
    [{ amount: 2450, paidBy: 'gedeeld' }, 'betaald'],
    [{ amount: 0.5, paidBy: 'gedeeld' }, 'betaald'],
  ] as const)('%o → %s', (cost, expected) => {
    expect(employeeCost(cost)).toBe(expected);
  });
});

describe('online or on site', () => {
  it.each([
    ['online', ['online']],
    ['Online', ['online']],
    ['online via Teams', ['online']],
    ['ONLINE (webinar)', ['online']],
    ['Stadskantoor, zaal De Linde', ['op-locatie']],
    ['Utrecht', ['op-locatie']],
    ['Onlinestraat 4', ['op-locatie']],
    ['Stadskantoor en online', ['online', 'op-locatie']],
    ['Utrecht / online', ['online', 'op-locatie']],
    ['online + Servicepunt Lindehof', ['online', 'op-locatie']],
    ['Amsterdam and online', ['online', 'op-locatie']],
  ])('a run at "%s" is %o', (location, modes) => {
    expect(runModes(location)).toEqual(modes);
  });

  it('takes every way any run takes place, in a fixed order', () => {
    expect(courseModes('klassikaal', [{ location: 'online' }, { location: 'Stadskantoor' }])).toEqual([
      'online',
      'op-locatie',
    ]);
    expect(courseModes('webinar', [{ location: 'online' }, { location: 'online' }])).toEqual(['online']);
  });

  it('goes by the method when a course has no runs, and the runs win when it has', () => {
    expect(courseModes('e-learning', [])).toEqual(['online']);
    expect(courseModes('zelfstudie', [])).toEqual(['online']);
    expect(courseModes('klassikaal', [])).toEqual(['op-locatie']);
    expect(courseModes('coaching', [])).toEqual(['op-locatie']);
    expect(courseModes('blended', [])).toEqual(['online', 'op-locatie']);
    expect(courseModes('e-learning', [{ location: 'Stadskantoor' }])).toEqual(['op-locatie']);
  });
});

describe('run dates with a fixed today', () => {
  const today = day('2026-11-29');

  it('adds calendar months, keeping the day or taking the last day of a shorter month', () => {
    expect(iso(addMonths(today, 3))).toBe('2027-02-28');
    expect(iso(addMonths(day('2027-01-31'), 1))).toBe('2027-02-28');
    expect(iso(addMonths(day('2028-01-31'), 1))).toBe('2028-02-29');
    expect(iso(addMonths(day('2026-10-15'), 3))).toBe('2027-01-15');
    expect(iso(addMonths(day('2026-12-31'), 12))).toBe('2027-12-31');
  });

  it('finds the next start on or after today, whatever the order of the runs', () => {
    const starts = [day('2027-05-11'), day('2026-10-06'), day('2027-02-09')];
    expect(nextStart(starts, today)).toBe(day('2027-02-09'));
    expect(nextStart(starts, day('2027-02-09'))).toBe(day('2027-02-09'));
    expect(nextStart(starts, day('2027-05-12'))).toBeUndefined();
    expect(nextStart([], today)).toBeUndefined();
  });

  it('starts within three months: from today up to and including the same day three months on', () => {
    expect(startsWithin([day('2026-11-29')], today)).toBe(true);
    expect(startsWithin([day('2027-02-28')], today)).toBe(true);
    expect(startsWithin([day('2027-03-01')], today)).toBe(false);
    expect(startsWithin([day('2026-11-28')], today)).toBe(false);
    // A past run does not count, a later one within the window does.
    expect(startsWithin([day('2026-10-01'), day('2027-01-14')], today)).toBe(true);
    expect(startsWithin([], today)).toBe(false);
    expect(startsWithin([day('2027-04-10')], today, 6)).toBe(true);
  });

  it("takes today from the visitor's own calendar, not the UTC day", () => {
    // 00:30 on 1 December in a time zone east of UTC is still 30 November in UTC.
    const local = new Date(2026, 11, 1, 0, 30);
    expect(iso(localToday(local))).toBe('2026-12-01');
    expect(iso(localToday(new Date(2026, 10, 29, 23, 59)))).toBe('2026-11-29');
  });
});
