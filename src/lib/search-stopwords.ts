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

/** Stop words: they need not match for a result to count as matching the query. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...nld, ...eng, ...QUESTION_WORDS]);

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);
