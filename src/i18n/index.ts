/**
 * UI strings. Every text the site writes comes from `nl.json` (the default) or `en.json`,
 * which hold the same flat dotted keys (a unit test keeps them in step).
 */
import { formatDate, localeTag } from '../lib/dates.ts';
import type { Locale } from '../schemas/fields.ts';
import en from './en.json' with { type: 'json' };
import { isMessage, msg, type DateParam, type Message, type Param, type Params } from './message.ts';
import nl from './nl.json' with { type: 'json' };

export { allOf, anyOf, isMessage, msg, type Message, type Param, type Params } from './message.ts';

export type UiKey = keyof typeof nl;
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export const dictionaries: Record<Locale, Record<UiKey, string>> = { nl, en };

/** `t('nl', 'home.heading', { organisation: 'Gemeente X' })` → "Leren bij Gemeente X". */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? dictionaries.nl[key];
  if (template === undefined)
    throw new Error(`i18n: no text for key "${key}" — add it to src/i18n/nl.json and en.json`);
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A parameter of a message as text in `locale`. */
function renderParam(locale: Locale, value: Param): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: Param) => renderParam(locale, v)).join(', ');
  if (isMessage(value)) return renderMessage(locale, value);
  if ('items' in value) {
    const items = value.items.map((v) => renderParam(locale, v));
    const type = value.join === 'and' ? 'conjunction' : 'disjunction';
    return new Intl.ListFormat(localeTag(locale), { type }).format(items);
  }
  const { date } = value as DateParam;
  return formatDate(new Date(`${date.slice(0, 10)}T00:00:00Z`), locale);
}

/**
 * A message (see `./message.ts`) as text in `locale`: its parameters rendered first (messages
 * inside messages, dates in the reader's language), then put into the key's text.
 */
export function renderMessage(locale: Locale, message: Message): string {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) vars[name] = renderParam(locale, value);
  return t(locale, message.key, vars);
}

/** Keys that come in a `.one` and an `.other` form. */
export type CountedKey = { [K in UiKey]: K extends `${infer B}.one` ? B : never }[UiKey];

/** `counted('check.summary.problems', 3)` → the `.other` text with `{count}` = 3. */
export function counted(key: CountedKey, count: number, params: Params = {}): Message {
  return msg(`${key}.${count === 1 ? 'one' : 'other'}` as UiKey, { ...params, count });
}

/** A `t` bound to one locale, for use in components: `const t = useTranslations(lang)`. */
export function useTranslations(locale: Locale): Translate {
  return (key, vars) => t(locale, key, vars);
}

/** Number formats are costly to create and used on every page: one per locale and options. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(localeTag(locale), options)));
  return format;
}

/** `8 uur` / `8 hours`, `1,5 uur` / `1.5 hours`. */
export function formatHours(hours: number, locale: Locale): string {
  return numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(hours);
}

/** `€ 450` / `€450.00`: whole amounts without cents. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: cents }).format(amount);
}

/** `1.234` / `1,234`. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}
