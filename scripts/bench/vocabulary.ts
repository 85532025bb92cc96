/** Ids and the tag vocabulary of the benchmark's synthetic site. */
import { idFromTitle } from '../../src/lib/new-entry.ts';
import { ID_PATTERN } from '../../src/schemas/fields.ts';
import type { TagVocabulary } from '../../src/schemas/tags.ts';
import type { TextSource } from './text.ts';
import { TAG_WORDS } from './words.ts';

/** "Vijf tips voor het Leerplan!" → "vijf-tips-voor-het-leerplan", as `npm run new` names files. */
export const slugify = (title: string): string => idFromTitle(title);

/** A slug not in `used` (adds -2, -3, … as editors do), recorded in `used`. */
export function uniqueSlug(title: string, used: Set<string>): string {
  const base = slugify(title) || 'pagina';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  if (!ID_PATTERN.test(id))
    throw new Error(`benchmark generator: "${id}" (from "${title}") is not a valid id`);
  used.add(id);
  return id;
}

/** `count` tags: the familiar ones first, then topic tags drawn from the text source. */
export function tagVocabulary(count: number, text: TextSource): TagVocabulary {
  const used = new Set<string>();
  const tags: TagVocabulary = {};
  const add = (label: string) => {
    const id = uniqueSlug(label, used);
    tags[id] = { label: label.charAt(0).toUpperCase() + label.slice(1).replace(/-/g, ' '), aliases: [] };
    if (used.size % 3 === 0) tags[id].description = text.sentence();
  };
  for (const word of TAG_WORDS.slice(0, count)) add(word);
  while (used.size < count) add(text.topic());
  return tags;
}
