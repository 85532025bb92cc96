/**
 * Field builders shared by every collection schema. Each gives a message a person can act on,
 * as a key of `src/i18n/*.json` (see `src/i18n/message.ts`), so that the checker shows it in the
 * site's language: a schema written with these builders needs no messages of its own.
 * Plain zod 4: the same module serves Astro's content collections and the standalone checker.
 */
import { z } from 'zod';
import type { UiKey } from '../i18n/index.ts';
import { msg, type Params } from '../i18n/message.ts';
import { zodText } from '../i18n/zod-messages.ts';

/** Languages an entry can be written in; `nl` is the default. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The `error` of a zod schema or check: a message key and its parameters. Rendered when an
 * issue arises (in the site's language, see `src/i18n/zod-messages.ts`).
 */
export const says = (key: UiKey, params?: Params): { error: () => string } => {
  const message = msg(key, params);
  return { error: () => zodText(message) };
};

/**
 * A calendar day written as `2026-03-15`, as UTC midnight; undefined for any other form and
 * for a day that does not exist (`2026-02-30`). Used by date fields and the command line.
 */
export function parseIsoDate(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

/** Date fields, for forms of the schema that cannot express a transform (the editors' JSON Schema). */
export const DATE_FIELDS = new WeakSet<z.ZodType>();

/** A calendar date written as `2026-03-15` (YAML dates and quoted strings both accepted). */
export const dateField = () => {
  const field = z.union([z.date(), z.string()], says('check.date.type')).transform((value, ctx) => {
    // z.date() refuses an invalid Date: a Date here is a real day.
    if (value instanceof Date) return value;
    const date = parseIsoDate(value.trim());
    if (!date) {
      // The checker adds the date it reads in the text ("15 maart 2026" → 2026-03-15).
      ctx.addIssue({ code: 'custom', input: value, message: zodText(msg('check.date.notADate')) });
      return z.NEVER;
    }
    return date;
  });
  DATE_FIELDS.add(field);
  return field;
};

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** Separators people write instead of a colon: `9.30`, `9,30`, `9u30`, `9h30`. */
const TIME_LOOKALIKE = /^([01]?\d|2[0-3])\s*[.,uh]\s*([0-5]\d)$/i;

/**
 * A time of day on the 24-hour clock, written `09:30` (`9:30` is fine too); read as text and
 * given back as `HH:MM`. The time zone is the organisation's (Europe/Amsterdam).
 */
export const timeOfDay = () =>
  z.union([z.string(), z.number()], says('check.time.type')).transform((value, ctx) => {
    const text = String(value).trim();
    const match = TIME.exec(text);
    if (match) return `${match[1]!.padStart(2, '0')}:${match[2]}`;
    // YAML reads 9.30 as the number 9.3: its "minutes" lost their trailing zero.
    const written =
      typeof value === 'number' ? text.replace(/\.(\d)$/, (_, digit: string) => `.${digit}0`) : text;
    const lookalike = TIME_LOOKALIKE.exec(written);
    const fix = lookalike
      ? msg('check.time.colon', { time: `${lookalike[1]!.padStart(2, '0')}:${lookalike[2]}` })
      : msg('check.time.form');
    ctx.addIssue({ code: 'custom', input: value, message: zodText(msg('check.time.notATime', { fix })) });
    return z.NEVER;
  });

/** An entry id: the file name without extension, lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by id; existence is checked across files by `checkReferences`. */
export const idRef = () => z.string(says('check.id.type')).regex(ID_PATTERN, says('check.id.form'));

/** Non-empty text; `what` names what it holds (`what.title` → "de titel"). */
export const text = (what?: UiKey) =>
  z
    .string(what ? says('check.text.typeOf', { what: msg(what) }) : says('check.text.type'))
    .trim()
    .min(1, says('check.text.empty'));

/**
 * A whole number from `min` to `max`: one message for every way it can be wrong (type, too
 * small, too big). `unit` names what is counted (`unit.months` → "maanden").
 */
export const wholeNumber = (min: number, max?: number, unit?: UiKey) => {
  const params = { min, ...(max === undefined ? {} : { max }), unit: unit ? msg(unit) : '' };
  const rule = says(max === undefined ? 'check.number.wholeFrom' : 'check.number.wholeRange', params);
  const number = z.int(rule).min(min, rule);
  return max === undefined ? number : number.max(max, rule);
};

/** A number (fractions allowed) of at least `min`; `exclusive` makes `min` itself too small. */
export const amount = (min: number, options: { exclusive?: boolean; unit?: UiKey } = {}) => {
  const rule = says(options.exclusive ? 'check.number.moreThan' : 'check.number.atLeast', {
    min,
    unit: options.unit ? msg(options.unit) : '',
  });
  const number = z.number(rule);
  return options.exclusive ? number.gt(min, rule) : number.min(min, rule);
};

/** Yes or no. */
export const yesNo = () => z.boolean(says('check.boolean'));

/** A web address or a mailto: link. */
export const linkField = () =>
  z
    .string(says('check.link'))
    .refine((v) => /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/.test(v), says('check.link'));

/** A web address (https://…); `example` shows one that fits the field. */
export const urlField = (example = 'https://intranet.example.nl') => z.url(says('check.url', { example }));

/** An e-mail address. */
export const emailField = () => z.email(says('check.email'));

/**
 * Builds the schema of an image field. The checker passes `imagePath` (a checked file name);
 * Astro passes its own `image()`, which turns the same path into an optimised image.
 */
export type ImageField<T extends z.ZodType = z.ZodType> = () => T;

/** An image path relative to the entry file (e.g. `./cover.jpg`); the file must exist. */
export const imagePath = () =>
  z
    .string(says('check.image.type'))
    .refine((v) => /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(v), says('check.image.type'));
