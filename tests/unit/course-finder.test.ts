import { describe, expect, it } from 'vitest';
import { COURSE_FINDER, courseFacets, courseFinder, type CourseData } from '../../src/lib/course-finder.ts';
import { dayNumber } from '../../src/lib/days.ts';
import { expertFinder, type ExpertData } from '../../src/lib/expert-finder.ts';
import { findRecords, parseFinderState } from '../../src/lib/finder.ts';

const day = (iso: string) => dayNumber(new Date(`${iso}T00:00:00Z`));
const today = day('2026-11-29');
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const text = (key: string, vars: Record<string, string | number> = {}) =>
  key === 'nextStart' ? `start ${vars.date}` : key;

const course = (id: string, over: Partial<CourseData>): CourseData => ({
  id,
  title: id,
  description: `Over ${id}.`,
  href: `/leren/opleidingen/${id}/`,
  lang: 'nl',
  facts: 'Klassikaal · 8 uur · Geen kosten voor jou',
  method: 'klassikaal',
  hours: 8,
  cost: 'gratis',
  language: 'nl',
  competencies: [],
  modes: ['op-locatie'],
  starts: [],
  ...over,
});
const data = {
  courses: [
    course('Excel', { starts: [day('2026-10-06'), day('2027-02-09')], hours: 12, competencies: ['data'] }),
    course('Leergang', {
      starts: [day('2027-03-02')],
      hours: 84,
      level: 5,
      cost: 'betaald',
      method: 'blended',
    }),
    course('Privacy', { hours: 2, method: 'e-learning', modes: ['online'] }),
    course('Webinar', { starts: [day('2026-12-10')], hours: 3, language: 'en', modes: ['online'] }),
  ],
  competencies: [{ value: 'data', label: 'Werken met data', group: 'Digitaal' }],
};

describe('course finder', () => {
  const { records } = courseFinder.prepare(data, today);
  const find = (query: string) =>
    findRecords(records, parseFinderState(query, COURSE_FINDER), COURSE_FINDER).records.map((r) => r.data.id);

  it('gives every filter the values of a course, with "starts soon" for the given today', () => {
    expect(courseFacets(data.courses[1]!, today)).toEqual({
      competency: [],
      method: ['blended'],
      mode: ['op-locatie'],
      duration: ['leertraject'],
      cost: ['betaald'],
      start: [],
      language: ['nl'],
      level: ['5'],
    });
    expect(courseFacets(data.courses[1]!, day('2027-01-15')).start).toEqual(['binnen-3-maanden']);
    expect(courseFacets(data.courses[0]!, today).start).toEqual(['binnen-3-maanden']);
  });

  it('filters by every kind of filter the page offers', () => {
    expect(find('?start=binnen-3-maanden')).toEqual(['Excel', 'Webinar']);
    expect(find('?duration=enkele-uren')).toEqual(['Privacy', 'Webinar']);
    expect(find('?duration=enkele-uren&duration=leertraject')).toEqual(['Leergang', 'Privacy', 'Webinar']);
    expect(find('?cost=betaald')).toEqual(['Leergang']);
    expect(find('?mode=online&language=en')).toEqual(['Webinar']);
    expect(find('?competency=data')).toEqual(['Excel']);
    expect(find('?level=5')).toEqual(['Leergang']);
    expect(find('?method=klassikaal&method=e-learning')).toEqual(['Excel', 'Privacy', 'Webinar']);
  });

  it('sorts by next start (none planned last), by study load, and keeps title order by default', () => {
    const order = (sort: string) => {
      const compare = courseFinder.compare!(sort, collator);
      return (compare ? [...records].sort(compare) : records).map((r) => r.data.id);
    };
    expect(order('title')).toEqual(['Excel', 'Leergang', 'Privacy', 'Webinar']);
    expect(order('start')).toEqual(['Webinar', 'Excel', 'Leergang', 'Privacy']);
    expect(order('duration')).toEqual(['Privacy', 'Webinar', 'Excel', 'Leergang']);
  });

  it("shows the next start from the reader's today on the card, and nothing when none is planned", () => {
    const card = (i: number, on = today) =>
      courseFinder.card(courseFinder.prepare(data, on).records[i]!, text, 'nl');
    expect(card(0).detail).toBe('Klassikaal · 8 uur · Geen kosten voor jou · start 9 februari 2027');
    expect(card(0, day('2026-10-01')).detail).toMatch(/start 6 oktober 2026$/);
    expect(card(2).detail).toBe('Klassikaal · 8 uur · Geen kosten voor jou');
    expect(card(0)).toMatchObject({ title: 'Excel', href: '/leren/opleidingen/Excel/', lang: 'nl' });
    expect(card(0).group).toBeUndefined();
  });
});

describe('expert finder', () => {
  const expert = (id: string, over: Partial<ExpertData>): ExpertData => ({
    id,
    name: id,
    description: '',
    href: `/experts/${id}/`,
    lang: 'nl',
    detail: '',
    department: 'HR',
    expertise: [],
    available: [],
    languages: ['nl'],
    ...over,
  });
  const experts = [
    expert('Daan', { department: 'ICT', expertise: ['data', 'excel'], available: ['vragen', 'workshop'] }),
    expert('Ingrid', {
      department: 'Sociaal Domein',
      expertise: ['intervisie'],
      available: ['meelopen'],
      languages: ['nl', 'de'],
    }),
    expert('Sanne', {
      department: 'Ruimte',
      expertise: ['data'],
      available: ['mentoring', 'meelopen'],
      languages: ['nl', 'en'],
    }),
  ];
  const { records, options } = expertFinder.prepare({ experts, expertise: [], departments: [] }, today);
  const spec = expertFinder.spec;
  const find = (query: string) =>
    findRecords(records, parseFinderState(query, spec), spec).records.map((r) => r.data.id);

  it('filters by expertise, department, what they are available for and language', () => {
    expect(find('?expertise=data')).toEqual(['Daan', 'Sanne']);
    expect(find('?department=Ruimte')).toEqual(['Sanne']);
    expect(find('?available=meelopen')).toEqual(['Ingrid', 'Sanne']);
    expect(find('?available=meelopen&language=en')).toEqual(['Sanne']);
    expect(find('?language=de&language=en')).toEqual(['Ingrid', 'Sanne']);
    expect(options).toEqual({ expertise: [], department: [] });
  });

  it('lists each expert under their department', () => {
    expect(expertFinder.card(records[1]!, text, 'nl')).toMatchObject({
      title: 'Ingrid',
      group: 'Sociaal Domein',
    });
  });
});
