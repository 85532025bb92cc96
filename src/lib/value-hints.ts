/**
 * Hints for values written the way people write them in a letter, not the way the site reads
 * them: `8,5` for 8.5, `€ 450` or `8 uur` for a number, `15-03-2026` or `15 maart 2026` for a
 * date, `Nederlands` for the code `nl`. Each returns the form to write instead, or undefined.
 */

const MONTHS: Record<string, number> = {};
const monthNames = (locale: string, month: 'long' | 'short') =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' })
      .format(Date.UTC(2026, m, 15))
      .toLowerCase()
      .replace(/\.$/, ''),
  );
for (const locale of ['nl', 'en', 'de', 'fr'])
  for (const style of ['long', 'short'] as const)
    monthNames(locale, style).forEach(
      (name, m) => (MONTHS[name.normalize('NFD').replace(/\p{M}/gu, '')] ??= m + 1),
    );
// Abbreviations people write besides Intl's: "mrt", "sept", "okt".
Object.assign(MONTHS, { mrt: 3, sep: 9, sept: 9, okt: 10, mei: 5, jun: 6, jul: 7 });

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-03-15` for a real date, else undefined. */
function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 100) year += 2000;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The date a text means, as `2026-03-15`: day-month-year with -, / or . (`15-03-2026`),
 * year first with / or single digits (`2026/3/5`), or with the month's name in Dutch,
 * English, German or French (`15 maart 2026`, `March 15, 2026`, `15 mrt. 2026`).
 */
export function dateHint(text: string): string | undefined {
  const value = text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const words = value.replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
  // Weekday names in front ("maandag 15 maart 2026") are left out.
  const parts = words.filter((w) => /^\d+$/.test(w) || MONTHS[w] !== undefined);
  if (parts.length !== 3 || words.length - parts.length > 1) return undefined;
  const month = parts.find((w) => MONTHS[w] !== undefined);
  const numbers = parts.filter((w) => w !== month).map(Number);
  if (!month || numbers.length !== 2) return undefined;
  const [a, b] = numbers as [number, number];
  return a > 31 ? isoOf(a, MONTHS[month]!, b) : isoOf(b, MONTHS[month]!, a);
}

/** Words that mean nothing is paid. */
const FREE = new Set(['gratis', 'free', 'kosteloos', 'nvt', 'geen', 'none', 'nul', 'zero']);

/**
 * The number a text means, when it is written with a decimal comma (`8,5`), a thousands
 * separator (`1.250,00`), a currency sign or word (`€ 450`, `450 euro`, `€450,-`) or a unit
 * (`8 uur`, `2 dagen`): `{ number: '8.5', reason }`. `reason` says what to leave out.
 */
export function numberHint(text: string): { number: string; reason: 'comma' | 'extra' } | undefined {
  const value = text.trim().toLowerCase();
  if (FREE.has(value)) return { number: '0', reason: 'extra' };
  const core = value
    .replace(/^(€|eur|euro|\$|£)\s*/, '')
    .replace(/\s*(€|eur|euro|euros|,-|\.-|uur|uren|u|hours?|hrs?|h|min|minuten|dagen|dag|days?)\.?$/, '')
    .replace(/,-$/, '')
    .trim();
  let number: string | undefined;
  if (/^\d+(,\d+)?$/.test(core)) number = core.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(core)) number = core.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(core)) number = core.replace(/,/g, '');
  else if (/^\d+(\.\d+)?$/.test(core)) number = core;
  if (number === undefined) return undefined;
  number = String(Number(number));
  return { number, reason: core === value && value.includes(',') ? 'comma' : 'extra' };
}

/** Language codes the hints know by name: the site's languages and those of most colleagues. */
const LANGUAGE_CODES = [
  'nl',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pl',
  'tr',
  'ar',
  'fy',
  'da',
  'sv',
  'no',
  'fi',
  'ro',
  'bg',
  'hu',
  'cs',
  'sk',
  'el',
  'ru',
  'uk',
  'zh',
  'ja',
  'hi',
  'so',
  'ti',
  'fa',
  'pa',
];

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();

/** Language name (in Dutch, English or itself) → code, from the runtime's own language names. */
const LANGUAGE_BY_NAME = (() => {
  const byName = new Map<string, string>();
  for (const code of LANGUAGE_CODES) {
    for (const inLocale of ['nl', 'en', code]) {
      const name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(code);
      if (name && name !== code) byName.set(fold(name), code);
    }
  }
  // What people also write: adjectives and short forms.
  for (const [name, code] of [
    ['engels', 'en'],
    ['english', 'en'],
    ['dutch', 'nl'],
    ['hollands', 'nl'],
    ['vlaams', 'nl'],
    ['ned', 'nl'],
    ['eng', 'en'],
    ['duits', 'de'],
    ['frans', 'fr'],
    ['fries', 'fy'],
  ] as const)
    byName.set(name, code);
  return byName;
})();

/** The code of a language written by name (`Nederlands` → `nl`, `English` → `en`), if any. */
export function languageHint(text: string, allowed?: readonly string[]): string | undefined {
  const code =
    LANGUAGE_BY_NAME.get(fold(text)) ??
    (/^[a-z]{2}$/i.test(text.trim()) ? text.trim().toLowerCase() : undefined);
  if (!code || code === text) return undefined;
  return !allowed || allowed.includes(code) ? code : undefined;
}
