/** What the list pages show per collection: the cards, their detail line and their group heading. */
import type { CollectionName } from '../schemas/index.ts';
import { catalog, type Catalog, type Entry } from '../data/catalog.ts';
import { now, site, tagLabel, vocabulary } from '../data/site.ts';
import type { ListEntry } from '../components/EntryList.astro';
import { t } from '../i18n/index.ts';
import { courseFacts } from '../lib/course-facts.ts';
import { nextStart } from '../lib/course-offer.ts';
import { courseDetail as withNextStart } from '../lib/course-finder.ts';
import { dayNumber } from '../lib/days.ts';

/** Entries per list page: enough to scan, small enough that no page grows with the site. */
export const PAGE_SIZE = 30;

export type ListCollection = Exclude<CollectionName, 'paginas'>;

const lang = site.defaultLocale;

/** Start days of a course's runs, ascending and without repeats (the course finder's data). */
export const runStarts = (e: Entry<'opleidingen'>): number[] =>
  [...new Set(e.data.runs.map((r) => dayNumber(r.start)))].sort((a, b) => a - b);

/** The card line: facts and the next start as of this build (the finder redoes it with the reader's today). */
function courseDetail(e: Entry<'opleidingen'>): string {
  const next = nextStart(runStarts(e), dayNumber(now));
  return withNextStart(
    courseFacts(e.data, lang),
    next,
    (date) => t(lang, 'finder.course.nextStart', { date }),
    lang,
  );
}

function storyDetail(c: Catalog, e: Entry<'leerverhalen'>): string | undefined {
  const author = e.data.author;
  if (typeof author !== 'string') return [author.name, author.department].filter(Boolean).join(', ');
  return c.experts.get(author)?.data.name;
}

/** "Informatieanalist · Werken met data, Excel, Data": who they are and what to ask them about. */
export function expertDetail(c: Catalog, e: Entry<'experts'>): string {
  const topics = e.data.expertise
    .slice(0, 3)
    .map((x) => c.competencies.get(x)?.data.title ?? (x in vocabulary ? tagLabel(x) : undefined))
    .filter(Boolean);
  return [e.data.role, topics.join(', ')].filter(Boolean).join(' · ');
}

/** The cards of one collection's list page, in list order. */
export async function listEntries(collection: ListCollection): Promise<ListEntry[]> {
  const c = await catalog();
  const item = (id: string) => c.item.get(id)!;
  switch (collection) {
    case 'opleidingen':
      return c.entries.opleidingen.map((e) => ({ item: item(e.id), detail: courseDetail(e) }));
    case 'leerverhalen':
      return c.entries.leerverhalen.map((e) => ({ item: item(e.id), detail: storyDetail(c, e) }));
    case 'experts':
      return c.entries.experts.map((e) => ({
        item: item(e.id),
        detail: expertDetail(c, e),
        group: e.data.department,
      }));
    case 'competenties':
      return c.entries.competenties.map((e) => ({ item: item(e.id), group: e.data.group }));
    case 'functies':
      return c.entries.functies.map((e) => ({ item: item(e.id), group: e.data.department }));
    default:
      return c.entries.blog.map((e) => ({ item: item(e.id) }));
  }
}
