/**
 * The order each collection's list page shows its entries in: posts and stories newest first,
 * courses and tools by title, people and roles by department, competencies by group, pages by
 * their `order`. Titles and names compare as Dutch readers expect (case, accents and numbers).
 */
import type { CollectionName } from '../schemas/index.ts';
import type { Catalog, Entry } from './catalog.ts';

export const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

const byText =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    collator.compare(key(a), key(b));

function newestFirst<T extends { data: { publishedAt: Date; title: string } }>(a: T, b: T): number {
  return (
    b.data.publishedAt.getTime() - a.data.publishedAt.getTime() ||
    collator.compare(a.data.title, b.data.title)
  );
}

/** The published entries of every collection, as loaded. */
export type Loaded = { [C in CollectionName]: Entry<C>[] };

/** Sorts each collection's entries (in place) into the order of its list page. */
export function inListOrder(loaded: Loaded): Catalog['entries'] {
  return {
    blog: loaded.blog.sort(newestFirst),
    leerverhalen: loaded.leerverhalen.sort(newestFirst),
    opleidingen: loaded.opleidingen.sort(byText((e) => e.data.title)),
    experts: loaded.experts.sort(
      (a, b) =>
        collator.compare(a.data.department, b.data.department) || collator.compare(a.data.name, b.data.name),
    ),
    competenties: loaded.competenties.sort(
      (a, b) => collator.compare(a.data.group, b.data.group) || collator.compare(a.data.title, b.data.title),
    ),
    functies: loaded.functies.sort(
      (a, b) =>
        collator.compare(a.data.department, b.data.department) ||
        collator.compare(a.data.title, b.data.title),
    ),
    instrumenten: loaded.instrumenten.sort(byText((e) => e.data.title)),
    paginas: loaded.paginas.sort(
      (a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title),
    ),
  };
}
