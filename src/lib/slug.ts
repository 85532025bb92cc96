/**
 * Ids from names and titles. An id is a file name and a web address, so it may hold only
 * lower-case letters, digits and hyphens: letters with accents are folded (`café` → `cafe`),
 * letters that Unicode does not decompose are transliterated (`ı` → `i`, `ø` → `o`, `ß` → `ss`),
 * `&` becomes the word for "and" and apostrophes disappear (`collega's` → `collegas`).
 */

/** Letters NFKD leaves alone, written the way Dutch and English readers spell them in ASCII. */
const TRANSLITERATION: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
  ŀ: 'l',
  Ŀ: 'l',
  ĸ: 'k',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(TRANSLITERATION).join('')}]`, 'g');

/** Apostrophes and the marks people type for them: dropped, so `collega's` stays one word. */
const APOSTROPHES = /['’‘`´ʼ]/g;

/** The word for `&` per language; ids of an English site read "research and development". */
const AND: Record<string, string> = { nl: 'en', en: 'and' };

/** The longest id made from a title; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * The id a name or title would have: `Fatma Yılmaz` → `fatma-yilmaz`,
 * `Tips & tricks voor collega's` → `tips-en-tricks-voor-collegas`. Empty when nothing usable
 * remains (a title of only punctuation). `locale` decides the word for `&`.
 */
export function slugify(text: string, locale = 'nl', maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .replace(UNDECOMPOSED, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, '')
    .replace(/&/g, ` ${AND[locale] ?? AND.nl} `)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
