/**
 * What the search index knows about an entry besides its text: the facets (Pagefind filters),
 * the sort date and the tuning text that makes titles, tags, competencies and descriptions
 * weigh more than body text. Pure: `SearchMeta.astro` renders the result, the search page and
 * the relevance test read the same definitions.
 */
import type { CollectionName, Reference } from '../schemas/index.ts';
import type { TagVocabulary } from '../schemas/tags.ts';
import { studyLoadBand } from './study-load.ts';

/** Facet keys, in the order the search page shows them. Also the URL parameter names. */
export const FACETS = ['type', 'tag', 'competency', 'method', 'language', 'duration', 'department'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Facets an entry can have several values of (tags, competencies). The search page lets people
 * tick several and narrows to entries that have all of them; the other facets hold one value
 * per entry, so choosing one replaces the previous choice.
 */
export const MULTI_VALUE_FACETS: readonly Facet[] = ['tag', 'competency'];

/**
 * Marks the hidden element that carries the tuning metadata, so the relevance test can index
 * the same pages without it (Pagefind's defaults) and compare.
 */
export const TUNING_ATTRIBUTE = 'data-search-tuning';

/** Removes combining marks, as Pagefind does when it folds diacritics (`casuïstiek` → `casuistiek`). */
export const foldMarks = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Letters that have no decomposition, so mark folding leaves them as they are. */
const PLAIN_LETTERS: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

/** Folds marks and special letters to plain ASCII letters where they have an obvious one: `Yılmaz` → `Yilmaz`. */
export const foldLetters = (text: string): string =>
  foldMarks(text).replace(/[ıİøØæÆœŒßłŁđĐðþħ]/g, (c) => PLAIN_LETTERS[c]!);

/** Names the facet builder needs from the rest of the content. */
export interface SearchVocabulary {
  tags: TagVocabulary;
  /** Title of a competency by id; undefined when unknown (the checker already refused that). */
  competencyTitle: (id: string) => string | undefined;
}

/** The index data for one entry page. */
export interface SearchFields {
  /** Pagefind filters as [facet, value] pairs; values are ids, labelled by the search page. */
  filters: Array<[Facet, string]>;
  /** ISO date (yyyy-mm-dd) for sorting and showing, for entries that have one. */
  date?: string;
  /**
   * Searchable metadata that is not shown but weighs more than body text (see `SEARCH_RANKING`):
   * `tags` holds each tag's label and its aliases (the synonym vocabulary of `content/tags.yaml`),
   * `competencies` the competency titles, `description` the entry's description, and
   * `spelling` the title spelled with plain letters where Pagefind's own diacritic folding
   * keeps a special one (`Yılmaz` → `Yilmaz`), so people find names as they type them;
   * `role` an expert's job title and department, which say what a person is as a title does;
   * `links` the titles of the entries it names or that name it (a story's course, the course's
   * stories), as a web search indexes the text of the links to a page.
   */
  boost: {
    tags: string;
    competencies: string;
    description: string;
    spelling: string;
    role: string;
    links: string;
  };
}

/**
 * An entry as the catalogue summarises it (`Item` in `src/data/catalog.ts`: tags and competency
 * ids already split out of an expert's expertise) plus its validated data for the course fields.
 */
export interface SearchEntry {
  collection: CollectionName;
  title: string;
  /**
   * Words that name what kind of entry this is, in the site language: its type label
   * ("Opleiding") and learning-method label ("Intervisie"). A tag with the same label lends them
   * its aliases, so `cursus` finds every course and `collegiale consultatie` every intervision.
   */
  kinds?: readonly string[];
  tags: readonly string[];
  competencies: readonly string[];
  /** Titles of the entries it names or that name it (`linked` in src/data/catalog.ts). */
  links?: readonly string[];
  description: string;
  date?: Date | undefined;
  data: Readonly<Record<string, unknown>>;
}

const isoDate = (value: Date | undefined): string | undefined =>
  value && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : undefined;
const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Tags by lower-case label, built once per vocabulary (it is asked for on every page). */
const tagsByLabel = new WeakMap<TagVocabulary, Map<string, TagVocabulary[string]>>();
function tagByLabel(tags: TagVocabulary): Map<string, TagVocabulary[string]> {
  let map = tagsByLabel.get(tags);
  if (!map) {
    map = new Map(Object.values(tags).map((tag) => [tag.label.toLocaleLowerCase('nl'), tag]));
    tagsByLabel.set(tags, map);
  }
  return map;
}

/**
 * Titles of linked entries indexed with a page at most: an adviser who is the contact for 200
 * courses should not match every word of their titles (what the page names itself comes first).
 */
export const MAX_LINKS = 30;

/** Facets, sort date and boost text for one entry. */
export function searchFields(entry: SearchEntry, vocab: SearchVocabulary): SearchFields {
  const { collection, data } = entry;
  const tagIds = unique([...entry.tags]);
  const competencyIds = unique([...entry.competencies]);

  const filters: Array<[Facet, string]> = [['type', collection]];
  for (const tag of tagIds) filters.push(['tag', tag]);
  for (const id of competencyIds) filters.push(['competency', id]);
  if (typeof data.method === 'string') filters.push(['method', data.method]);
  if (collection === 'opleidingen') {
    if (typeof data.language === 'string') filters.push(['language', data.language]);
    if (typeof data.durationHours === 'number') filters.push(['duration', studyLoadBand(data.durationHours)]);
  }
  if (typeof data.department === 'string') filters.push(['department', data.department]);

  const byLabel = tagByLabel(vocab.tags);
  const kindTags = (entry.kinds ?? []).flatMap((kind) => byLabel.get(kind.toLocaleLowerCase('nl')) ?? []);
  const tagWords = [...tagIds.flatMap((id) => vocab.tags[id] ?? []), ...kindTags].flatMap((tag) => [
    tag.label,
    ...tag.aliases,
  ]);
  const spelling = foldLetters(entry.title);
  const competencyWords = [...competencyIds].map((id) => vocab.competencyTitle(id) ?? '').filter(Boolean);
  const date = isoDate(entry.date);

  return {
    filters,
    ...(date ? { date } : {}),
    boost: {
      tags: unique(tagWords).join(', '),
      competencies: unique(competencyWords).join(', '),
      description: entry.description,
      spelling: spelling === foldMarks(entry.title) ? '' : spelling,
      links: unique([...(entry.links ?? [])])
        .slice(0, MAX_LINKS)
        .join(', '),
      role:
        collection === 'experts'
          ? [data.role, data.department].filter((v) => typeof v === 'string').join(', ')
          : '',
    },
  };
}

/**
 * Whether search indexes the title of an entry a reference names with the entry that names it,
 * and the other way round (`links`). Not tags, expertise and competencies: search has fields of
 * their own for those, and a competency page would otherwise match every course that develops
 * it. Not `owner` either, which only says who keeps a page current.
 */
export function indexedLink(ref: Reference, from: CollectionName, to: CollectionName): boolean {
  const subject = ref.to !== 'any' && (ref.to.includes('tags') || ref.to.includes('competenties'));
  return !subject && ref.field !== 'owner' && from !== 'competenties' && to !== 'competenties';
}
