/**
 * Rules that describe a course the way an employee chooses one: what it costs *them*, whether
 * it is online or on site, and when it next starts. One definition each, used by the list
 * cards, the course finder and its tests; the editor guide (docs/redacteuren.md) explains them.
 */
import type { METHODS, PAID_BY } from '../schemas/vocab.ts';
import { addMonths } from './days.ts';

type Method = (typeof METHODS)[number];
type PaidBy = (typeof PAID_BY)[number];

/** Cost to the employee. Label key: `finder.cost.<value>`. */
export const EMPLOYEE_COSTS = ['gratis', 'betaald'] as const;
export type EmployeeCost = (typeof EMPLOYEE_COSTS)[number];

/** Payers that leave nothing for the employee to pay. */
const PAID_FOR_YOU: readonly PaidBy[] = ['werkgever', 'opleidingsfonds'];

/**
 * `gratis` when the course costs nothing or the employer or a training fund (O&O-fonds) pays
 * it; `betaald` when the employee pays all (`medewerker`) or part (`gedeeld`) of an amount.
 */
export function employeeCost(cost: { amount: number; paidBy: PaidBy }): EmployeeCost {
  return cost.amount === 0 || PAID_FOR_YOU.includes(cost.paidBy) ? 'gratis' : 'betaald';
}

/** Where a course takes place. Label key: `finder.mode.<value>`. */
export const COURSE_MODES = ['online', 'op-locatie'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];

/** "online" as a word, in any case: `Online`, `online via Teams`, `Utrecht en online`. */
const ONLINE = /(^|[^\p{L}])online($|[^\p{L}])/iu;
/** Words and signs that join two places in one location: `Stadskantoor en online`, `Utrecht / online`. */
const JOINED = /\s(en|and|of|or)\s|[+&/,;]/i;

/**
 * How one run takes place, from its location: online when the location says "online",
 * on site when it names a place, both when it joins a place and "online" (`Utrecht en online`).
 */
export function runModes(location: string): CourseMode[] {
  if (!ONLINE.test(location)) return ['op-locatie'];
  return JOINED.test(location) ? ['online', 'op-locatie'] : ['online'];
}

/** How a course without runs takes place, by its learning method. */
const METHOD_MODES: Record<Method, readonly CourseMode[]> = {
  'e-learning': ['online'],
  webinar: ['online'],
  zelfstudie: ['online'],
  blended: ['online', 'op-locatie'],
  klassikaal: ['op-locatie'],
  intervisie: ['op-locatie'],
  coaching: ['op-locatie'],
  mentoring: ['op-locatie'],
  'on-the-job': ['op-locatie'],
};

/**
 * Online, on site or both: the locations of its runs decide (every way any run takes place);
 * a course without runs goes by its method (e-learning, webinar and self-study are online,
 * blended is both, the rest meet in person).
 */
export function courseModes(method: Method, runs: readonly { location: string }[]): CourseMode[] {
  const modes = new Set<CourseMode>(
    runs.length ? runs.flatMap((r) => runModes(r.location)) : METHOD_MODES[method],
  );
  return COURSE_MODES.filter((m) => modes.has(m));
}

/** The first start on or after `today`, or undefined when none is planned. `starts` need not be sorted. */
export function nextStart(starts: readonly number[], today: number): number | undefined {
  let next: number | undefined;
  for (const s of starts) if (s >= today && (next === undefined || s < next)) next = s;
  return next;
}

/** Months ahead that "starts soon" looks (the finder's filter). */
export const SOON_MONTHS = 3;

/** Whether a run starts from `today` up to and including the same day `months` later. */
export function startsWithin(starts: readonly number[], today: number, months = SOON_MONTHS): boolean {
  const next = nextStart(starts, today);
  return next !== undefined && next <= addMonths(today, months);
}
