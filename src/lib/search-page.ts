/**
 * What the search page hands to its browser module (as a JSON data block): where the index
 * is, how to rank, the UI strings it needs and the labels of facet values. The page fills it
 * at build time from `src/i18n/*.json` and the content; the browser only reads it.
 */
import type { Facet } from './search-facets.ts';
import type { FacetWords } from './search-query.ts';
import { SEARCH_RANKING } from './search-ranking.ts';
import type { SynonymTables } from './search-synonyms.ts';

/** UI strings the browser module uses (keys of `src/i18n/*.json`). */
export const CLIENT_STRINGS = [
  'search.loading',
  'search.cleared',
  'search.status.many',
  'search.status.one',
  'search.status.none',
  'search.status.manyFiltered',
  'search.status.oneFiltered',
  'search.status.noneFiltered',
  'search.shown',
  'search.missing',
  'search.corrected',
  'search.filters.all',
  'search.filters.showAll',
  'search.filters.showFewer',
  'search.facet.type',
  'search.facet.tag',
  'search.facet.competency',
  'search.facet.method',
  'search.facet.language',
  'search.facet.duration',
  'search.facet.department',
] as const;
export type ClientString = (typeof CLIENT_STRINGS)[number];

export interface SearchPageConfig {
  /** Address of the Pagefind bundle, under the base path: `/leren/pagefind/`. */
  bundle: string;
  /** JSON file (`SearchData`) with what grows with the content: labels of tags and competencies, the lexicon. */
  labelsUrl: string;
  /** Base path that result URLs are relative to: `/leren/`. */
  baseUrl: string;
  /** Page language, for number and date formats. */
  locale: string;
  /** Changes with every build, so browsers may cache the index metadata within one build. */
  metaCacheTag: string;
  /** Results rendered at once; "more" adds as many again. */
  pageSize: number;
  ranking: typeof SEARCH_RANKING;
  strings: Record<ClientString, string>;
  /**
   * Label per facet value id for the fixed vocabularies; tags and competencies come from
   * `labelsUrl`; department values are their own labels.
   */
  labels: Partial<Record<Facet, Record<string, string>>>;
  /** Facet values with a natural order (duration bands); others are ordered by count. */
  order: Partial<Record<Facet, string[]>>;
  /** Words in a query that name a facet value (`engels` → language `en`), in every site language. */
  facetWords: FacetWords;
}

/** The file at `labelsUrl`: labels of content-defined facet values and the site's lexicon. */
export interface SearchData {
  labels: Pick<SearchPageConfig['labels'], 'tag' | 'competency'>;
  /** The site's words, for splitting compounds and correcting typos (`search-words.ts`). */
  words: string[];
  /** Other forms of query words the site uses (`search-synonyms.ts`). */
  synonyms: SynonymTables;
}

/** Fills `{name}` placeholders, like the build-time `t()`: `fill('{n} van {m}', { n: 1, m: 2 })`. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Serialises the config for a `<script type="application/json">` block (no `</script>` can end it early). */
export function configJson(config: SearchPageConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}
