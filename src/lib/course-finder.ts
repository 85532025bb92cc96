/**
 * The course finder on /opleidingen/: the record of each course in its data file (built once
 * per build), the values each filter sees, the sort orders and the card text. "Starts within
 * three months" and "next start" use the visitor's today, so they are worked out in the
 * browser from the run dates in the data, never frozen at build time.
 */
import {
  EMPLOYEE_COSTS,
  COURSE_MODES,
  type CourseMode,
  type EmployeeCost,
  nextStart,
  startsWithin,
} from './course-offer.ts';
import { formatDate } from './dates.ts';
import { dayDate } from './days.ts';
import type { FinderRecord, FinderSpec } from './finder.ts';
import type { FinderDomain, FinderOption } from './finder-page.ts';
import { studyLoadBand } from './study-load.ts';

/** Value of the "starts within three months" checkbox. */
export const STARTS_SOON = 'binnen-3-maanden';

/** Filters in panel order (also the order of the URL parameters); sorts, default first. */
export const COURSE_FINDER: FinderSpec = {
  filters: [
    { key: 'competency', multiple: false },
    { key: 'method', multiple: true },
    { key: 'mode', multiple: false },
    { key: 'duration', multiple: true },
    { key: 'cost', multiple: false },
    { key: 'start', multiple: true },
    { key: 'language', multiple: true },
    { key: 'level', multiple: true },
  ],
  sorts: ['title', 'start', 'duration'],
};

/** One course in the finder's data file. */
export interface CourseData {
  id: string;
  title: string;
  description: string;
  href: string;
  /** Language of the entry (for the card's `lang`). */
  lang: string;
  /** The card's fixed facts: "Klassikaal · 12 uur · Geen kosten voor jou". */
  facts: string;
  method: string;
  hours: number;
  cost: EmployeeCost;
  /** Language of instruction. */
  language: string;
  level?: number;
  competencies: string[];
  modes: CourseMode[];
  /** Start days of the runs (day numbers, see `dayNumber`), ascending. */
  starts: number[];
}

export interface CourseFinderData {
  courses: CourseData[];
  /** Competencies that at least one course teaches, for the competency filter. */
  competencies: FinderOption[];
}

export interface CourseRecord extends FinderRecord {
  data: CourseData;
  /** Next start from today, if any. */
  next?: number | undefined;
}

/** The values each filter sees of a course, for the visitor's `today`. */
export function courseFacets(c: CourseData, today: number): Record<string, string[]> {
  return {
    competency: c.competencies,
    method: [c.method],
    mode: c.modes,
    duration: [studyLoadBand(c.hours)],
    cost: [c.cost],
    start: startsWithin(c.starts, today) ? [STARTS_SOON] : [],
    language: [c.language],
    level: c.level === undefined ? [] : [String(c.level)],
  };
}

/** "Klassikaal · 12 uur · Gratis · Start 6 oktober 2026": the facts and, when planned, the next start. */
export function courseDetail(
  facts: string,
  next: number | undefined,
  startText: (date: string) => string,
  locale: string,
): string {
  return next === undefined ? facts : `${facts} · ${startText(formatDate(dayDate(next), locale))}`;
}

/** Courses without a planned start go last in "next start" order. */
const LAST = Number.POSITIVE_INFINITY;

export const courseFinder: FinderDomain<CourseFinderData, CourseRecord> = {
  spec: COURSE_FINDER,
  prepare: (data, today) => ({
    records: data.courses.map((c) => ({
      data: c,
      facets: courseFacets(c, today),
      next: nextStart(c.starts, today),
    })),
    options: { competency: data.competencies },
  }),
  compare: (sort, collator) => {
    const byTitle = (a: CourseRecord, b: CourseRecord) => collator.compare(a.data.title, b.data.title);
    if (sort === 'start') return (a, b) => (a.next ?? LAST) - (b.next ?? LAST) || byTitle(a, b);
    if (sort === 'duration') return (a, b) => a.data.hours - b.data.hours || byTitle(a, b);
    return undefined; // the data file is in title order already
  },
  card: ({ data, next }, text, locale) => ({
    title: data.title,
    href: data.href,
    description: data.description,
    lang: data.lang,
    detail: courseDetail(data.facts, next, (date) => text('nextStart', { date }), locale),
  }),
};

/** Values of the fixed filters, in the order the panel lists them. */
export const COURSE_FILTER_VALUES = {
  cost: EMPLOYEE_COSTS,
  mode: COURSE_MODES,
  start: [STARTS_SOON],
} as const;
