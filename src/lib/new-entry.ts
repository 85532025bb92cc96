/**
 * The rules of `npm run new` that do not ask anything: which collection a word means, which
 * ids are taken, whether an id may be used, and what "today" is. The ids follow the checker's
 * rules (src/lib/cross-checks.ts, routes.ts), so a new file never starts with an id problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { dictionaries, t, type UiKey } from '../i18n/index.ts';
import { COLLECTION_NAMES, CONTENT_EXTENSIONS, collections, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, type Locale } from '../schemas/fields.ts';
import { RESERVED_ROUTES } from './routes.ts';
import { toId } from './slug.ts';
import { nearest } from './suggest.ts';

/** A word as it is compared: `Learning stories` → `learningstories`. */
const squash = (word: string) => toId(word).replace(/-/g, '');

/** The longest file name made from a title; longer titles are cut at a word boundary. */
export const MAX_ID_LENGTH = 60;

/**
 * The file name (id) for a new entry's title: `Tip voor collega's` → `tip-voor-collegas`,
 * at most MAX_ID_LENGTH characters, cut between words. Empty when nothing usable remains.
 */
export function idFromTitle(title: string, locale: Locale = 'nl'): string {
  const id = toId(title, locale);
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

/** Every name a collection goes by: its folder, and its singular and plural in each language. */
export function collectionAliases(): Map<string, CollectionName> {
  const aliases = new Map<string, CollectionName>();
  for (const c of COLLECTION_NAMES) {
    aliases.set(squash(c), c);
    for (const dict of Object.values(dictionaries)) {
      for (const key of [`type.${c}`, `collection.${c}`]) {
        const word = (dict as Record<string, string>)[key];
        if (word && !aliases.has(squash(word))) aliases.set(squash(word), c);
      }
    }
  }
  return aliases;
}

export type CollectionMatch =
  { collection: CollectionName } | { collection?: undefined; suggestion?: CollectionName };

/** Shortest word that may stand for the last part of a compound name (`verhaal` → leerverhaal). */
const MIN_PART = 4;

/**
 * The collection a word means: a folder name (`leerverhalen`), a singular or plural in either
 * language (`opleiding`, `course`), or the last part of one (`verhaal`, `story`). Otherwise
 * the nearest name as a suggestion.
 */
export function resolveCollection(word: string): CollectionMatch {
  const aliases = collectionAliases();
  const typed = squash(word);
  const exact = aliases.get(typed);
  if (exact) return { collection: exact };
  if (typed.length >= MIN_PART) {
    const partOf = new Set([...aliases].filter(([alias]) => alias.endsWith(typed)).map(([, c]) => c));
    if (partOf.size === 1) return { collection: [...partOf][0]! };
  }
  const near = typed ? nearest(typed, aliases.keys()) : undefined;
  return near ? { suggestion: aliases.get(near)! } : {};
}

/** The collections as an editor chooses between them: `leerverhalen (leerverhaal)`. */
export function collectionList(locale: Locale): string {
  return COLLECTION_NAMES.map((c) => `${c} (${t(locale, `type.${c}` as UiKey).toLowerCase()})`).join(', ');
}

/** Every id in use, in any collection, with the file that holds it (as the checker reads them). */
export function existingIds(contentDir: string, cwd = process.cwd()): Map<string, string> {
  const ids = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue;
      const abs = join(dir, item.name);
      if (item.isDirectory()) walk(abs);
      else if ((CONTENT_EXTENSIONS as readonly string[]).includes(extname(item.name).toLowerCase())) {
        const id = item.name.slice(0, -extname(item.name).length);
        if (!ids.has(id)) ids.set(id, relative(cwd, abs) || abs);
      }
    }
  };
  for (const c of COLLECTION_NAMES) if (existsSync(join(contentDir, c))) walk(join(contentDir, c));
  return ids;
}

/**
 * Why `id` cannot be used for a new entry of `collection`, in the editor's language: not an
 * id, taken in any collection, or an address the site uses itself. Undefined when it is free.
 */
export function idProblem(
  id: string,
  collection: CollectionName,
  taken: ReadonlyMap<string, string>,
  locale: Locale,
): string | undefined {
  if (!ID_PATTERN.test(id)) return t(locale, 'new.idInvalid', { id });
  const file = taken.get(id);
  if (file) return t(locale, 'new.idTaken', { id, file });
  if (collections[collection].route === '' && RESERVED_ROUTES.has(id))
    return t(locale, 'new.idReserved', { id });
  if (collections[collection].route !== '' && /^\d+$/.test(id)) return t(locale, 'new.idPageNumber', { id });
  return undefined;
}

/** Today as `2026-11-29`: LEERHUIS_NOW's day when it is set, else the local calendar day. */
export function todayIso(now: Date, pinned: boolean): string {
  if (pinned) return now.toISOString().slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
