/**
 * Messages as data: a key of `src/i18n/*.json` with its parameters, rendered in the site's
 * language only where a person reads it (`renderMessage` in `./index.ts`: the check command,
 * the build's error, the dev server's warnings, the command-line tools).
 *
 *   msg('check.reference.unknown', { id: 'anna', kind: msg('noun.experts') })
 *
 * Parameters are plain text (shown as is), numbers, dates (`{ date: '2026-03-15' }`, shown in
 * the reader's language), other messages (rendered first) or lists of these (joined by ", ").
 * Everything is plain JSON, so a message survives a worker thread and a zod issue unchanged.
 *
 * This module imports nothing at run time: schemas use it to give zod translatable messages.
 */
import type { UiKey } from './index.ts';

/** A calendar date in a message, shown as `15 maart 2026` / `15 March 2026`. */
export interface DateParam {
  date: string;
}

/** Items joined as words: `amount en paidBy`, `competentie of tag` (`and`: conjunction, `or`: disjunction). */
export interface ListParam {
  items: readonly Param[];
  join: 'and' | 'or';
}

export type Param = string | number | DateParam | ListParam | Message | readonly Param[];

/** `amount en paidBy` / `amount and paidBy`. */
export const allOf = (items: readonly Param[]): ListParam => ({ items, join: 'and' });
/** `competentie of tag` / `competency or tag`. */
export const anyOf = (items: readonly Param[]): ListParam => ({ items, join: 'or' });
export type Params = Readonly<Record<string, Param>>;

export interface Message {
  key: UiKey;
  params?: Params;
}

/** A message: `msg('check.field.empty')`, `msg('check.value.tooBig', { max: 300 })`. */
export const msg = (key: UiKey, params?: Params): Message => (params ? { key, params } : { key });

/** Whether a value is a message (and not text or a list). */
export const isMessage = (value: unknown): value is Message =>
  typeof value === 'object' && value !== null && typeof (value as Message).key === 'string';

/** Marks zod issue texts that carry a message (an invisible separator, then JSON). */
const ZOD_MARK = '\u2063';

/**
 * A message as the text of a zod issue. zod issues carry strings; the checker reads the message
 * back with `fromZodText` and renders it in the site's language. Use it for every `error` of a
 * schema: `z.string({ error: zodText(msg('check.type.text')) })`.
 */
export const zodText = (message: Message): string => ZOD_MARK + JSON.stringify(message);

/** The message a zod issue text carries, if it carries one. */
export function fromZodText(text: string): Message | undefined {
  if (!text.startsWith(ZOD_MARK)) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(ZOD_MARK.length));
    return isMessage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
