/** Courses: the catalogue (`content/opleidingen`). Fields follow EDU-DEX where they can. */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { ID_PATTERN, dateField, idRef, linkField, text, timeOfDay, wholeNumber } from './fields.ts';
import { METHODS, PAID_BY, oneOf } from './vocab.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const runSchema = z
  .strictObject({
    /** A fixed key for this run (e.g. `voorjaar-2027`); without it, the start date is the key. */
    id: z
      // A date (the run's original start, say) is read by YAML as a date: it names the run as well.
      .union([z.string(), z.date()], { error: 'must be a short name for this run, like "voorjaar-2027"' })
      .transform((id) => (id instanceof Date ? isoDay(id) : id))
      .pipe(
        z.string().regex(ID_PATTERN, {
          error: 'must be lower-case letters, digits and hyphens, like "voorjaar-2027"',
        }),
      )
      .optional(),
    start: dateField(),
    end: dateField().optional(),
    /** When the run begins on its first day, in the organisation's time zone (Europe/Amsterdam). */
    startTime: timeOfDay().optional(),
    /** When the run ends on its last day. */
    endTime: timeOfDay().optional(),
    location: text('a place or "online"'),
    seats: wholeNumber(1, undefined, 'a whole number of seats').optional(),
  })
  .superRefine((run, ctx) => {
    if (run.end && run.end < run.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'is before start — a run cannot end before it begins',
      });
      return;
    }
    if (run.startTime && !run.endTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: `is missing — a run with a startTime needs an endTime too (e.g. endTime: "16:30"), or remove startTime for a whole-day run`,
      });
    } else if (run.endTime && !run.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['startTime'],
        message: `is missing — a run with an endTime needs a startTime too (e.g. startTime: "09:00"), or remove endTime for a whole-day run`,
      });
    } else if (run.startTime && run.endTime && isSingleDay(run) && run.endTime <= run.startTime) {
      const later = laterOnTheClock(run.endTime, run.startTime);
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: `"${run.endTime}" is not after startTime "${run.startTime}" — on a one-day run the end time comes later that day${later ? `; did you mean "${later}"? (24-hour clock)` : ' (24-hour clock)'}`,
      });
    }
  });

export type Run = z.output<typeof runSchema>;

/** Whether a run starts and ends on the same day. */
export function isSingleDay(run: Pick<Run, 'start' | 'end'>): boolean {
  return !run.end || isoDay(run.end) === isoDay(run.start);
}

/** `04:30` meant as half past four in the afternoon: `16:30`, if that is after `start`. */
function laterOnTheClock(end: string, start: string): string | undefined {
  const hours = Number(end.slice(0, 2));
  if (hours >= 12) return undefined;
  const afternoon = `${String(hours + 12).padStart(2, '0')}${end.slice(2)}`;
  return afternoon > start ? afternoon : undefined;
}

/**
 * The key of a run within its course: its `id`, or else its start date (`2027-02-09`). It
 * names the run's calendar file and makes its calendar UID, so it must stay the same when
 * the run changes: an editor who moves a run gives it an `id` with the old key.
 */
export function runKey(run: Pick<Run, 'id' | 'start'>): string {
  return run.id ?? isoDay(run.start);
}

/** Runs of one course, each with a key of its own. */
const runsSchema = z.array(runSchema).superRefine((runs, ctx) => {
  const first = new Map<string, number>();
  runs.forEach((run, i) => {
    const key = runKey(run);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    ctx.addIssue(
      run.id
        ? {
            code: 'custom',
            path: [i, 'id'],
            message: `"${run.id}" is already the key of runs[${earlier}] — give each run of a course its own id`,
          }
        : {
            code: 'custom',
            path: [i],
            message: `starts on ${key}, like runs[${earlier}] — give one of them an id (e.g. id: ${key}-middag) so each run keeps its own calendar file`,
          },
    );
  });
});

export const opleidingSchema = z.strictObject({
  ...baseFields,
  /** Internal course code, e.g. "OPL-104". */
  code: text('a course code').optional(),
  provider: text('the provider'),
  method: oneOf(METHODS),
  /** Study load in hours. */
  durationHours: z.number({ error: 'must be a number of hours' }).positive({ error: 'must be more than 0' }),
  cost: z.strictObject({
    amount: z.number({ error: 'must be an amount of 0 or more (0 for free)' }).min(0),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'must be a currency code like EUR' })
      .default('EUR'),
    paidBy: oneOf(PAID_BY),
  }),
  /** Language the course is taught in. */
  language: z.enum(['nl', 'en', 'de', 'fr'], { error: 'must be one of nl, en, de, fr' }).default('nl'),
  /** NLQF/EQF level 1–8, only for assessed courses. */
  level: wholeNumber(1, 8, 'an NLQF level').optional(),
  competencies: z.array(idRef()).default([]),
  runs: runsSchema.default([]),
  /** Expert id of the contact person. */
  contact: idRef().optional(),
  /** Where to enrol: a web address or a mailto: link. */
  enrol: linkField().optional(),
  /** Conditions: approval, study agreement, repayment. */
  conditions: text('the conditions').optional(),
  related: z.array(idRef()).default([]),
  /**
   * The day the course joins the catalogue: from then on it is on the site, and feeds and the
   * newsletter announce it as new. Without it the course is in the catalogue, never announced.
   */
  publishedAt: dateField().optional(),
});
