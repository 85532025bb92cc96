/**
 * Field builders shared by every collection schema. Each gives a message a person can act on.
 * Plain zod 4: the same module serves Astro's content collections and the standalone checker.
 */
import { z } from 'zod';

/** Languages an entry can be written in; `nl` is the default. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A calendar day written as `2026-03-15`, as UTC midnight; undefined for any other form and
 * for a day that does not exist (`2026-02-30`). Used by date fields and the command line.
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

/** A calendar date written as `2026-03-15` (YAML dates and quoted strings both accepted). */
export const dateField = () =>
  z
    .union([z.date(), z.string()], { error: 'must be a date written as 2026-03-15 (year-month-day)' })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'is not a valid date — write it as 2026-03-15' });
          return z.NEVER;
        }
        return value;
      }
      const date = parseIsoDate(value.trim());
      if (!date) {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not a date — write it as 2026-03-15 (year-month-day)`,
        });
        return z.NEVER;
      }
      return date;
    });

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** Separators people write instead of a colon: `9.30`, `9,30`, `9u30`, `9h30`. */
const TIME_LOOKALIKE = /^([01]?\d|2[0-3])\s*[.,uh]\s*([0-5]\d)$/i;

/**
 * A time of day on the 24-hour clock, written `09:30` (`9:30` is fine too); read as text and
 * given back as `HH:MM`. The time zone is the organisation's (Europe/Amsterdam).
 */
export const timeOfDay = () =>
  z
    .union([z.string(), z.number()], { error: 'must be a time of day written as "09:30" (24-hour clock)' })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const match = TIME.exec(text);
      if (match) return `${match[1]!.padStart(2, '0')}:${match[2]}`;
      // YAML reads 9.30 as the number 9.3: its "minutes" lost their trailing zero.
      const written =
        typeof value === 'number' ? text.replace(/\.(\d)$/, (_, digit: string) => `.${digit}0`) : text;
      const lookalike = TIME_LOOKALIKE.exec(written);
      const fix = lookalike
        ? `write "${lookalike[1]!.padStart(2, '0')}:${lookalike[2]}", with a colon`
        : 'write it as "09:30" (hours:minutes, 24-hour clock, 00:00 to 23:59)';
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a time of day — ${fix}` });
      return z.NEVER;
    });

/** An entry id: the file name without extension, lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by id; existence is checked across files by `checkReferences`. */
export const idRef = () =>
  z.string({ error: 'must be the id of an entry (its file name without .md)' }).regex(ID_PATTERN, {
    error: 'must be an id: lower-case letters, digits and hyphens, like "excel-basis"',
  });

/** Non-empty text; `what` says what it holds ("the title"). */
export const text = (what?: string) =>
  z
    .string({ error: what ? `must be text (${what})` : 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' });

/** A whole number from `min` to `max`: one message for every way it can be wrong (type, too small, too big). */
export const wholeNumber = (min: number, max?: number, what = 'a whole number') => {
  const range = max === undefined ? `, ${min} or more` : ` from ${min} to ${max}`;
  const number = z.int({ error: `must be ${what}${range}` }).min(min);
  return max === undefined ? number : number.max(max);
};

/** A web address or a mailto: link. */
export const linkField = () =>
  z.string().refine((v) => /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/.test(v), {
    error: 'must be a web address (https://…) or an e-mail link (mailto:naam@organisatie.nl)',
  });

/**
 * Builds the schema of an image field. The checker passes `imagePath` (a checked file name);
 * Astro passes its own `image()`, which turns the same path into an optimised image.
 */
export type ImageField<T extends z.ZodType = z.ZodType> = () => T;

/** An image path relative to the entry file (e.g. `./cover.jpg`); the file must exist. */
export const imagePath = () =>
  z.string().refine((v) => /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(v), {
    error: 'must be an image file (.jpg, .png, .webp, .avif, .gif or .svg)',
  });
