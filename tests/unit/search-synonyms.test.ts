/**
 * Synonyms for search: which forms a site can use (the built-in groups only where the site
 * has the words, its own groups whole) and how a query plan searches them.
 */
import { describe, expect, it } from 'vitest';
import { diminutiveBase, isPersonQuestion } from '../../src/lib/search-forms.ts';
import { planQuery, queryVocabulary } from '../../src/lib/search-query.ts';
import {
  BUILT_IN_SYNONYMS,
  builtInGroups,
  MAX_SYNONYMS,
  synonymTable,
} from '../../src/lib/search-synonyms.ts';
import { Lexicon, lexicon, tokens } from '../../src/lib/search-words.ts';

const words = lexicon([
  'Opleidingen en trainingen',
  'Leerbudget aanvragen',
  'Schrijven op B1-niveau: begrijpelijk voor iedere inwoner',
  'Ontwikkelplan',
  'Klantcontactcentrum',
  'Loopbaan',
]);
const table = synonymTable(builtInGroups(), new Lexicon(words));
const own = synonymTable([
  ['KCC', 'klantcontactcentrum'],
  ['IKB', 'individueel keuzebudget'],
]);

describe('synonymTable', () => {
  it('leads a word to the forms of its group the site uses, not to forms it never writes', () => {
    expect(table['cursus']).toEqual(['opleiding', 'training']);
    expect(table['apply']).toEqual(['aanvragen']);
    expect(table['pop']).toEqual(['ontwikkelplan']);
    // Forms Pagefind's stemming joins anyway are not searched twice.
    expect(table['opleidingen']).not.toContain('opleiding');
    // No site word in the group: nothing to search.
    expect(table['spreadsheet']).toBeUndefined();
  });

  it('reads two-word forms as a phrase to look up', () => {
    expect(table['plain language']).toContain('begrijpelijk');
  });

  it("takes the site's own groups whole, also for words only in the text of its pages", () => {
    expect(own['kcc']).toEqual(['klantcontactcentrum']);
    expect(own['ikb']).toEqual(['individueel keuzebudget']);
    expect(own['individueel keuzebudget']).toEqual(['ikb']);
  });

  it('lists every built-in form once, normalised, in groups of at least two', () => {
    for (const line of BUILT_IN_SYNONYMS) {
      const forms = line.split(',').map((f) => tokens(f).join(' '));
      expect(forms.length, line).toBeGreaterThanOrEqual(2);
      expect(forms.every(Boolean), line).toBe(true);
      expect(new Set(forms).size, line).toBe(forms.length);
    }
  });
});

describe('planning with synonyms', () => {
  const vocab = queryVocabulary(
    words,
    { opleiding: [{ facet: 'type', value: 'opleidingen' }] },
    { common: table, own: { ...own, training: ['scholing'] } },
  );
  const synonyms = (q: string) =>
    planQuery(q, vocab)
      .alternatives.filter((a) => a.kind === 'synonym')
      .map((a) => [a.term, a.covers]);

  it('searches the site forms of a word the site does not use, covering that word', () => {
    expect(synonyms('cursus schrijven')).toEqual([
      ['opleiding', [0]],
      ['training', [0]],
    ]);
    expect(synonyms('apply budget')).toEqual([['aanvragen', [0]]]);
    expect(synonyms('courses')).toHaveLength(Math.min(MAX_SYNONYMS, 2));
  });

  it("leaves a word the site uses to its own pages, unless the site's own groups name it", () => {
    // "opleidingen" is on the site: no built-in synonyms; "training" has an own group.
    expect(synonyms('opleidingen')).toEqual([]);
    expect(synonyms('training')).toEqual([['scholing', [0]]]);
    // The site's own group first, then the built-in one (kcc is in both).
    expect(synonyms('kcc')[0]).toEqual(['klantcontactcentrum', [0]]);
  });

  it('finds the group of a derived form: klantvriendelijkheid → klantvriendelijk', () => {
    const derived = queryVocabulary(words, {}, { common: { klantvriendelijk: ['klantgericht'] }, own: {} });
    expect(planQuery('klantvriendelijkheid', derived).alternatives).toContainEqual({
      term: 'klantgericht',
      covers: [0],
      kind: 'synonym',
    });
    // Not from a short form, nor from a much longer word.
    const short = queryVocabulary(
      words,
      {},
      { common: { taal: ['language'], klant: ['customer'] }, own: {} },
    );
    expect(planQuery('taalcursus', short).alternatives.some((a) => a.kind === 'synonym')).toBe(false);
    expect(planQuery('klantcontactcentra', short).alternatives.some((a) => a.kind === 'synonym')).toBe(false);
  });

  it('covers both words of a two-word form', () => {
    expect(synonyms('plain language')).toContainEqual(['begrijpelijk', [0, 1]]);
  });

  it('reads an expression (a form with stop words) as its subject, in place of its words', () => {
    const plan = planQuery('jip en janneke taal', vocab);
    expect(plan.words).toEqual(['taal', 'begrijpelijk']);
    expect(plan.added).toEqual(['begrijpelijk']);
    // Word by word these say nothing about a career; together they ask for one.
    expect(planQuery('ik weet niet meer wat ik wil met mijn werk', vocab).words).toEqual(['loopbaan']);
    expect(planQuery('zit ik nog wel op mijn plek', vocab).words).toEqual(['loopbaan']);
    expect(planQuery('ik twijfel of het werk nog bij me past', vocab).words).toEqual([
      'twijfel',
      'werk',
      'loopbaan',
    ]);
    // An expression is looked up, never searched with its stop words.
    expect(table['carriere']).not.toContain('op mijn plek');
    // The words alone are no expression.
    expect(planQuery('wat ik wil leren is excel', vocab).added).toEqual([]);
    // The site's own expressions, as the editor guide shows them: the subject first.
    const site = queryVocabulary(
      [],
      {},
      {
        common: {},
        own: synonymTable([['heroriëntatie', 'toe aan iets nieuws']]),
      },
    );
    expect(planQuery('ik ben toe aan iets nieuws', site).words).toEqual(['herorientatie']);
  });

  it('lets a synonym name a facet value: cursus → courses', () => {
    expect(planQuery('cursus schrijven', vocab).facets).toEqual([
      { facet: 'type', value: 'opleidingen', covers: 0 },
    ]);
    expect(planQuery('cursus schrijven', vocab, { synonyms: false }).facets).toEqual([]);
  });

  it('can be switched off', () => {
    expect(planQuery('cursus', vocab, { synonyms: false }).alternatives).toEqual([
      { term: 'cursus', covers: [0], kind: 'word' },
    ]);
  });
});

describe('questions for a person', () => {
  const vocab = queryVocabulary(words, {});
  it('need not match the verb after "wie"/"who"', () => {
    expect(planQuery('wie maakt dashboards', vocab).words).toEqual(['dashboards']);
    expect(planQuery('wie kan me helpen met excel', vocab).words).toEqual(['excel']);
    expect(planQuery('who teaches excel', vocab).words).toEqual(['excel']);
    // After a modal verb the verb may stand last.
    expect(planQuery('wie kan mijn standaardbrief meelezen', vocab).words).toEqual(['standaardbrief']);
    expect(planQuery('wie wil mijn excel nakijken', vocab).words).toEqual(['excel']);
  });
  it('keep a noun after "wie", and a verb that is the only word', () => {
    expect(planQuery('wie is de contactpersoon voor privacy', vocab).words).toEqual([
      'contactpersoon',
      'privacy',
    ]);
    expect(planQuery('wie begeleidt', vocab).words).toEqual(['begeleidt']);
    expect(planQuery('maakt dashboards', vocab).words).toEqual(['maakt', 'dashboards']);
    // Without a modal verb a last word in -en is a noun.
    expect(planQuery('wie is contactpersoon voor subsidieregelingen', vocab).words).toEqual([
      'contactpersoon',
      'subsidieregelingen',
    ]);
  });
  it('are questions that begin with wie, also after a comma or a preposition, or ask for someone', () => {
    for (const q of [
      'wie kan me helpen',
      'bij wie kan ik terecht met privacyvragen',
      'net leidinggevende geworden, wie kan mij begeleiden',
      'ik zoek iemand die mijn brief wil meelezen',
      'Who teaches Excel?',
      'collega die kan helpen een dashboard op te zetten',
      "ken je collega's die intervisie begeleiden",
      'a colleague who knows excel',
    ])
      expect(isPersonQuestion(q), q).toBe(true);
    expect(isPersonQuestion('feedback geven aan een collega')).toBe(false);
    expect(isPersonQuestion('collega dieet')).toBe(false);
    // Inside a sentence "wie" asks who does something, not for a colleague.
    expect(isPersonQuestion('engels leren voor mijn werk wie betaalt dat')).toBe(false);
    expect(isPersonQuestion('wiebelen')).toBe(false);
    expect(planQuery('iemand die mijn standaardbrief wil meelezen', vocab).words).toEqual(['standaardbrief']);
    expect(planQuery('iemand die mijn standaardbrief wil meelezen', vocab).hint?.value).toBe('experts');
    expect(planQuery('engels leren wie betaalt dat', vocab).hint).toBeUndefined();
    // …and its verb is a word like any other.
    expect(planQuery('engels leren wie betaalt mijn cursus', vocab).words).toContain('betaalt');
  });

  it('leave light verbs out: the noun says what is meant', () => {
    expect(planQuery('ontwikkelgesprek voeren', vocab).words).toEqual(['ontwikkelgesprek']);
    expect(planQuery('waar vind ik de volgende cursus', vocab).words).toEqual(['cursus']);
    expect(planQuery('pop invullen', vocab).words).toEqual(['pop']);
    expect(planQuery('wat doet een informatieanalist', vocab).words).toEqual(['informatieanalist']);
    expect(planQuery('tips om beter samen te werken', vocab).words).toEqual(['samen', 'werken']);
  });
});

describe('diminutives', () => {
  it('find the word they are made of: testje → test, dagje → dag, lijstjes → lijst, balletje → bal', () => {
    const known = (w: string) => ['test', 'dag', 'lijst', 'bal', 'kop'].includes(w);
    expect(diminutiveBase('testje', known)).toBe('test');
    expect(diminutiveBase('lijstjes', known)).toBe('lijst');
    expect(diminutiveBase('balletje', known)).toBe('bal');
    expect(diminutiveBase('kopjes', known)).toBe('kop');
    // Too short, no diminutive, or a base the site does not know.
    expect(diminutiveBase('dagje', known)).toBeUndefined();
    expect(diminutiveBase('training', known)).toBeUndefined();
    expect(diminutiveBase('meisje', known)).toBeUndefined();
  });

  it('lend a query word the synonyms of its base', () => {
    const site = lexicon(['De zelfscan']);
    const vocab = queryVocabulary(
      site,
      {},
      { common: synonymTable(builtInGroups(), new Lexicon(site)), own: {} },
    );
    const plan = planQuery('testje', vocab);
    expect(plan.alternatives.filter((a) => a.kind === 'synonym').map((a) => a.term)).toContain('zelfscan');
  });
});
