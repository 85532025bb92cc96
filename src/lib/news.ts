/**
 * What counts as news, for the feeds and the newsletter alike: blog posts and learning stories
 * from their `publishedAt`, courses from the `publishedAt` that says when they joined the
 * catalogue (a course without one is never announced). One rule, so a feed and a newsletter
 * of the same days list the same entries.
 */
import type { CollectionName } from '../schemas/index.ts';

/** Collections whose new entries are announced, in the order a newsletter shows them. */
export const NEWS_COLLECTIONS = ['blog', 'leerverhalen', 'opleidingen'] as const;
export type NewsCollection = (typeof NEWS_COLLECTIONS)[number];

export const isNewsCollection = (collection: string): collection is NewsCollection =>
  (NEWS_COLLECTIONS as readonly string[]).includes(collection);

/** The day an entry counts as new, or undefined when it is never announced. */
export function newsDate(collection: CollectionName, data: { publishedAt?: unknown }): Date | undefined {
  return isNewsCollection(collection) && data.publishedAt instanceof Date ? data.publishedAt : undefined;
}

/** An inline author, for a colleague without an expert profile. */
interface InlinePerson {
  name: string;
}

/**
 * The names of the people who wrote an entry: the authors of a blog post, the author of a
 * story (an expert, or a colleague named inline). `expertName` gives the name of a published
 * expert; anyone else is left out. Courses have no author.
 */
export function authorNames(
  collection: CollectionName,
  data: object,
  expertName: (id: string) => string | undefined,
): string[] {
  const { authors, author } = data as { authors?: unknown[]; author?: unknown };
  const named = (person: unknown) =>
    typeof person === 'string' ? expertName(person) : (person as InlinePerson | undefined)?.name;
  const people = collection === 'blog' ? authors : collection === 'leerverhalen' ? [author] : [];
  return (people ?? []).map(named).filter((name): name is string => Boolean(name));
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Newest first; on the same day by title. */
export function newestFirst(a: { date: Date; title: string }, b: { date: Date; title: string }): number {
  return b.date.getTime() - a.date.getTime() || collator.compare(a.title, b.title);
}
