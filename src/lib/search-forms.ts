/**
 * Other forms of the words of a query, for planning (search-query.ts): the verb of a question
 * for a person, the word a diminutive is made of, the built-in synonyms of a derived form.
 * Pure, like the planning.
 */
import { isStopWord } from './search-stopwords.ts';

/** Question words that ask for a person, when they begin the query or a clause. */
const PERSON_QUESTION: ReadonlySet<string> = new Set(['wie', 'wiens', 'who', 'whom']);
/** Prepositions a question word may follow: *bij wie*, *met wie*, *to whom*. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'bij',
  'met',
  'aan',
  'naar',
  'voor',
  'van',
  'tot',
  'to',
  'with',
  'for',
  'from',
]);
/** Words that ask for a person anywhere: *ik zoek iemand die …*. */
const SOMEONE: ReadonlySet<string> = new Set(['iemand', 'someone', 'somebody']);
/** A colleague followed by a relative pronoun asks for a person too: *een collega die …*. */
const COLLEAGUE = /(?:^|[^\p{L}])(?:collega'?s?|colleagues?) (?:die|who|that)(?![\p{L}])/u;

/**
 * Whether a query asks for a person: *wie …* or *bij wie …* at its start or after a comma or
 * full stop (*net leidinggevende geworden, wie kan mij begeleiden*), or *iemand die …* or
 * *een collega die …* anywhere. Not a *wie* inside a sentence: *engels leren voor mijn werk
 * wie betaalt dat* asks who pays. Only then does the verb of the question need not match
 * (`personVerb`).
 */
export function isPersonQuestion(query: string): boolean {
  const words = query.toLocaleLowerCase('nl');
  const asks = (clause: string) => {
    const [first = '', second = ''] = clause.trim().split(/\s+/);
    return PERSON_QUESTION.has(first) || (PREPOSITIONS.has(first) && PERSON_QUESTION.has(second));
  };
  return (
    words.split(/[,.;:!?]/).some(asks) ||
    words.split(/[^\p{L}]+/u).some((w) => SOMEONE.has(w)) ||
    COLLEAGUE.test(words.replace(/’/g, "'").replace(/\s+/g, ' '))
  );
}

/** Dutch modal verbs: after them the main verb stands last ("wie kan mijn brief meelezen"). */
const MODALS: ReadonlySet<string> = new Set([
  'kan',
  'kun',
  'kunnen',
  'wil',
  'wilt',
  'mag',
  'moet',
  'zal',
  'zou',
]);

/**
 * The verb of a question for a person: "wie **maakt** dashboards", "wie kan me **helpen** met
 * excel", "wie kan mijn brief **meelezen**", "who **teaches** excel". It says what the person
 * does, the words after it what about; an expert's page seldom uses the same verb, so it need
 * not match. The first word after the question word that is no stop word, when it looks like a
 * verb (Dutch: ends in -t or -en; English: in -s) and other words follow. After a Dutch modal
 * verb ("wie kan …") the verb may also stand last, as an infinitive.
 */
export function personVerb(loose: readonly string[]): string | undefined {
  const start = loose.findIndex((w) => PERSON_QUESTION.has(w) || SOMEONE.has(w));
  if (start < 0) return undefined;
  const after = loose.slice(start + 1);
  const rest = after.filter((w) => !isStopWord(w));
  const [first] = rest;
  if (!first || rest.length < 2) return undefined;
  const english = ['who', 'whom', 'someone', 'somebody'].includes(loose[start]!);
  if ((english ? /s$/ : /(?:t|en)$/).test(first)) return first;
  const last = rest.at(-1)!;
  return !english && after.some((w) => MODALS.has(w)) && /en$/.test(last) ? last : undefined;
}

/**
 * The word a Dutch diminutive is made of, when `known` knows it: `testje` → `test`, `dagje` →
 * `dag`, `lijstjes` → `lijst`, `balletje` → `bal`. Only for words of six letters or more.
 */
export function diminutiveBase(word: string, known: (form: string) => boolean): string | undefined {
  if (word.length < 6 || word.includes(' ')) return undefined;
  const stem = word.replace(/s$/, '');
  for (const suffix of ['je', 'tje', 'pje', 'kje', 'etje']) {
    const head = stem.slice(0, -suffix.length);
    if (!stem.endsWith(suffix) || head.length < 3) continue;
    const forms = suffix === 'etje' ? [head.replace(/(.)\1$/, '$1'), head] : [head];
    const found = forms.find(known);
    if (found) return found;
  }
  return undefined;
}

/**
 * The built-in synonyms of a form, also of a derived form of a word in a group
 * (`klantvriendelijkheid` → those of `klantvriendelijk`): the longest single-word form of at
 * least five letters it starts with, followed by at most five letters.
 */
export function commonSynonyms(
  form: string,
  table: ReadonlyMap<string, readonly string[]>,
): readonly string[] {
  const exact = table.get(form);
  if (exact || form.includes(' ')) return exact ?? [];
  let best = '';
  for (const key of table.keys()) {
    if (key.length >= 5 && key.length > best.length && form.startsWith(key) && form.length - key.length <= 5)
      if (!key.includes(' ')) best = key;
  }
  return best ? table.get(best)! : [];
}
