/**
 * Builds the search page's configuration at build time: index address under the base path,
 * ranking, the UI strings of the page language and the labels of facet values.
 */
import type { Catalog } from '../data/catalog.ts';
import { searchFacetWords } from '../data/search.ts';
import { url, vocabulary } from '../data/site.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../schemas/fields.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { METHODS } from '../schemas/vocab.ts';
import { opleidingSchema } from '../schemas/opleidingen.ts';
import { STUDY_LOAD_IDS } from '../lib/study-load.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/routes.ts';
import { CLIENT_STRINGS, type SearchPageConfig } from '../lib/search-page.ts';
import { SEARCH_RANKING } from '../lib/search-ranking.ts';

const COURSE_LANGUAGES = opleidingSchema.shape.language.unwrap().options;

/** Where the labels of content-defined facet values are served (see `zoeken/labels.json.ts`). */
export const LABELS_PATH = 'zoeken/labels.json';

/**
 * Labels of facet values that come from the content (tags, competencies): they grow with the
 * site, so they are a file the search page fetches when it starts searching, not page weight.
 */
export function contentLabels(c: Catalog): Pick<SearchPageConfig['labels'], 'tag' | 'competency'> {
  return {
    tag: Object.fromEntries(Object.entries(vocabulary).map(([id, tag]) => [id, tag.label])),
    competency: Object.fromEntries([...c.competencies].map(([id, e]) => [id, e.data.title])),
  };
}

/** The search page's configuration: fixed vocabularies are labelled here, in the page language. */
export function searchPageConfig(lang: Locale, buildId: string): SearchPageConfig {
  const map = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    Object.fromEntries(values.map((v) => [v, label(v)]));
  return {
    bundle: url(`${SEARCH_INDEX_FOLDER}/`),
    labelsUrl: url(LABELS_PATH),
    baseUrl: url(),
    locale: lang,
    metaCacheTag: buildId,
    pageSize: 10,
    ranking: SEARCH_RANKING,
    strings: map(CLIENT_STRINGS, (key) => t(lang, key)) as SearchPageConfig['strings'],
    labels: {
      type: map(COLLECTION_NAMES, (name) => t(lang, `type.${name}`)),
      method: map(METHODS, (m) => t(lang, `method.${m}`)),
      language: map(COURSE_LANGUAGES, (l) => t(lang, `language.${l}`)),
      duration: map(STUDY_LOAD_IDS, (id) => t(lang, `studyLoad.${id}`)),
    },
    order: { duration: [...STUDY_LOAD_IDS] },
    facetWords: searchFacetWords(),
  };
}
