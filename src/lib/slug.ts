/**
 * Ids from names and titles: the one function that makes a file name (and so an id and an
 * address) from what a person types. `npm run new` names files with it, and the checker's
 * suggestions ("bedoel je fatma-yilmaz?") use it, so both always agree.
 *
 * Letters are transliterated, not dropped (@sindresorhus/slugify): ı → i, ø → o, ß → ss,
 * æ → ae, œ → oe, ł → l, đ → d, þ → th, ĳ → ij, Greek and Cyrillic too. Diacritics are folded
 * as Dutch does (ä, ö, ü → a, o, u; slugify's default spells them the German way), and `&`
 * becomes the word for "and" in the site's language.
 */
import slugify from '@sindresorhus/slugify';
import type { Locale } from '../schemas/fields.ts';

const AND: Record<Locale, string> = { nl: 'en', en: 'and' };

/** Umlauts folded to their plain letter, as in Dutch file names (slugify would write ae, oe, ue). */
const FOLDED = ['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü'].map(
  (c) => [c, c.normalize('NFD').charAt(0).toLowerCase()] as [string, string],
);

const options = (locale: Locale) => ({
  decamelize: false,
  customReplacements: [['&', ` ${AND[locale]} `], ...FOLDED] as [string, string][],
});

/** The id a name or title would have: `Fatma Yılmaz` → `fatma-yilmaz`, `Leren & werken` → `leren-en-werken`. */
export function toId(name: string, locale: Locale = 'nl'): string {
  return slugify(name, options(locale));
}
