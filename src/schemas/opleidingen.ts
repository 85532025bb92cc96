/** Courses: the catalogue (`content/opleidingen`). Fields follow EDU-DEX where they can. */
import { z } from 'zod';
import { baseFields } from './base.ts';
import { dateField, idRef, linkField, text, wholeNumber } from './fields.ts';
import { METHODS, PAID_BY, oneOf } from './vocab.ts';

export const runSchema = z
  .strictObject({
    start: dateField(),
    end: dateField().optional(),
    location: text('a place or "online"'),
    seats: wholeNumber(1, undefined, 'a whole number of seats').optional(),
  })
  .refine((r) => !r.end || r.end >= r.start, {
    error: 'is before start — a run cannot end before it begins',
    path: ['end'],
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
  runs: z.array(runSchema).default([]),
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
