/**
 * The site's search vocabulary, computed once per build from the catalogue: the lexicon the
 * search page uses to split compounds and correct typos (served with the facet labels), and
 * the words that name facet values in every site language.
 */
import { dictionaries } from '../i18n/index.ts';
import { facetWords, type FacetWords } from '../lib/search-query.ts';
import { builtInGroups, synonymTable, type SynonymTables } from '../lib/search-synonyms.ts';
import { lexicon, Lexicon } from '../lib/search-words.ts';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { opleidingSchema } from '../schemas/opleidingen.ts';
import { METHODS } from '../schemas/vocab.ts';
import type { Catalog } from './catalog.ts';
import { site, vocabulary } from './site.ts';

const COURSE_LANGUAGES = opleidingSchema.shape.language.unwrap().options;

const lexicons = new WeakMap<Catalog, string[]>();

/**
 * The site's own words: titles, descriptions, tag labels and aliases, competency titles, the
 * roles and departments of experts and role profiles, and the facet labels in every language.
 */
export function searchLexicon(c: Catalog): string[] {
  let words = lexicons.get(c);
  if (!words) {
    const texts: string[] = [];
    for (const item of c.items) texts.push(item.title, item.description);
    for (const tag of Object.values(vocabulary)) texts.push(tag.label, ...tag.aliases);
    for (const e of c.entries.experts) texts.push(e.data.role, e.data.department);
    for (const e of c.entries.functies) texts.push(e.data.department);
    for (const { facet, value, labels } of facetValueLabels()) if (facet && value) texts.push(...labels);
    words = lexicon(texts);
    lexicons.set(c, words);
  }
  return words;
}

/** Labels of the fixed facet values (types, methods, course languages) in every site language. */
function facetValueLabels() {
  const all = Object.values(dictionaries);
  return [
    ...COLLECTION_NAMES.map((value) => ({
      facet: 'type' as const,
      value,
      labels: all.flatMap((d) => [d[`type.${value}`], d[`collection.${value}`]]),
    })),
    ...METHODS.map((value) => ({
      facet: 'method' as const,
      value,
      labels: all.map((d) => d[`method.${value}`]),
    })),
    ...COURSE_LANGUAGES.map((value) => ({
      facet: 'language' as const,
      value,
      labels: all.map((d) => d[`language.${value}`]),
    })),
  ];
}

/** Words in a query that name a facet value: `engels`/`english` → courses in English. */
export const searchFacetWords = (): FacetWords => facetWords(facetValueLabels());

/**
 * Synonyms for the search page: the built-in groups and the site's own (`synonyms:` in
 * site.yaml), kept to the forms the site's lexicon knows (see `synonymTable`).
 */
export function searchSynonyms(c: Catalog): SynonymTables {
  return {
    common: synonymTable(builtInGroups(), new Lexicon(searchLexicon(c))),
    own: synonymTable(site.synonyms),
  };
}
