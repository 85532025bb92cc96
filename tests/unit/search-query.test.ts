import { describe, expect, it } from 'vitest';
import {
  facetWords,
  parseQuery,
  planQuery,
  queryVocabulary,
  MAX_SEARCHES,
} from '../../src/lib/search-query.ts';
import { rankResults } from '../../src/lib/search-rank.ts';
import { lexicon } from '../../src/lib/search-words.ts';

const vocab = queryVocabulary(
  lexicon([
    'Leerbudget en ontwikkelbudget',
    'Leren',
    'Loopbaan',
    'Voorbereiden',
    'Intervisie',
    'Functie',
    'Consulent',
    'Leergang',
    'Tweestapsverificatie',
    'Privacy en de privacyadviseur',
  ]),
  facetWords([
    { facet: 'language', value: 'en', labels: ['Engels', 'English'] },
    { facet: 'type', value: 'functies', labels: ['Functie', 'Functies', 'Role'] },
    { facet: 'method', value: 'on-the-job', labels: ['Leren op de werkplek'] },
  ]),
);

describe('parseQuery', () => {
  it('takes quoted phrases apart from loose words; an unclosed quote is text', () => {
    expect(parseQuery('intervisie "vaste groepen" voor leidinggevenden')).toEqual({
      phrases: ['vaste groepen'],
      loose: ['intervisie', 'voor', 'leidinggevenden'],
      quoted: ['vaste', 'groepen'],
    });
    expect(parseQuery('"vaste groepen').phrases).toEqual([]);
  });
});

describe('facetWords', () => {
  it('maps one-word labels in every language to facet values, not labels of several words', () => {
    const words = facetWords([
      { facet: 'language', value: 'en', labels: ['Engels', 'English'] },
      { facet: 'method', value: 'on-the-job', labels: ['Leren op de werkplek'] },
    ]);
    expect(words).toEqual({
      engels: [{ facet: 'language', value: 'en' }],
      english: [{ facet: 'language', value: 'en' }],
    });
  });
});

describe('planQuery', () => {
  it('leaves stop words out, unless the query has nothing else', () => {
    expect(planQuery('hoe kan ik helpen met excel', vocab).words).toEqual(['helpen', 'excel']);
    expect(planQuery('wie is wie', vocab).words).toEqual(['wie', 'is']);
  });

  it("leaves single letters and function words out: what is left of *'s avonds*, *vanuit*", () => {
    expect(planQuery("studeren onder werktijd of 's avonds", vocab).words).toEqual([
      'studeren',
      'werktijd',
      'avonds',
    ]);
    expect(planQuery('doorgroeien vanuit het kcc', vocab).words).toEqual(['doorgroeien', 'kcc']);
    expect(planQuery('wat houdt intervisie in?', vocab).words).toEqual(['intervisie']);
    expect(planQuery('mijn teamleider zegt dat mijn brieven te ambtelijk zijn', vocab).words).toEqual([
      'teamleider',
      'brieven',
      'ambtelijk',
    ]);
    expect(planQuery('why are the best courses taught in english', vocab).words).toEqual([
      'courses',
      'english',
    ]);
    expect(planQuery('wat houdt het in voor iedereen in mijn team', vocab).words).toEqual(['team']);
    expect(planQuery('hoe zeg ik het tegen mijn team', vocab).words).toEqual(['zeg', 'team']);
  });

  it('joins a particle before "te" to its verb: aan te vragen → aanvragen', () => {
    const te = queryVocabulary(lexicon(['Aanvragen', 'Vragen']), {});
    expect(planQuery('hoe om een leerbudget aan te vragen', te).alternatives).toContainEqual({
      term: 'aanvragen',
      covers: [1],
      kind: 'particle',
    });
  });

  it('joins three neighbours into a compound the site uses', () => {
    expect(planQuery('twee staps verificatie', vocab).alternatives).toContainEqual({
      term: 'tweestapsverificatie',
      covers: [0, 1, 2],
      kind: 'join',
    });
  });

  it('reads a typo of a compound as that compound, not as its first part alone', () => {
    const alternatives = planQuery('privacyadvisuer', vocab).alternatives;
    expect(alternatives).toContainEqual({ term: 'privacyadviseur', covers: [0], kind: 'typo' });
    expect(alternatives.map((a) => a.term)).not.toContain('privacy');
    // Without a correction, the first part is what is left to search.
    expect(planQuery('privacyzaken', vocab).alternatives).toContainEqual({
      term: 'privacy',
      covers: [0],
      kind: 'split',
    });
  });

  it('joins neighbours and a final verb particle only into forms the site uses', () => {
    const joins = (q: string) => planQuery(q, vocab).alternatives.filter((a) => a.kind !== 'word');
    expect(joins('leer budget')).toContainEqual({ term: 'leerbudget', covers: [0, 1], kind: 'join' });
    expect(joins('beter luisteren')).toEqual([]);
    expect(joins('hoe bereid ik het gesprek voor')).toContainEqual({
      term: 'voorbereid',
      covers: [0],
      kind: 'particle',
    });
  });

  it('splits unknown compounds, corrects typos and adds compounds that end in a word', () => {
    const plan = planQuery('functieconsulent intervsie budget', vocab);
    expect(plan.alternatives).toEqual(
      expect.arrayContaining([
        { term: 'functie consulent', covers: [0], kind: 'split' },
        { term: 'intervisie', covers: [1], kind: 'typo' },
        { term: 'leerbudget', covers: [2], kind: 'compound' },
      ]),
    );
  });

  it('names facet values, also through a compound part or a derived form', () => {
    expect(planQuery('engelstalige training', vocab).facets).toEqual([
      { facet: 'language', value: 'en', covers: 0 },
    ]);
    expect(planQuery('functieprofiel consulent', vocab).facets).toEqual([
      { facet: 'type', value: 'functies', covers: 0 },
    ]);
  });

  it('asks for people on "wie …" questions', () => {
    expect(planQuery('wie begeleidt intervisie', vocab).hint).toEqual({ facet: 'type', value: 'experts' });
    expect(planQuery('hoe werkt intervisie', vocab).hint).toBeUndefined();
  });

  it('stays within the search budget for long queries', () => {
    const plan = planQuery(
      'leer budget loopbaan intervsie functieprofiel consulent voorbereiden leergang engels extra woorden hier',
      vocab,
    );
    expect(plan.words.length).toBeLessThanOrEqual(8);
    expect(1 + plan.alternatives.length + plan.facets.length + plan.phrases.length).toBeLessThanOrEqual(
      MAX_SEARCHES,
    );
  });

  it('honours switched-off ways of matching (for measuring them)', () => {
    const plan = planQuery('leer budget intervsie', vocab, { joins: false, typos: false });
    expect(plan.alternatives.map((a) => a.kind)).not.toContain('join');
    expect(plan.alternatives.map((a) => a.kind)).not.toContain('typo');
  });
});

describe('rankResults', () => {
  const plan = planQuery('excel training engels', vocab);
  const hits = (entries: Record<string, number>) => new Map(Object.entries(entries));
  const find = (alternatives: Record<string, number>[], exact: Record<string, number> = {}) =>
    rankResults(plan, {
      exact: hits(exact),
      alternatives: plan.alternatives.map((a) => hits(alternatives[plan.words.indexOf(a.term)] ?? {})),
      facets: plan.facets.map(() => new Set(['course-en'])),
    });

  it('ranks by matched words, exact matches first among equals, then by score', () => {
    const ranked = find(
      [
        { both: 5, excelOnly: 9, exactPage: 1 },
        { both: 5, trainingOnly: 20, exactPage: 1, 'course-en': 2 },
        { exactPage: 1 },
      ],
      { exactPage: 3 },
    );
    expect(ranked.map((r) => r.id)).toEqual(['exactPage', 'both', 'course-en', 'trainingOnly', 'excelOnly']);
    expect(ranked.find((r) => r.id === 'both')).toMatchObject({
      matched: 2,
      exact: false,
      missing: ['engels'],
    });
    // The facet value stands in for the word: "engels" is matched by a course in English.
    expect(ranked.find((r) => r.id === 'course-en')).toMatchObject({ matched: 2, missing: ['excel'] });
  });

  it('counts a page with two typed words joined into its compound as an exact match', () => {
    const apart = planQuery('leer budget', vocab);
    expect(apart.alternatives.map((a) => a.kind)).toEqual(['word', 'word', 'join']);
    const ranked = rankResults(apart, {
      // `scattered` has both words apart; `joined` only `leerbudget`, which Pagefind's prefix
      // search also finds for `leer`; `partial` only `budget`.
      exact: hits({ scattered: 2 }),
      alternatives: [
        hits({ scattered: 1, joined: 4 }),
        hits({ scattered: 1, partial: 9 }),
        hits({ joined: 8 }),
      ],
      facets: [],
    });
    expect(ranked.map((r) => [r.id, r.exact])).toEqual([
      ['joined', true],
      ['scattered', true],
      ['partial', false],
    ]);
  });

  it('keeps only pages with every quoted phrase', () => {
    const ranked = rankResults(plan, {
      exact: hits({ a: 1, b: 1 }),
      alternatives: plan.alternatives.map(() => hits({ a: 1, b: 1, c: 1 })),
      facets: plan.facets.map(() => new Set()),
      allowed: new Set(['b', 'c']),
    });
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('does not trust weak matches of a word that only its correction explains', () => {
    const typo = planQuery('intervsie', vocab);
    const ranked = rankResults(typo, {
      exact: hits({ junk: 0.1 }),
      alternatives: [hits({ junk: 0.1 }), hits({ good: 20 })],
      facets: [],
    });
    expect(ranked.map((r) => r.id)).toEqual(['good']);
  });

  it('does not count a word its own search never finds, although Pagefind left it out of the exact search', () => {
    // Pagefind's search for "prepare voorbereiden" drops "prepare" (not in the index) and
    // returns the pages with "voorbereiden" as if they matched both.
    const two = planQuery('prepare voorbereiden', vocab);
    const ranked = rankResults(two, {
      exact: hits({ a: 5, b: 3 }),
      alternatives: two.alternatives.map((alt) => hits(alt.term === 'prepare' ? {} : { a: 5, b: 3 })),
      facets: [],
    });
    expect(ranked.map((r) => [r.id, r.matched, r.exact, r.missing])).toEqual([
      ['a', 1, false, ['prepare']],
      ['b', 1, false, ['prepare']],
    ]);
  });
});
