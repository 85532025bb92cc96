import { describe, expect, it } from 'vitest';
import {
  foldLetters,
  foldMarks,
  indexedLink,
  MAX_LINKS,
  searchFields,
  type SearchVocabulary,
} from '../../src/lib/search-facets.ts';
import { collections } from '../../src/schemas/index.ts';

const vocab: SearchVocabulary = {
  tags: {
    opleiding: { label: 'Opleiding', aliases: ['cursus', 'training'] },
    intervisie: { label: 'Intervisie', aliases: ['collegiale consultatie', 'casuïstiekbespreking'] },
    excel: { label: 'Excel', aliases: [] },
  },
  competencyTitle: (id) => ({ 'werken-met-data': 'Werken met data', projectregie: 'Projectregie' })[id],
};

describe('searchFields', () => {
  it('gives a course its type, tags, competencies, method, language and duration band', () => {
    const fields = searchFields(
      {
        collection: 'opleidingen',
        title: 'Excel in de praktijk',
        tags: ['excel', 'opleiding'],
        competencies: ['werken-met-data'],
        description: 'Draaitabellen en grafieken.',
        data: { method: 'klassikaal', language: 'nl', durationHours: 12 },
      },
      vocab,
    );
    expect(fields.filters).toEqual([
      ['type', 'opleidingen'],
      ['tag', 'excel'],
      ['tag', 'opleiding'],
      ['competency', 'werken-met-data'],
      ['method', 'klassikaal'],
      ['language', 'nl'],
      ['duration', 'enkele-dagen'],
    ]);
    expect(fields.date).toBeUndefined();
    expect(fields.boost.tags).toBe('Excel, Opleiding, cursus, training');
    expect(fields.boost.competencies).toBe('Werken met data');
    expect(fields.boost.description).toBe('Draaitabellen en grafieken.');
    expect(fields.boost.spelling).toBe('');
  });

  it("lends a tag's aliases to an entry whose type or method has that tag's label", () => {
    const fields = searchFields(
      {
        collection: 'opleidingen',
        title: 'Intervisie in vaste groepen',
        kinds: ['Opleiding', 'intervisie'],
        tags: ['excel'],
        competencies: [],
        description: 'x',
        data: { method: 'intervisie', language: 'nl', durationHours: 18 },
      },
      vocab,
    );
    expect(fields.boost.tags).toBe(
      'Excel, Opleiding, cursus, training, Intervisie, collegiale consultatie, casuïstiekbespreking',
    );
    // Facets stay what the editor chose: the lent words only help finding.
    expect(fields.filters.filter(([f]) => f === 'tag')).toEqual([['tag', 'excel']]);
  });

  it('adds a plain-letter spelling of titles with letters that diacritic folding keeps', () => {
    const fields = searchFields(
      {
        collection: 'experts',
        title: 'Fatma Yılmaz',
        tags: [],
        competencies: [],
        description: 'x',
        data: {},
      },
      vocab,
    );
    expect(fields.boost.spelling).toBe('Fatma Yilmaz');
    expect(foldLetters('Søren Łukasz Straße')).toBe('Soren Lukasz Strasse');
    expect(foldMarks('casuïstiek café')).toBe('casuistiek cafe');
  });

  it('gives an expert a department and no course facets', () => {
    const fields = searchFields(
      {
        collection: 'experts',
        title: 'Ingrid Hoekstra',
        tags: ['intervisie'],
        competencies: ['projectregie'],
        description: 'Begeleidt intervisiegroepen.',
        data: { role: 'Senior consulent', department: 'Sociaal Domein', languages: ['nl'] },
      },
      vocab,
    );
    expect(fields.filters).toContainEqual(['department', 'Sociaal Domein']);
    expect(fields.boost.role).toBe('Senior consulent, Sociaal Domein');
    expect(fields.filters.map(([facet]) => facet)).not.toContain('language');
    expect(fields.filters.map(([facet]) => facet)).not.toContain('duration');
    // Aliases are the synonym vocabulary: "collegiale consultatie" finds what is tagged intervisie.
    expect(fields.boost.tags).toContain('collegiale consultatie');
  });

  it('gives dated entries an ISO sort date and leaves out duplicates', () => {
    const fields = searchFields(
      {
        collection: 'blog',
        title: 'Draaitabellen',
        tags: ['excel', 'excel'],
        competencies: [],
        description: 'x',
        date: new Date('2026-03-15T00:00:00Z'),
        data: {},
      },
      vocab,
    );
    expect(fields.date).toBe('2026-03-15');
    expect(fields.filters).toEqual([
      ['type', 'blog'],
      ['tag', 'excel'],
    ]);
    expect(fields.boost.competencies).toBe('');
  });
});

describe('links', () => {
  it('indexes at most MAX_LINKS titles of linked entries, each once, in the order given', () => {
    const titles = Array.from({ length: 50 }, (_, i) => `Opleiding ${i}`);
    const fields = searchFields(
      {
        collection: 'experts',
        title: 'Marieke',
        tags: [],
        competencies: [],
        description: '',
        links: ['Opleiding 1', ...titles],
        data: {},
      },
      vocab,
    );
    const links = fields.boost.links.split(', ');
    expect(links).toHaveLength(MAX_LINKS);
    expect(links.slice(0, 3)).toEqual(['Opleiding 1', 'Opleiding 0', 'Opleiding 2']);
  });
});

describe('indexedLink: which references lend their titles to search', () => {
  const refs = (collection: keyof typeof collections, data: Record<string, unknown>) =>
    collections[collection].references(data);

  it('links a story and its courses, a post and its authors, a course and its contact', () => {
    const story = refs('leerverhalen', { courses: ['excel'], related: ['teamleider'], tags: ['data'] });
    expect(story.filter((r) => indexedLink(r, 'leerverhalen', 'opleidingen')).map((r) => r.field)).toEqual([
      'related[0]',
      'courses[0]',
    ]);
    const post = refs('blog', { authors: ['fatma'], tags: [] });
    expect(post.every((r) => indexedLink(r, 'blog', 'experts'))).toBe(true);
    const course = refs('opleidingen', { contact: 'daan', owner: 'daan', competencies: ['data'] });
    expect(course.filter((r) => indexedLink(r, 'opleidingen', 'experts')).map((r) => r.field)).toEqual([
      'contact',
    ]);
  });

  it('leaves out tags, expertise, competencies and who keeps a page current', () => {
    const expert = refs('experts', { expertise: ['excel', 'werken-met-data'], tags: ['data'], owner: 'x' });
    expect(expert.filter((r) => indexedLink(r, 'experts', 'opleidingen'))).toEqual([]);
    const related = refs('opleidingen', { related: ['werken-met-data'] });
    expect(related.filter((r) => indexedLink(r, 'opleidingen', 'competenties'))).toEqual([]);
    expect(related.filter((r) => indexedLink(r, 'competenties', 'opleidingen'))).toEqual([]);
  });
});
