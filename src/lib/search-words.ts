/**
 * Words as search sees them: tokens of a query or a text (stop words: search-stopwords.ts), the
 * site's own vocabulary (its lexicon) and what it can do with it — split a compound into words
 * the site uses (`functieprofiel` → `functie` + `profiel`) and find the word a typo meant
 * (`intervsie` → `intervisie`). Pure: the search page, the index metadata and the relevance
 * test use the same rules.
 */
import { foldLetters } from './search-facets.ts';
import { nearest } from './suggest.ts';
import { isStopWord } from './search-stopwords.ts';

/**
 * Dutch verb particles: in a main clause they stand apart from their verb, at the end
 * ("bereid ik mijn gesprek voor" means "voorbereiden"), so search joins them back.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'voor',
  'weg',
  'samen',
]);

/** Lower case with marks and special letters folded, as Pagefind compares words: `Casuïstiek` → `casuistiek`. */
/** Lower case, compatibility forms unfolded (`ﬁ` → `fi`, full-width letters), letters folded. */
export const normalizeWord = (word: string): string =>
  foldLetters(word.normalize('NFKC').toLocaleLowerCase('nl'));

/**
 * The words of a text, normalised: letters and digits, with inner hyphens and apostrophes kept
 * (`e-learning`, `collega's`), everything else a separator.
 */
export function tokens(text: string): string[] {
  return (normalizeWord(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) =>
    w.replace(/’/g, "'"),
  );
}

/** Endings that make a Dutch stem a word: `ontwikkel` + `ing`, `schrijf` + `t`, `leer` + `en`. */
const STEM_ENDINGS = ['en', 'ing', 'e', 'er', 't', 'de', 'te', 'ingen', 'heid', 'baar', 'lijk', 'ig'];

/** Shortest word the lexicon keeps, and shortest compound part search accepts. */
const MIN_PART = 3;
/** Parts at least this long also count when a lexicon word merely starts with them (`ontwikkel`). */
const MIN_STEM = 4;

/**
 * The site's vocabulary for compound splitting and typo correction: the distinct normalised
 * words of the given texts (titles, tag labels and aliases, competencies, descriptions…),
 * without stop words and words shorter than three letters, sorted.
 */
export function lexicon(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of tokens(text)) {
      for (const word of token.split(/['-]/)) {
        if (word.length >= MIN_PART && !isStopWord(word) && !/^\d+$/.test(word)) words.add(word);
      }
    }
  }
  return [...words].sort();
}

/** Fast look-ups in a lexicon: exact words and the words that start with a given stem. */
export class Lexicon {
  readonly words: ReadonlySet<string>;
  readonly #sorted: readonly string[];

  constructor(words: readonly string[]) {
    this.#sorted = [...words].sort();
    this.words = new Set(this.#sorted);
  }

  get size(): number {
    return this.#sorted.length;
  }

  /** Whether some lexicon word starts with `stem`. */
  hasPrefix(stem: string): boolean {
    return this.#countPrefix(stem, 1) > 0;
  }

  /** Whether search knows `word`: a lexicon word, or (from four letters) the start of one. */
  knows(word: string): boolean {
    return this.words.has(word) || (word.length >= MIN_STEM && this.hasPrefix(word));
  }

  /**
   * The parts of a compound the site's words make up, longest first part first, with the
   * Dutch linking letters (`beleid-s-adviseur`, `boek-en-kast`) dropped: `functieprofiel` →
   * [`functie`, `profiel`]. Up to three parts; `undefined` when the word does not split.
   */
  split(word: string, depth = 2): string[] | undefined {
    if (word.length < 2 * MIN_PART || word.includes('-')) return undefined;
    for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
      const head = word.slice(0, i);
      const rest = word.slice(i);
      if (!this.#isPart(head, word)) continue;
      for (const link of ['', 's', 'e', 'en']) {
        if (!rest.startsWith(link) || rest.length - link.length < MIN_PART) continue;
        const tail = rest.slice(link.length);
        // A last part that is only the start of a site word needs five letters (`agen…` is no part).
        if (this.#isPart(tail, word) && (tail.length > MIN_STEM || this.words.has(tail))) return [head, tail];
        if (depth > 1) {
          const more = this.split(tail, depth - 1);
          if (more) return [head, ...more];
        }
      }
    }
    return undefined;
  }

  /**
   * The longest site word a compound starts with, for when the rest is no site word:
   * `functieprofiel` → `functie` on a site that never writes `profiel`.
   */
  head(word: string): string | undefined {
    for (let i = word.length - MIN_STEM; i >= MIN_STEM; i--) {
      const head = word.slice(0, i);
      if (this.words.has(head)) return head;
    }
    return undefined;
  }

  /**
   * Site words that contain `word` as their last part, after a first part the site uses:
   * `budget` → `leerbudget`, `ontwikkelbudget`; `coach` → `loopbaancoaching`. Shortest first.
   */
  compoundsWith(word: string, max = 2): string[] {
    if (word.length < MIN_STEM) return [];
    const found: string[] = [];
    for (const w of this.#sorted) {
      const at = w.indexOf(word, MIN_PART);
      if (at < 0 || w.length - at - word.length > 4) continue;
      const head = w.slice(0, at);
      const bare = head.endsWith('s') ? head.slice(0, -1) : head;
      if (this.#isHead(head) || this.#isHead(bare)) found.push(w);
    }
    return shortest(found, max);
  }

  /**
   * Site words that are the same compound with another form of its first part (a linking
   * letter or a suffix more or less): [`ontwikkeling`, `gesprek`] → `ontwikkelgesprek`.
   */
  variants(parts: readonly string[], max = 2): string[] {
    const head = parts[0]!;
    const tail = parts.at(-1)!;
    if (parts.length < 2 || tail.length < MIN_STEM) return [];
    const found: string[] = [];
    for (const w of this.#sorted) {
      if (!w.endsWith(tail) || w.length <= tail.length + MIN_PART) continue;
      const other = w.slice(0, -tail.length).replace(/(?:s|en|e)$/, '');
      const common = commonPrefix(other, head);
      if (common >= MIN_STEM && common >= Math.min(other.length, head.length) - 3) found.push(w);
    }
    return shortest(found, max);
  }

  /** The lexicon word a typo probably meant: one edit for short words, two from eight letters. */
  correct(word: string): string | undefined {
    if (word.length < 4 || this.words.has(word)) return undefined;
    const hit = nearest(word, this.#sorted, word.length >= 8 ? 2 : 1);
    return hit === word ? undefined : hit;
  }

  /**
   * A part of a compound: a lexicon word, or the stem of a lexicon word other than the
   * compound itself (`schrijf` of `schrijfvaardigheid`).
   */
  #isPart(part: string, compound: string): boolean {
    if (part.length < MIN_PART) return false;
    if (this.words.has(part)) return true;
    if (part.length < MIN_STEM) return false;
    const self = compound.startsWith(part) && this.words.has(compound) ? 1 : 0;
    return this.#countPrefix(part, 1 + self) > self;
  }

  /**
   * The first part of `compound`: a lexicon word, or the stem of one (`ontwikkel` of
   * `ontwikkeling` in `ontwikkelbudget`). Not a mere start of words: `leerver` in `leerverhalen`
   * (and `leerverlof`) is no word before `halen`.
   */
  #isHead(head: string): boolean {
    if (head.length < MIN_PART) return false;
    if (this.words.has(head)) return true;
    if (head.length < MIN_STEM) return false;
    // Dutch spelling changes before an ending: `leer` → `leren`, `schrijf` → `schrijven`.
    const before = head
      .replace(/([aeou])\1([^aeiou])$/, '$1$2')
      .replace(/f$/, 'v')
      .replace(/s$/, 'z');
    return STEM_ENDINGS.some((ending) => this.words.has(head + ending) || this.words.has(before + ending));
  }

  /** Index of the first lexicon word not before `stem`. */
  #lowerBound(stem: string): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#sorted[mid]! < stem) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How many lexicon words start with `stem`, counting up to `max`. */
  #countPrefix(stem: string, max: number): number {
    const lo = this.#lowerBound(stem);
    let n = 0;
    while (n < max && this.#sorted[lo + n]?.startsWith(stem)) n++;
    return n;
  }
}

const shortest = (words: string[], max: number): string[] =>
  words.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, max);

/** Length of the common start of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
