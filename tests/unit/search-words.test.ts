import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/lib/search-stopwords.ts';
import { Lexicon, lexicon, normalizeWord, tokens } from '../../src/lib/search-words.ts';

const site = new Lexicon(
  lexicon([
    'Functie',
    'Consulent sociaal domein',
    'Schrijfvaardigheid en training',
    'Loopbaancoaching en je loopbaan',
    'Ontwikkelgesprek voorbereiden',
    'Ontwikkeling',
    'Het ontwikkelbudget en het leerbudget',
    'Intervisie in vaste groepen',
    'Beleidsadviseur',
    'Circuleren en controleren',
    'Leren',
    'Leergang',
  ]),
);

describe('words', () => {
  it('normalises and splits text as Pagefind compares it', () => {
    expect(normalizeWord('Casuïstiek')).toBe('casuistiek');
    // Compatibility forms, as pasted from a PDF or typed on a phone: a ligature, full width.
    expect(normalizeWord('ﬁnanciën')).toBe('financien');
    expect(normalizeWord('Ｅｘｃｅｌ')).toBe('excel');
    expect(tokens('Wie kan me helpen met E-learning? Collega’s!')).toEqual([
      'wie',
      'kan',
      'me',
      'helpen',
      'met',
      'e-learning',
      "collega's",
    ]);
  });

  it('knows Dutch and English stop words, question words included', () => {
    for (const w of [
      'wie',
      'kan',
      'me',
      'met',
      'hoe',
      'ik',
      'mijn',
      'als',
      'net',
      'welke',
      'how',
      'do',
      'the',
    ])
      expect(isStopWord(w), w).toBe(true);
    for (const w of ['excel', 'teamleider', 'budget', 'english']) expect(isStopWord(w), w).toBe(false);
  });

  it('builds a sorted lexicon without stop words, numbers and short words', () => {
    expect(lexicon(['De 3 B1-cursussen van het team'])).toEqual(['cursussen', 'team']);
  });
});

describe('Lexicon', () => {
  it('knows words and the stems they start with', () => {
    expect(site.knows('loopbaancoaching')).toBe(true);
    expect(site.knows('loopbaan')).toBe(true);
    expect(site.knows('functieprofiel')).toBe(false);
  });

  it('splits compounds into site words and stems, dropping linking letters', () => {
    expect(site.split('schrijftraining')).toEqual(['schrijf', 'training']);
    expect(site.split('functieconsulent')).toEqual(['functie', 'consulent']);
    expect(site.split('leergangconsulent')).toEqual(['leergang', 'consulent']);
    expect(site.split('functiesconsulent')).toEqual(['functie', 'consulent']);
    expect(site.split('functieprofiel')).toBeUndefined();
    expect(site.split('e-learning')).toBeUndefined();
    // A four-letter last part must be a site word, not just the start of one (`cons…`).
    expect(site.split('leergangcons')).toBeUndefined();
  });

  it('finds the longest site word a compound starts with', () => {
    expect(site.head('functieprofiel')).toBe('functie');
    expect(site.head('xyzprofiel')).toBeUndefined();
  });

  it('finds site compounds that end in a word, never justified by the compound itself', () => {
    expect(site.compoundsWith('budget')).toEqual(['leerbudget', 'ontwikkelbudget']);
    expect(site.compoundsWith('coaching')).toEqual(['loopbaancoaching']);
    // `circu…` and `contro…` start no other site word: no compounds of `leren`.
    expect(site.compoundsWith('leren')).toEqual([]);
    // `leerver…` is only the start of words (`leerverhalen`, `leerverlof`): no compound of `halen`.
    const stories = new Lexicon(['leerverhaal', 'leerverhalen', 'leerverlof', 'leerbudget', 'leren']);
    expect(stories.compoundsWith('halen')).toEqual([]);
    expect(stories.compoundsWith('budget')).toEqual(['leerbudget']);
  });

  it('finds the same compound with another form of its first part', () => {
    expect(site.variants(['ontwikkeling', 'gesprek'])).toEqual(['ontwikkelgesprek']);
    expect(site.variants(['functie', 'gesprek'])).toEqual([]);
  });

  it('corrects typos to site words: one edit, two from eight letters', () => {
    expect(site.correct('intervsie')).toBe('intervisie');
    expect(site.correct('loopbaancoching')).toBe('loopbaancoaching');
    expect(site.correct('functie')).toBeUndefined();
    expect(site.correct('qqqq')).toBeUndefined();
  });
});
