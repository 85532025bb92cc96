/**
 * Messages as data: a key of `src/i18n/*.json` with its parameters, rendered in the site's
 * language only where a person reads it (`renderMessage` in `./index.ts`: the check command,
 * the build's error, the dev server's warnings, the command-line tools).
 *
 *   msg('check.reference.unknown', { id: 'anna', kind: msg('noun.experts') })
 *
 * Parameters are plain text (shown as is), numbers, dates (`{ date: '2026-03-15' }`, shown in
 * the reader's language), other messages (rendered first) or lists of these (joined by ", ").
 * Everything is plain JSON, so a message survives a worker thread unchanged. Schemas give zod
 * their messages through `./zod-messages.ts`.
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
