/**
 * All published content, loaded once per build and indexed for the pages: entries per
 * collection (sorted as their list pages show them), one summary `Item` per entry, and the
 * relations between them (who wrote what, which courses teach a competency, growth paths).
 * Everything is built in one linear pass, so 10,000 entries cost milliseconds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, collections, type CollectionName } from '../schemas/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { compareRuns, runKey, runStatus, type Run } from '../lib/course-runs.ts';
import { isPublished, previewsUnpublished, unpublishedReason, type Unpublished } from '../lib/publication.ts';
import { relatedEntries, type RelatedItem } from '../lib/related.ts';
import { indexedLink } from '../lib/search-facets.ts';
import { entryUrl, now, runCalendarUrl } from './site.ts';
import { collator, inListOrder, type Loaded } from './catalog-order.ts';

export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;

/** What lists, tag pages, "Lees ook" and search metadata need to know about any entry. */
export interface Item extends RelatedItem {
  collection: CollectionName;
  id: string;
  title: string;
  description: string;
  lang: Locale;
  tags: string[];
  competencies: string[];
  related: string[];
  /** Publication date, where the collection has one. */
  date?: Date | undefined;
  href: string;
}

/** A run that has yet to start, with its course: for the agenda, "starting soon" and calendar files. */
export interface UpcomingRun {
  course: Item;
  run: Run;
  /** The run's key within its course (its id or start date): names its calendar file. */
  key: string;
  /** Its calendar file (.ics). */
  calendar: string;
}

export interface Catalog {
  entries: { [C in CollectionName]: Entry<C>[] };
  items: Item[];
  item: Map<string, Item>;
  /** Id → the published entry itself (its full data). */
  entry: Map<string, Entry>;
  experts: Map<string, Entry<'experts'>>;
  competencies: Map<string, Entry<'competenties'>>;
  /** Tag → entries with that tag, newest first. */
  byTag: Map<string, Item[]>;
  /** Expert id → blog posts and learning stories they wrote. */
  writtenBy: Map<string, Item[]>;
  /** Expert id → courses they are the contact person for. */
  contactFor: Map<string, Item[]>;
  /** Expert id → entries they keep current (`owner`). */
  maintainedBy: Map<string, Item[]>;
  /** Competency id → courses that develop it. */
  coursesFor: Map<string, Item[]>;
  /** Competency id → learning stories about it. */
  storiesAbout: Map<string, Item[]>;
  /** Competency or tag id → experts who list it as expertise. */
  expertsIn: Map<string, Item[]>;
  /** Competency id → roles that need it, with the level. */
  rolesNeeding: Map<string, { role: Item; level: number }[]>;
  /** Course id → learning stories about it. */
  storiesOfCourse: Map<string, Item[]>;
  /** Role id → roles whose growth path leads to it. */
  rolesLeadingTo: Map<string, Item[]>;
  /**
   * Id → published entries it names in its data or that name it: courses of a story, related
   * entries, authors, contact persons, next roles (see `indexedLink`). Search indexes their
   * titles with the entry, as a web search indexes the text of the links to a page.
   */
  linked: Map<string, Item[]>;
  /** Runs starting today or later, soonest first. */
  upcomingRuns: UpcomingRun[];
  /** Course id → its first upcoming run. */
  nextRunOf: Map<string, UpcomingRun>;
  /**
   * `npm run dev` only: entries that will not appear (drafts, planned for later, no consent),
   * so that an editor can preview them. Each gets its page with a banner saying why, and stays
   * out of every list, tag page, "Lees ook" and search. Empty in a build.
   */
  previews: Map<string, Preview>;
}

/** An entry shown only in `npm run dev`, with the reason it is not published. */
export interface Preview {
  entry: Entry;
  item: Item;
  why: Unpublished;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function published<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
  return (await getCollection(collection, (e) => isPublished(collection, e.data, now))) as Entry<C>[];
}

/** Competency ids and tags an entry is about; for experts, expertise split into the two. */
function subjects(
  entry: Entry,
  competencyIds: ReadonlySet<string>,
): { tags: string[]; competencies: string[] } {
  switch (entry.collection) {
    case 'leerverhalen':
    case 'opleidingen':
      return { tags: entry.data.tags, competencies: entry.data.competencies };
    case 'functies':
      return { tags: entry.data.tags, competencies: entry.data.competencies.map((c) => c.competency) };
    case 'competenties':
      return { tags: entry.data.tags, competencies: [entry.id] };
    case 'experts':
      return {
        tags: [
          ...new Set([...entry.data.tags, ...entry.data.expertise.filter((x) => !competencyIds.has(x))]),
        ],
        competencies: entry.data.expertise.filter((x) => competencyIds.has(x)),
      };
    default:
      return { tags: entry.data.tags, competencies: [] };
  }
}

function toItem(entry: Entry, competencyIds: ReadonlySet<string>): Item {
  const data = entry.data;
  return {
    collection: entry.collection,
    id: entry.id,
    title:
      entry.collection === 'experts'
        ? (data as Entry<'experts'>['data']).name
        : (data as { title: string }).title,
    description: data.description,
    lang: data.lang,
    ...subjects(entry, competencyIds),
    related: 'related' in data ? data.related : [],
    // A course's publishedAt only says when it joined the catalogue: on a card it would read as a run date.
    date:
      entry.collection === 'blog' || entry.collection === 'leerverhalen' ? entry.data.publishedAt : undefined,
    href: entryUrl(entry.collection, entry.id),
    // People are shown by name where they belong, never suggested as reading.
    suggest: entry.collection !== 'experts',
  };
}

async function load(): Promise<Catalog> {
  const [blog, leerverhalen, opleidingen, experts, competenties, functies, instrumenten, paginas] =
    await Promise.all(COLLECTION_NAMES.map((c) => published(c)));
  const entries = inListOrder({
    blog,
    leerverhalen,
    opleidingen,
    experts,
    competenties,
    functies,
    instrumenten,
    paginas,
  } as Loaded);

  const competencyIds = new Set(entries.competenties.map((e) => e.id));
  const all: Entry[] = COLLECTION_NAMES.flatMap((c) => entries[c] as Entry[]);
  const items = all.map((e) => toItem(e, competencyIds));
  const item = new Map(items.map((i) => [i.id, i]));
  const catalog: Catalog = {
    entries,
    items,
    item,
    entry: new Map(all.map((e) => [e.id, e])),
    experts: new Map(entries.experts.map((e) => [e.id, e])),
    competencies: new Map(entries.competenties.map((e) => [e.id, e])),
    byTag: new Map(),
    writtenBy: new Map(),
    contactFor: new Map(),
    maintainedBy: new Map(),
    coursesFor: new Map(),
    storiesAbout: new Map(),
    expertsIn: new Map(),
    rolesNeeding: new Map(),
    storiesOfCourse: new Map(),
    rolesLeadingTo: new Map(),
    linked: new Map(),
    upcomingRuns: [],
    previews: new Map(),
    nextRunOf: new Map(),
  };
  // Only the dev server previews (set from Astro's command, not Vite's DEV, which an inherited
  // environment variable can turn on in a build): a build never renders these pages.
  if (previewsUnpublished()) {
    for (const collection of COLLECTION_NAMES) {
      for (const entry of await getCollection(collection, (e) => !isPublished(collection, e.data, now))) {
        const why = unpublishedReason(collection, entry.data, now)!;
        catalog.previews.set(entry.id, {
          entry: entry as Entry,
          item: toItem(entry as Entry, competencyIds),
          why,
        });
      }
    }
  }

  const datedFirst = [...items].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
  for (const i of datedFirst) for (const tag of new Set(i.tags)) push(catalog.byTag, tag, i);

  // What an entry names itself first, then what names it.
  const linkedFrom = new Map<string, Item[]>();
  for (const entry of all) {
    const self = item.get(entry.id)!;
    for (const ref of collections[entry.collection].references(entry.data)) {
      const other = item.get(ref.id);
      if (other && other !== self && indexedLink(ref, self.collection, other.collection)) {
        push(catalog.linked, entry.id, other);
        push(linkedFrom, other.id, self);
      }
    }
    if (entry.data.owner) push(catalog.maintainedBy, entry.data.owner, self);
    switch (entry.collection) {
      case 'blog':
        for (const a of entry.data.authors) push(catalog.writtenBy, a, self);
        break;
      case 'leerverhalen':
        if (typeof entry.data.author === 'string') push(catalog.writtenBy, entry.data.author, self);
        for (const c of entry.data.competencies) push(catalog.storiesAbout, c, self);
        for (const c of entry.data.courses) push(catalog.storiesOfCourse, c, self);
        break;
      case 'opleidingen':
        if (entry.data.contact) push(catalog.contactFor, entry.data.contact, self);
        for (const c of entry.data.competencies) push(catalog.coursesFor, c, self);
        for (const run of entry.data.runs) {
          if (runStatus(run, now) !== 'upcoming') continue;
          const key = runKey(run);
          catalog.upcomingRuns.push({ course: self, run, key, calendar: runCalendarUrl(entry.id, key) });
        }
        break;
      case 'experts':
        for (const x of entry.data.expertise) push(catalog.expertsIn, x, self);
        break;
      case 'functies':
        for (const c of entry.data.competencies)
          push(catalog.rolesNeeding, c.competency, { role: self, level: c.level });
        for (const next of entry.data.nextRoles) push(catalog.rolesLeadingTo, next, self);
        break;
    }
  }
  for (const [id, from] of linkedFrom) for (const i of from) push(catalog.linked, id, i);
  catalog.upcomingRuns.sort(
    (a, b) => compareRuns(a.run, b.run) || collator.compare(a.course.title, b.course.title),
  );
  for (const upcoming of catalog.upcomingRuns)
    if (!catalog.nextRunOf.has(upcoming.course.id)) catalog.nextRunOf.set(upcoming.course.id, upcoming);
  return catalog;
}

let loaded: Promise<Catalog> | undefined;

/** The published content of this build, loaded and indexed on first use. */
export function catalog(): Promise<Catalog> {
  loaded ??= load();
  return loaded;
}

/** The entries of a collection that get a page: the published ones, and in `npm run dev` the previews. */
export function pageEntries<C extends CollectionName>(c: Catalog, collection: C): Entry<C>[] {
  const previews = [...c.previews.values()].filter((p) => p.entry.collection === collection);
  return [...c.entries[collection], ...previews.map((p) => p.entry as Entry<C>)];
}

/** "Lees ook" for an entry: manual `related` first, then by shared tags and competencies. */
export function related(c: Catalog, id: string, max = 5): Item[] {
  const self = c.item.get(id) ?? c.previews.get(id)?.item;
  return self ? relatedEntries(self, c.items, max) : [];
}

/** A published expert, or `undefined` (not published people are never named or linked). */
export function publishedExpert(c: Catalog, id: string | undefined): Item | undefined {
  const i = id ? c.item.get(id) : undefined;
  return i?.collection === 'experts' ? i : undefined;
}

/** Items for ids, skipping any that are not published (or not in `collection`). */
export function itemsFor(c: Catalog, ids: readonly string[], collection?: CollectionName): Item[] {
  return ids.flatMap((id) => {
    const i = c.item.get(id);
    return i && (!collection || i.collection === collection) ? [i] : [];
  });
}
