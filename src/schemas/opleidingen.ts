/** Courses: the catalogue (`content/opleidingen`). Fields follow EDU-DEX where they can. */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { amount, dateField, idRef, linkField, says, text, wholeNumber } from './fields.ts';
import { COURSE_LANGUAGES, METHODS, PAID_BY, oneOf } from './vocab.ts';

export const runSchema = z
  .strictObject({
    start: dateField(),
    end: dateField().optional(),
    location: text('what.location'),
    seats: wholeNumber(1, undefined, 'unit.seats').optional(),
  })
  .refine((r) => !r.end || r.end >= r.start, { ...says('check.run.endBeforeStart'), path: ['end'] });

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
  runs: z.array(runSchema).default([]),
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
