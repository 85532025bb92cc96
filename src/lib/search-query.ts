/**
 * How the search page reads a query and ranks what Pagefind finds for it. Pure: the browser
 * module (src/client/search.ts, through `runQuery` in search-run.ts) and the relevance test run
 * the same code against the same index.
 *
 * A query is split into phrases in quotes (which must occur exactly) and words. Stop words
 * ("hoe", "ik", "mijn", "how", "do") need not match; an expression of them (`weet niet wat ik
 * wil`) counts as the subject it asks about (search-vocabulary.ts). Each remaining word can be
 * matched in several ways, each one Pagefind search: as typed (Pagefind adds stemming and
 * prefixes), joined with one or two neighbours (`leer budget` → `leerbudget`) or with a verb
 * particle at the end of the query or before *te* (`vraag … aan`, `aan te vragen`), split into
 * the site's words when it is a compound the site does not use (`functieprofiel` → `functie
 * profiel`), corrected when it is a typo of a site word, by another word for the same thing when
 * the site does not use the word itself (`apply` → `aanvragen`, search-synonyms.ts), or by a
 * facet value it names (`english` → courses in English). A page ranks by how many of the words
 * it matches, then by Pagefind's score; pages that match every word as typed (alone or joined)
 * always come first among the pages that match every word.
 */
import { MAX_PHRASE, MAX_SYNONYMS } from './search-synonyms.ts';
import { isStopWord } from './search-stopwords.ts';
import { PARTICLES, tokens } from './search-words.ts';
import { expressions, facetValuesFor, type FacetValue, type QueryVocabulary } from './search-vocabulary.ts';

export {
  facetWords,
  queryVocabulary,
  type FacetValue,
  type FacetWords,
  type QueryVocabulary,
} from './search-vocabulary.ts';
import { commonSynonyms, diminutiveBase, isPersonQuestion, personVerb } from './search-forms.ts';

/** More words than this in a query are searched as typed, but not joined, split or corrected. */
export const MAX_WORDS = 8;
/** Pagefind searches one query may cause at most (all words together, each alternative, facets). */
export const MAX_SEARCHES = 24;

/** A synonym of at most this many letters is matched as a whole word (`Alternative.whole`). */
export const MAX_WHOLE = 5;

/** Where persons are, for a question that asks for one (`isPersonQuestion`). */
const PERSON: FacetValue = { facet: 'type', value: 'experts' };

/** One Pagefind search and the query words a page matches when this search finds it. */
export interface Alternative {
  term: string;
  covers: readonly number[];
  kind: 'word' | 'join' | 'particle' | 'split' | 'typo' | 'compound' | 'synonym';
  /**
   * Matched as a whole word only (a second, quoted search): a short synonym, which Pagefind
   * would also match as the start of longer words (`feed` in `feedback`).
   */
  whole?: boolean;
}

export interface QueryPlan {
  /** Quoted phrases, searched exactly; a result must contain every one. */
  phrases: string[];
  /** The words that count (stop words left out, unless the query has nothing else). */
  words: string[];
  /** All words together: Pagefind's own search for the query, the exact matches. */
  all: string;
  alternatives: Alternative[];
  facets: Array<FacetValue & { covers: number }>;
  /** The kind of page a question asks for: "wie …" / "who …" → a person. */
  hint?: FacetValue | undefined;
  /** The query is one quoted phrase and nothing else. */
  phraseOnly: boolean;
  /**
   * Words searched for an expression whose words say nothing alone (`weet niet wat ik wil` →
   * `loopbaan`, see `expressions`), to tell the reader what was searched.
   */
  added: string[];
}

interface Parsed {
  phrases: string[];
  /** Words outside quotes in order, with stop words. */
  loose: string[];
  /** Non-stop words inside quotes: they count for ranking but are never rewritten. */
  quoted: string[];
}

/** Splits a query into quoted phrases and loose words (an unclosed quote counts as text). */
export function parseQuery(query: string): Parsed {
  const phrases: string[] = [];
  const quoted: string[] = [];
  const rest = query.replace(/["“”„]([^"“”„]+)["“”„]/g, (_, phrase: string) => {
    const words = tokens(phrase);
    if (words.length) {
      phrases.push(words.join(' '));
      quoted.push(...words.filter((w) => !isStopWord(w)));
    }
    return ' ';
  });
  return { phrases, loose: tokens(rest.replace(/["“”„]/g, ' ')), quoted };
}

/** Which ways of matching a word to use: all by default; the relevance test measures each. */
export interface PlanOptions {
  joins?: boolean;
  particles?: boolean;
  splits?: boolean;
  typos?: boolean;
  compounds?: boolean;
  synonyms?: boolean;
  facets?: boolean;
  hint?: boolean;
}

/** Plans the Pagefind searches for a query. */
export function planQuery(query: string, vocab: QueryVocabulary, options: PlanOptions = {}): QueryPlan {
  const use = {
    joins: true,
    particles: true,
    splits: true,
    typos: true,
    compounds: true,
    synonyms: true,
    facets: true,
    hint: true,
    ...options,
  };
  const { phrases, loose, quoted } = parseQuery(query);
  const asksPerson = isPersonQuestion(query);
  const verb = asksPerson ? personVerb(loose) : undefined;
  // An expression (a form with stop words in a synonym group: `weet niet wat ik wil`, `op mijn
  // plek`) is read as its group's subject, in place of its words.
  const { added, used } = expressions(loose, vocab);
  const content = unique([...loose.filter((w, i) => !isStopWord(w) && w !== verb && !used.has(i)), ...added]);
  // A query of only stop words ("wie is wie") still searches for them.
  const looseWords = unique(content.length || quoted.length ? content : loose).slice(0, MAX_WORDS);
  const words = unique([...looseWords, ...quoted]);
  const alternatives: Alternative[] = [];
  const seen = new Set<string>();
  const add = (term: string, covers: number[], kind: Alternative['kind']) => {
    if (kind === 'join' && !use.joins) return;
    if (kind === 'particle' && !use.particles) return;
    if (kind === 'split' && !use.splits) return;
    if (kind === 'typo' && !use.typos) return;
    if (kind === 'compound' && !use.compounds) return;
    if (kind === 'synonym' && !use.synonyms) return;
    if (term && !seen.has(term)) {
      seen.add(term);
      const whole = kind === 'synonym' && !term.includes(' ') && term.length <= MAX_WHOLE;
      alternatives.push(whole ? { term, covers, kind, whole } : { term, covers, kind });
    }
  };
  words.forEach((w, i) => add(w, [i], 'word'));

  // Joined forms only count when the site uses them: Pagefind would otherwise match any word
  // that starts like the join (`beterluisteren` → `beter…`) as if both words matched.
  const known = (word: string) => vocab.lexicon.knows(word);
  // Two or three neighbours joined (`leer budget` → `leerbudget`, `twee staps verificatie` →
  // `tweestapsverificatie`), in the order they were typed.
  for (let i = 0; i + 1 < loose.length; i++) {
    for (const size of [2, 3]) {
      const parts = loose.slice(i, i + size);
      const covers = parts.map((w) => looseWords.indexOf(w));
      if (parts.length === size && covers.every((k) => k >= 0) && known(parts.join('')))
        add(parts.join(''), covers, 'join');
    }
  }
  // A verb particle at the end belongs to the verb, which comes early: `vraag … aan` → `aanvraag`.
  const last = loose.at(-1);
  if (last && PARTICLES.has(last) && looseWords.length) {
    looseWords.slice(0, 2).forEach((w, i) => known(last + w) && add(last + w, [i], 'particle'));
  }
  // Before *te* the particle stays with its verb: `op te zetten` → `opzetten`, `aan te vragen`.
  for (let i = 0; i + 2 < loose.length; i++) {
    const [particle, te, verb] = loose.slice(i, i + 3) as [string, string, string];
    const at = looseWords.indexOf(verb);
    if (te === 'te' && PARTICLES.has(particle) && at >= 0 && known(particle + verb))
      add(particle + verb, [at], 'particle');
  }
  // Words the site does not use: a compound of its words, or a typo of one.
  looseWords.forEach((w, i) => {
    if (vocab.lexicon.knows(w)) return;
    const parts = vocab.lexicon.split(w);
    const fixed = vocab.lexicon.correct(w);
    if (parts) {
      add(parts.join(' '), [i], 'split');
      for (const variant of vocab.lexicon.variants(parts)) add(variant, [i], 'split');
    } else if (!fixed) {
      // Only the start of the word is a site word: not when the whole word is a typo of one
      // (`privacyadvisuer` means `privacyadviseur`, not any page about privacy).
      const head = vocab.lexicon.head(w);
      if (head) add(head, [i], 'split');
    }
    const base = diminutiveBase(w, (form) => known(form) || vocab.synonyms.has(form));
    if (base && known(base)) add(base, [i], 'typo');
    if (fixed) add(fixed, [i], 'typo');
  });

  // Words that are the last part of site words: `budget` also finds `leerbudget`.
  looseWords.forEach((w, i) => {
    for (const compound of vocab.lexicon.compoundsWith(w)) add(compound, [i], 'compound');
  });

  // Other words for the same thing: `apply` → `aanvragen`; neighbours together too
  // (`plain language` → `begrijpelijk`). The built-in groups only for words the site does not
  // use: a word it uses finds its own pages, and the other forms of a common word (`training`,
  // `functie`) would add many pages that merely mention them, at the cost of large searches.
  const synonymsOf = (form: string) => {
    const unknown = form.includes(' ') || !vocab.lexicon.knows(form);
    const base = unknown ? diminutiveBase(form, (f) => vocab.synonyms.has(f)) : undefined;
    return unique([
      ...(vocab.ownSynonyms.get(form) ?? []),
      ...(unknown ? commonSynonyms(form, vocab.synonyms) : []),
      ...(base ? [base, ...commonSynonyms(base, vocab.synonyms)] : []),
    ])
      .filter((s) => s !== form)
      .slice(0, MAX_SYNONYMS);
  };
  looseWords.forEach((w, i) => synonymsOf(w).forEach((s) => add(s, [i], 'synonym')));
  // Two to five neighbours together, stop words included (`jip en janneke`, `op mijn plek`);
  // they cover the query words among them.
  for (let i = 0; i < loose.length; i++) {
    for (let size = 2; size <= MAX_PHRASE; size++) {
      const window = loose.slice(i, i + size);
      const own = unique(window.map((w) => looseWords.indexOf(w)).filter((k) => k >= 0));
      if (window.length < size || !own.length) continue;
      synonymsOf(window.join(' ')).forEach((s) => add(s, own, 'synonym'));
    }
  }

  const facets: QueryPlan['facets'] = [];
  looseWords.forEach((w, i) => {
    if (!use.facets) return;
    const known = vocab.lexicon.knows(w);
    const parts = known ? [] : (vocab.lexicon.split(w) ?? [vocab.lexicon.head(w) ?? '']);
    // Also through a synonym: `course` → `opleiding` → courses.
    const names = [w, ...parts.filter(Boolean), ...(use.synonyms ? synonymsOf(w) : [])];
    for (const name of names) {
      for (const fv of facetValuesFor(name, vocab.facetWords)) {
        if (!facets.some((f) => f.facet === fv.facet && f.value === fv.value && f.covers === i))
          facets.push({ ...fv, covers: i });
      }
    }
  });

  // Bounded: the exact search, the phrases and the facets come first.
  const room = Math.max(words.length, MAX_SEARCHES - 1 - phrases.length - facets.length);
  const hint = use.hint && asksPerson ? PERSON : undefined;
  return {
    phrases,
    words,
    all: words.join(' '),
    alternatives: withinSearches(alternatives, room),
    facets,
    hint,
    phraseOnly: phrases.length === 1 && !loose.length,
    added: added.filter((w) => words.includes(w)),
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** The first alternatives whose searches fit in `room` (a whole-word match takes two). */
function withinSearches(alternatives: readonly Alternative[], room: number): Alternative[] {
  const kept: Alternative[] = [];
  for (const alt of alternatives) {
    room -= alt.whole ? 2 : 1;
    if (room < 0) break;
    kept.push(alt);
  }
  return kept;
}
