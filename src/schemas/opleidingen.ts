/** Courses: the catalogue (`content/opleidingen`). Fields follow EDU-DEX where they can. */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { msg } from '../i18n/message.ts';
import { zodText } from '../i18n/zod-messages.ts';
import {
  ID_PATTERN,
  amount,
  dateField,
  idRef,
  linkField,
  says,
  text,
  timeOfDay,
  wholeNumber,
} from './fields.ts';
import { COURSE_LANGUAGES, METHODS, PAID_BY, oneOf } from './vocab.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const runSchema = z
  .strictObject({
    /** A fixed key for this run (e.g. `voorjaar-2027`); without it, the start date is the key. */
    id: z
      // A date (the run's original start, say) is read by YAML as a date: it names the run as well.
      .union([z.string(), z.date()], says('check.run.idType'))
      .transform((id) => (id instanceof Date ? isoDay(id) : id))
      .pipe(z.string().regex(ID_PATTERN, says('check.run.idForm')))
      .optional(),
    start: dateField(),
    end: dateField().optional(),
    /** When the run begins on its first day, in the organisation's time zone (Europe/Amsterdam). */
    startTime: timeOfDay().optional(),
    /** When the run ends on its last day. */
    endTime: timeOfDay().optional(),
    location: text('what.location'),
    seats: wholeNumber(1, undefined, 'unit.seats').optional(),
  })
  .superRefine((run, ctx) => {
    if (run.end && run.end < run.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: zodText(msg('check.run.endBeforeStart')),
      });
      return;
    }
    if (run.startTime && !run.endTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: zodText(msg('check.run.endTimeMissing')),
      });
    } else if (run.endTime && !run.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['startTime'],
        message: zodText(msg('check.run.startTimeMissing')),
      });
    } else if (run.startTime && run.endTime && isSingleDay(run) && run.endTime <= run.startTime) {
      const later = laterOnTheClock(run.endTime, run.startTime);
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: zodText(
          msg('check.run.endTimeBeforeStart', {
            end: run.endTime,
            start: run.startTime,
            hint: later ? msg('check.hint.didYouMean', { value: later }) : '',
          }),
        ),
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
            message: zodText(msg('check.run.idTwice', { id: run.id, other: `runs[${earlier}]` })),
          }
        : {
            code: 'custom',
            path: [i],
            message: zodText(msg('check.run.sameStart', { date: key, other: `runs[${earlier}]` })),
          },
    );
  });
});

export const opleidingSchema = z.strictObject({
  ...baseFields,
  /** Internal course code, e.g. "OPL-104". */
  code: text('what.courseCode').optional(),
  provider: text('what.provider'),
  method: oneOf(METHODS),
  /** Study load in hours. */
  durationHours: amount(0, { exclusive: true, unit: 'unit.hours' }),
  cost: z.strictObject(
    {
      amount: amount(0, { unit: 'unit.euros' }),
      currency: z
        .string(says('check.currency'))
        .regex(/^[A-Z]{3}$/, says('check.currency'))
        .default('EUR'),
      paidBy: oneOf(PAID_BY),
    },
    says('check.cost'),
  ),
  /** Language the course is taught in. */
  language: oneOf(COURSE_LANGUAGES).default('nl'),
  /** NLQF/EQF level 1–8, only for assessed courses. */
  level: wholeNumber(1, 8, 'unit.nlqf').optional(),
  competencies: z.array(idRef()).default([]),
  runs: runsSchema.default([]),
  /** Expert id of the contact person. */
  contact: idRef().optional(),
  /** Where to enrol: a web address or a mailto: link. */
  enrol: linkField().optional(),
  /** Conditions: approval, study agreement, repayment. */
  conditions: text('what.conditions').optional(),
  related: z.array(idRef()).default([]),
  /**
   * The day the course joins the catalogue: from then on it is on the site, and feeds and the
   * newsletter announce it as new. Without it the course is in the catalogue, never announced.
   */
  publishedAt: dateField().optional(),
});
