/**
 * Words that need not match for a page to match a query: the Dutch and English stop words of
 * the `stopword` package (Snowball-based) and the words people put around what they look for.
 */
import { eng, nld } from 'stopword';

/**
 * Words people put around what they look for in questions ("hoe vraag ik … aan", "wanneer
 * start de volgende …") that the Snowball-derived lists of the `stopword` package leave out:
 * question words, forms of the auxiliary and modal verbs, light verbs and fillers.
 */
const QUESTION_WORDS = [
  'welk',
  'welke',
  'wanneer',
  'waar',
  'waarom',
  'waarmee',
  'waarvoor',
  'hoeveel',
  'hoelang',
  'mag',
  'mogen',
  'kun',
  'kunt',
  'wilt',
  'willen',
  'word',
  'wordt',
  'ga',
  'gaat',
  'moet',
  'moeten',
  'hebt',
  'zit',
  'net',
  'even',
  'graag',
  'volgende',
  'next',
  'eigenlijk',
  'precies',
  'iets',
  'jij',
  'jou',
  'jouw',
  'mijzelf',
  'mezelf',
  'onze',
  'wij',
  'een',
  'het',
  'does',
  'should',
  'can',
  'i',
  "i'm",
  'im',
  'want',
  'need',
  // Light verbs: in "gesprek voeren", "cursus volgen", "waar vind ik" the noun says what is meant.
  'voeren',
  'doen',
  'doe',
  'doet',
  'maken',
  'maak',
  'krijgen',
  'krijg',
  'hebben',
  'heb',
  'gaan',
  'houden',
  'nemen',
  'neem',
  'zoeken',
  'zoek',
  'zoekt',
  'vinden',
  'vind',
  'vindt',
  'volgen',
  'volg',
  'regelen',
  'regel',
  'invullen',
  'vul',
  'omgaan',
  'find',
  'get',
  'take',
  'looking',
  // Words that say how or what kind of answer, not about what: *beter samenwerken*, *tips voor …*.
  'beter',
  'tips',
  'tip',
];

/**
 * Dutch function words the Snowball list leaves out: prepositions (*vanuit het kcc*, *onder
 * werktijd*), pronouns and quantifiers, adverbs of degree and frequency, and the light verbs of
 * spoken Dutch (*ik zit ermee*, *wat houdt dat in*). They say nothing about the subject.
 */
const FUNCTION_WORDS = [
  ...['vanuit', 'onder', 'boven', 'tijdens', 'via', 'binnen', 'buiten', 'langs', 'tussen'],
  ...['sinds', 'volgens', 'namens', 'achter', 'naast', 'rondom', 'per', 'vanaf', 'totdat'],
  ...['behalve', 'ondanks', 'wegens'],
  ...['elke', 'ieder', 'iedere', 'alle', 'allemaal', 'iedereen', 'niemand', 'niks', 'ergens', 'jezelf'],
  ...['jullie', 'zoals', 'zouden'],
  ...['echt', 'gewoon', 'heel', 'erg', 'vaak', 'soms', 'eerst'],
  ...['zit', 'zitten', 'zat', 'sta', 'staat', 'staan', 'stond', 'weet', 'weten', 'wist'],
  // Reported speech (*mijn teamleider zegt dat …*), not *zeggen* itself: *hoe zeg ik dat*.
  ...['zegt', 'zei', 'gezegd', 'kom', 'komt', 'komen', 'ligt', 'krijgt'],
  ...['hoor', 'hoort', 'horen', 'nodig', 'houd', 'houdt', 'houden', 'weer', 'ding', 'dingen'],
  // The same in English, and the question words the English list leaves out.
  ...['when', 'why', 'someone', 'somebody', 'anyone', 'please', 'know', 'knew', 'found'],
  ...['made', 'may', 'needs', 'available', 'offered', 'taught', 'good', 'best', 'ways'],
  ...['thing', 'things'],
];

/** Stop words: they need not match for a result to count as matching the query. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...nld,
  ...eng,
  ...QUESTION_WORDS,
  ...FUNCTION_WORDS,
]);

/**
 * A stop word, or a single letter: what is left of *'s avonds*, *'t* or *'n*. Pagefind would
 * match a single letter as the start of every word that begins with it.
 */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(word) || /^\p{L}$/u.test(word);
