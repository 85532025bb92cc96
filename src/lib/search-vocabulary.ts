/**
 * What query planning (search-query.ts) knows about the site: its lexicon, the words that name
 * facet values (`engels` → courses in English), its synonyms and the expressions among them
 * (`weet niet wat ik wil` → `loopbaan`). Pure; built from the search page's data.
 */
import type { Facet } from './search-facets.ts';
import { MAX_PHRASE, type SynonymTables } from './search-synonyms.ts';
import { isStopWord } from './search-stopwords.ts';
import { Lexicon, tokens } from './search-words.ts';

/** A facet value a word names: `engels` → language `en`. */
export interface FacetValue {
  facet: Facet;
  value: string;
}

/** What planning needs from the site: its lexicon and the words that name facet values. */
export interface QueryVocabulary {
  lexicon: Lexicon;
  /** Normalised label (in every site language) → the facet values it names. */
  facetWords: ReadonlyMap<string, readonly FacetValue[]>;
  /**
   * Normalised word or phrase (up to five words) → other forms of it the site uses
   * (`synonymTable`): the built-in groups, for words the site does not use itself…
   */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** …and the site's own groups (`synonyms:` in site.yaml), for every word. */
  ownSynonyms: ReadonlyMap<string, readonly string[]>;
}

/** Looks a word up among the facet words, also as an inflected or derived form (`engelstalige`). */
export function facetValuesFor(
  word: string,
  facetWords: QueryVocabulary['facetWords'],
): readonly FacetValue[] {
  const exact = facetWords.get(word);
  if (exact) return exact;
  for (const [label, values] of facetWords) {
    if (label.length >= 4 && word.startsWith(label) && word.length - label.length <= 6) return values;
  }
  return [];
}

/** Facet words in a serialisable form (the search page's config): label → facet values. */
export type FacetWords = Record<string, FacetValue[]>;

/**
 * The words that name facet values: each one-word label (in every site language) of a value,
 * normalised. `[{ facet: 'language', value: 'en', labels: ['Engels', 'English'] }]` →
 * `{ engels: [language en], english: [language en] }`. Labels of several words are left out.
 */
export function facetWords(values: Iterable<FacetValue & { labels: readonly string[] }>): FacetWords {
  const words: FacetWords = {};
  for (const { facet, value, labels } of values) {
    for (const label of labels) {
      const t = tokens(label);
      if (t.length !== 1 || isStopWord(t[0]!)) continue;
      const list = (words[t[0]!] ??= []);
      if (!list.some((v) => v.facet === facet && v.value === value)) list.push({ facet, value });
    }
  }
  return words;
}

/** The planning vocabulary from the site's lexicon words, facet words and synonyms. */
export const queryVocabulary = (
  lexiconWords: readonly string[],
  words: FacetWords,
  synonyms: SynonymTables = { common: {}, own: {} },
): QueryVocabulary => ({
  lexicon: new Lexicon(lexiconWords),
  facetWords: new Map(Object.entries(words)),
  synonyms: new Map(Object.entries(synonyms.common)),
  ownSynonyms: new Map(Object.entries(synonyms.own)),
});

/**
 * Expressions in a query: forms of a synonym group (the site's or the built-in) with stop words
 * in them, each read as its group's subject (`ik weet niet meer wat ik wil`, `of het nog bij
 * me past` → `loopbaan`). Word by word they say nothing about it. Returns the subjects and the
 * positions of the words they stand for.
 */
export function expressions(
  loose: readonly string[],
  vocab: QueryVocabulary,
): { added: string[]; used: Set<number> } {
  const added: string[] = [];
  const used = new Set<number>();
  for (let i = 0; i < loose.length; i++) {
    for (let size = MAX_PHRASE; size >= 2; size--) {
      const window = loose.slice(i, i + size);
      if (window.length < size || !window.some(isStopWord)) continue;
      const key = window.join(' ');
      const subject = (vocab.ownSynonyms.get(key) ?? vocab.synonyms.get(key))?.[0];
      if (!subject) continue;
      added.push(subject);
      for (let k = i; k < i + size; k++) used.add(k);
      break;
    }
  }
  return { added: [...new Set(added)], used };
}
