/**
 * Each schema accepts good data (with its defaults) and rejects bad data with the right field
 * path and a message that names the value and the fix — as `npm run check` prints it.
 */
import { describe, expect, test } from 'vitest';
import {
  blogSchema,
  competentieSchema,
  expertSchema,
  functieSchema,
  leerverhaalSchema,
  opleidingSchema,
  paginaSchema,
  siteSchema,
  tagsSchema,
} from '../../src/schemas/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validate } from '../../src/lib/zod-problems.ts';
import type { z } from 'zod';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The problem lines for `data`, as the checker prints them for a file `x.md`. */
function problems(schema: z.ZodType, data: unknown, file = 'x.md'): string[] {
  const result = validate(file, schema, data);
  return result.success ? [] : result.problems.map((p) => formatProblem(p, 'en'));
}

/** Parses good data; fails the test with the problems otherwise. */
function parse<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = validate('x.md', schema, data);
  if (!result.success) throw new Error(result.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  return result.data;
}

const BLOG = {
  title: 'Welkom',
  description: 'Het begin.',
  authors: ['anna-jansen'],
  publishedAt: '2026-01-10',
};
const COURSE = {
  title: 'Excel basis',
  description: 'Formules.',
  provider: 'Intern',
  method: 'klassikaal',
  durationHours: 8,
  cost: { amount: 0, paidBy: 'werkgever' },
};
const STORY = {
  title: 'V',
  description: 'D.',
  author: 'anna-jansen',
  learned: 'L.',
  applied: 'A.',
  publishedAt: '2026-01-01',
};
const EXPERT = { name: 'Anna Jansen', description: 'Adviseur.', role: 'Adviseur', department: 'HR' };
const COMPETENCY = {
  title: 'Samenwerken',
  description: 'Samen.',
  group: 'Interpersoonlijk',
  levels: [{ level: 1, description: 'Deelt.' }],
};
const ROLE = { title: 'Adviseur', description: 'Adviseert.', department: 'HR' };

describe('shared fields', () => {
  test('defaults: no tags, Dutch, not a draft', () => {
    expect(parse(paginaSchema, { title: 'T', description: 'D.' })).toEqual({
      title: 'T',
      description: 'D.',
      tags: [],
      lang: 'nl',
      draft: false,
      order: 100,
      related: [],
    });
  });

  test('title and description must be text; a number gets the hint to quote it', () => {
    expect(problems(paginaSchema, { title: 2026, description: ['a'] })).toEqual([
      'x.md: title: 2026 must be text (the title) — put it in quotes: "2026"',
      'x.md: description: ["a"] must be text (one or two sentences)',
    ]);
  });

  test('missing, empty and whitespace-only text', () => {
    expect(problems(paginaSchema, { description: '   ' })).toEqual([
      'x.md: title: is missing — add a line "title:" to the fields at the top of the file (between the two --- lines); it must be text (the title)',
      'x.md: description: "" must not be empty',
    ]);
    expect(problems(paginaSchema, { title: null, description: 'D.' })).toEqual([
      'x.md: title: is empty — write a value after "title:" or remove the line; it must be text (the title)',
    ]);
  });

  test('a description longer than 300 characters', () => {
    expect(problems(paginaSchema, { title: 'T', description: 'a'.repeat(301) })).toEqual([
      `x.md: description: "${'a'.repeat(56)}… is longer than 300 characters — keep it to one or two sentences`,
    ]);
  });

  test('lang, draft, owner, tags and review fields', () => {
    expect(
      problems(paginaSchema, {
        title: 'T',
        description: 'D.',
        lang: 'de',
        draft: 'ja',
        owner: 'Anna Jansen',
        tags: ['Excel'],
        reviewedAt: '1-1-2026',
        reviewEveryMonths: 0,
      }),
    ).toEqual([
      'x.md: tags[0]: "Excel" is not an id: use lower-case letters, digits and hyphens, like "excel-basis" — did you mean "excel"?',
      'x.md: lang: "de" is not one of nl, en',
      'x.md: draft: "ja" must be true (yes) or false (no)',
      'x.md: owner: "Anna Jansen" is not an id: use lower-case letters, digits and hyphens, like "excel-basis" — did you mean "anna-jansen"?',
      'x.md: reviewedAt: "1-1-2026" is not a date — write it as 2026-03-15 (year-month-day) — did you mean "2026-01-01"?',
      'x.md: reviewEveryMonths: 0 must be a whole number of months from 1 to 60',
    ]);
  });

  test('an unknown field suggests the known one, or lists the fields when there are few', () => {
    expect(problems(paginaSchema, { title: 'T', description: 'D.', tgas: [] })).toEqual([
      'x.md: tgas: is not a known field — did you mean "tags"?',
    ]);
    expect(problems(paginaSchema, { title: 'T', description: 'D.', foo: 1 })).toEqual([
      'x.md: foo: is not a known field — remove it or correct its name',
    ]);
    expect(
      problems(opleidingSchema, { ...COURSE, cost: { amount: 0, paidBy: 'werkgever', btw: 21 } }),
    ).toEqual(['x.md: cost.btw: is not a known field — remove it or use one of amount, currency, paidBy']);
  });
});

describe('dates', () => {
  test('YAML dates and written dates are accepted as calendar days', () => {
    expect(parse(blogSchema, BLOG).publishedAt).toEqual(date('2026-01-10'));
    expect(parse(blogSchema, { ...BLOG, publishedAt: date('2026-01-10') }).publishedAt).toEqual(
      date('2026-01-10'),
    );
  });

  test.each([
    ['2026-02-30', 'a day that does not exist', ''],
    ['15-03-2026', 'day first', '2026-03-15'],
    ['15/3/2026', 'with slashes', '2026-03-15'],
    ['2026-3-5', 'without leading zeros', '2026-03-05'],
    ['15 maart 2026', 'in Dutch words', '2026-03-15'],
    ['March 15, 2026', 'in English words', '2026-03-15'],
    ['2026-01-10 10:00', 'with a time', ''],
    ['maart 2026', 'without a day', ''],
  ])('"%s" (%s) is not a date; a date that can be read gets its right form', (value, _how, meant) => {
    const hint = meant ? ` — did you mean "${meant}"?` : '';
    expect(problems(blogSchema, { ...BLOG, publishedAt: value })).toEqual([
      `x.md: publishedAt: "${value}" is not a date — write it as 2026-03-15 (year-month-day)${hint}`,
    ]);
  });

  test('a date of the wrong type, or missing', () => {
    expect(problems(blogSchema, { ...BLOG, publishedAt: 20260110 })).toEqual([
      'x.md: publishedAt: 20260110 must be a date written as 2026-03-15 (year-month-day)',
    ]);
    const { publishedAt: _, ...withoutDate } = BLOG;
    expect(problems(blogSchema, withoutDate)).toEqual([
      'x.md: publishedAt: is missing — add a line "publishedAt:" to the fields at the top of the file (between the two --- lines); it must be a date written as 2026-03-15 (year-month-day)',
    ]);
  });
});

describe('blog', () => {
  test('defaults and a full post', () => {
    const post = parse(blogSchema, {
      ...BLOG,
      updatedAt: '2026-02-01',
      cover: './omslag.jpg',
      coverAlt: 'Een klaslokaal.',
    });
    expect(post.updatedAt).toEqual(date('2026-02-01'));
    expect(post.related).toEqual([]);
    expect(post.draft).toBe(false);
  });

  test('at least one author', () => {
    expect(problems(blogSchema, { ...BLOG, authors: [] })).toEqual([
      'x.md: authors: [] needs at least one author (an expert id), as a list: [anna-jansen]',
    ]);
    expect(problems(blogSchema, { ...BLOG, authors: 'anna-jansen' })).toEqual([
      'x.md: authors: "anna-jansen" needs at least one author (an expert id), as a list: [anna-jansen]',
    ]);
  });

  test('an update cannot precede publication, even when other fields are wrong too', () => {
    expect(problems(blogSchema, { ...BLOG, updatedAt: '2026-01-09' })).toEqual([
      'x.md: updatedAt: is before publishedAt — an update cannot precede publication',
    ]);
    expect(problems(blogSchema, { ...BLOG, title: '', updatedAt: '2026-01-09' })).toEqual([
      'x.md: title: "" must not be empty',
      'x.md: updatedAt: is before publishedAt — an update cannot precede publication',
    ]);
  });

  test('a cover needs a text alternative and must be an image', () => {
    expect(problems(blogSchema, { ...BLOG, cover: './omslag.jpg' })).toEqual([
      'x.md: coverAlt: is required when there is a cover — describe the image for people who cannot see it',
    ]);
    expect(problems(blogSchema, { ...BLOG, cover: './omslag.pdf', coverAlt: 'x' })).toEqual([
      'x.md: cover: "./omslag.pdf" must be an image file (.jpg, .png, .webp, .avif, .gif or .svg)',
    ]);
  });
});

describe('learning stories', () => {
  test('the author is an expert id or a colleague named inline', () => {
    expect(parse(leerverhaalSchema, STORY).author).toBe('anna-jansen');
    const inline = { name: 'Kees de Boer', role: 'Medewerker', department: 'Financiën' };
    expect(parse(leerverhaalSchema, { ...STORY, author: inline }).author).toEqual(inline);
    expect(problems(leerverhaalSchema, { ...STORY, author: { role: 'Medewerker' } })).toEqual([
      'x.md: author: {"role":"Medewerker"} must be an expert id (like "sanne-de-vries") or a colleague with name, role and department',
    ]);
  });

  test('what was learned and applied are required; the method is from the list', () => {
    const { learned: _, ...withoutLearned } = STORY;
    expect(problems(leerverhaalSchema, { ...withoutLearned, method: 'Klassikaal' })).toEqual([
      'x.md: learned: is missing — add a line "learned:" to the fields at the top of the file (between the two --- lines); it must be text (what the author learned)',
      'x.md: method: "Klassikaal" is not one of klassikaal, e-learning, blended, coaching, intervisie, webinar, zelfstudie, on-the-job, mentoring — did you mean "klassikaal"?',
    ]);
  });
});

describe('courses', () => {
  test('defaults: currency EUR, language nl, no runs', () => {
    const course = parse(opleidingSchema, COURSE);
    expect(course.cost).toEqual({ amount: 0, currency: 'EUR', paidBy: 'werkgever' });
    expect(course.language).toBe('nl');
    expect(course.runs).toEqual([]);
  });

  test('the example of issue 2: a misspelt method', () => {
    expect(
      problems(opleidingSchema, { ...COURSE, method: 'klasikaal' }, 'content/opleidingen/excel-basis.md'),
    ).toEqual([
      'content/opleidingen/excel-basis.md: method: "klasikaal" is not one of klassikaal, e-learning, blended, coaching, intervisie, webinar, zelfstudie, on-the-job, mentoring — did you mean "klassikaal"?',
    ]);
  });

  test('numbers: hours above 0, an amount of 0 or more, level 1 to 8', () => {
    expect(
      problems(opleidingSchema, {
        ...COURSE,
        durationHours: 0,
        cost: { amount: -5, paidBy: 'baas' },
        level: 9,
      }),
    ).toEqual([
      'x.md: durationHours: 0 must be a number of hours, more than 0',
      'x.md: cost.amount: -5 must be a number (the amount, 0 when free), 0 or more',
      'x.md: cost.paidBy: "baas" is not one of werkgever, medewerker, gedeeld, opleidingsfonds',
      'x.md: level: 9 must be a whole number (an NLQF level) from 1 to 8',
    ]);
    expect(
      problems(opleidingSchema, {
        ...COURSE,
        durationHours: 'acht',
        cost: { amount: 0, paidBy: 'werkgever', currency: 'euro' },
      }),
    ).toEqual([
      'x.md: durationHours: "acht" must be a number of hours, more than 0',
      'x.md: cost.currency: "euro" must be a currency code like EUR',
    ]);
  });

  test('runs: real dates, an end not before the start, a place, seats from 1', () => {
    const runs = [
      { start: '2027-02-10', end: '2027-02-11', location: 'Stadhuis', seats: 12 },
      { start: '2027-03-10', end: '2027-03-01', location: 'Online' },
      { start: '2027-04-31', location: '', seats: 0 },
      { start: '2027-05-01', locaton: 'Stadhuis' },
    ];
    expect(problems(opleidingSchema, { ...COURSE, runs })).toEqual([
      'x.md: runs[1].end: is before start — a run cannot end before it begins',
      'x.md: runs[2].start: "2027-04-31" is not a date — write it as 2026-03-15 (year-month-day)',
      'x.md: runs[2].location: "" must not be empty',
      'x.md: runs[2].seats: 0 must be a whole number of seats, 1 or more',
      'x.md: runs[3].location: is missing — add a line "location:" under runs[3]; it must be text (a place or "online")',
      'x.md: runs[3].locaton: is not a known field — did you mean "location"?',
    ]);
  });

  test('runs: times of day on the 24-hour clock, read as text and given back as HH:MM', () => {
    const runs = [
      { start: '2027-02-10', startTime: '9:00', endTime: '16:30', location: 'Stadhuis' },
      { start: '2027-02-11', end: '2027-02-12', startTime: '13:00', endTime: '12:00', location: 'Stadhuis' },
      { start: '2027-02-15', location: 'Online' },
    ];
    const parsed = parse(opleidingSchema, { ...COURSE, runs }).runs;
    expect(parsed.map((r) => [r.startTime, r.endTime])).toEqual([
      ['09:00', '16:30'],
      // Over two days the end may be earlier on the clock than the start.
      ['13:00', '12:00'],
      [undefined, undefined],
    ]);
  });

  test('runs: a bad time names the value and the fix', () => {
    const runs = [
      // YAML reads an unquoted 9.30 as the number 9.3.
      { start: '2027-02-10', startTime: 9.3, endTime: '16:30', location: 'A' },
      { start: '2027-02-11', startTime: '9u30', endTime: '25:00', location: 'A' },
      { start: '2027-02-12', startTime: 'morgens', endTime: '12:00', location: 'A' },
    ];
    expect(problems(opleidingSchema, { ...COURSE, runs })).toEqual([
      'x.md: runs[0].startTime: 9.3 is not a time of day — write "09:30", with a colon',
      'x.md: runs[1].startTime: "9u30" is not a time of day — write "09:30", with a colon',
      'x.md: runs[1].endTime: "25:00" is not a time of day — write it as "09:30" (hours:minutes, 24-hour clock, 00:00 to 23:59)',
      'x.md: runs[2].startTime: "morgens" is not a time of day — write it as "09:30" (hours:minutes, 24-hour clock, 00:00 to 23:59)',
    ]);
  });

  test('runs: start and end time go together; on one day the end comes after the start', () => {
    const runs = [
      { start: '2027-02-10', startTime: '09:00', location: 'A' },
      { start: '2027-02-11', endTime: '12:00', location: 'A' },
      { start: '2027-02-12', startTime: '13:00', endTime: '04:30', location: 'A' },
      { start: '2027-02-13', end: '2027-02-13', startTime: '13:00', endTime: '13:00', location: 'A' },
      { start: '2027-02-14', startTime: '09:00', endTime: '08:00', location: 'A' },
    ];
    expect(problems(opleidingSchema, { ...COURSE, runs })).toEqual([
      'x.md: runs[0].endTime: is missing — a run with a startTime needs an endTime too (e.g. endTime: "16:30"), or remove startTime for a whole-day run',
      'x.md: runs[1].startTime: is missing — a run with an endTime needs a startTime too (e.g. startTime: "09:00"), or remove endTime for a whole-day run',
      'x.md: runs[2].endTime: "04:30" is not after startTime "13:00" — on a one-day run the end time comes later that day (24-hour clock) — did you mean "16:30"?',
      'x.md: runs[3].endTime: "13:00" is not after startTime "13:00" — on a one-day run the end time comes later that day (24-hour clock)',
      'x.md: runs[4].endTime: "08:00" is not after startTime "09:00" — on a one-day run the end time comes later that day (24-hour clock) — did you mean "20:00"?',
    ]);
  });

  test('runs: each run of a course has its own key (its id, or else its start date)', () => {
    const runs = [
      { start: '2027-02-10', location: 'A' },
      { start: '2027-02-10', startTime: '13:00', endTime: '17:00', location: 'A' },
      { start: '2027-03-01', id: '2027-02-10', location: 'A' },
      { start: '2027-03-02', id: 'voorjaar', location: 'A' },
      { start: '2027-03-03', id: 'voorjaar', location: 'A' },
      { start: '2027-03-04', id: 'Najaar 2027', location: 'A' },
    ];
    expect(problems(opleidingSchema, { ...COURSE, runs: runs.slice(0, 5) })).toEqual([
      'x.md: runs[1]: starts on 2027-02-10, like runs[0] — give one of them an id (e.g. id: 2027-02-10-middag) so each run keeps its own calendar file',
      'x.md: runs[2].id: "2027-02-10" is already the key of runs[0] — give each run of a course its own id',
      'x.md: runs[4].id: "voorjaar" is already the key of runs[3] — give each run of a course its own id',
    ]);
    expect(problems(opleidingSchema, { ...COURSE, runs: runs.slice(5) })).toEqual([
      'x.md: runs[0].id: "Najaar 2027" must be lower-case letters, digits and hyphens, like "voorjaar-2027" — did you mean "najaar-2027"?',
    ]);
  });

  test('enrol is a web address or a mailto: link', () => {
    expect(parse(opleidingSchema, { ...COURSE, enrol: 'mailto:leren@example.nl' }).enrol).toBe(
      'mailto:leren@example.nl',
    );
    expect(problems(opleidingSchema, { ...COURSE, enrol: 'www.example.nl' })).toEqual([
      'x.md: enrol: "www.example.nl" must be a web address (https://…) or an e-mail link (mailto:naam@organisatie.nl)',
    ]);
  });
});

describe('experts', () => {
  test('defaults: no consent, Dutch speaking', () => {
    const expert = parse(expertSchema, EXPERT);
    expect(expert.consent).toBe(false);
    expect(expert.languages).toEqual(['nl']);
    expect('title' in expert).toBe(false);
  });

  test('contact details, availability, languages and consent', () => {
    expect(
      problems(expertSchema, {
        ...EXPERT,
        email: 'anna@',
        phone: 'bel me',
        availableFor: ['vragn'],
        languages: ['NL'],
        consent: 'ja',
        photo: './anna.jpg',
      }),
    ).toEqual([
      'x.md: availableFor[0]: "vragn" is not one of vragen, intervisie, mentoring, workshop, meelopen — did you mean "vragen"?',
      'x.md: email: "anna@" must be an e-mail address, like naam@organisatie.nl',
      'x.md: phone: "bel me" must be a phone number like 030 123 45 67',
      'x.md: languages[0]: "NL" must be a two-letter language code like nl — did you mean "nl"?',
      'x.md: consent: "ja" must be true (yes) or false (no)',
    ]);
    expect(problems(expertSchema, { ...EXPERT, photo: './anna.jpg' })).toEqual([
      'x.md: photoAlt: is required when there is a photo — describe the photo',
    ]);
  });

  test('an expert has a name, not a title', () => {
    expect(problems(expertSchema, { ...EXPERT, title: 'Anna' })).toEqual([
      'x.md: title: is not a known field — remove it or correct its name',
    ]);
  });
});

describe('competencies', () => {
  test('levels are whole numbers from 1 to 5, each once', () => {
    expect(parse(competentieSchema, COMPETENCY).levels).toEqual([{ level: 1, description: 'Deelt.' }]);
    const levels = [
      { level: 0, description: 'a' },
      { level: 1.5, description: 'b' },
      { level: 6, description: 'c' },
      { level: 2, extra: 'd' },
    ];
    expect(problems(competentieSchema, { ...COMPETENCY, levels })).toEqual([
      'x.md: levels[0].level: 0 must be a whole number from 1 to 5',
      'x.md: levels[1].level: 1.5 must be a whole number from 1 to 5',
      'x.md: levels[2].level: 6 must be a whole number from 1 to 5',
      'x.md: levels[3].description: is missing — add a line "description:" under levels[3]; it must be text (a description)',
      'x.md: levels[3].extra: is not a known field — remove it or use one of level, description',
    ]);
    expect(problems(competentieSchema, { ...COMPETENCY, levels: [] })).toEqual([
      'x.md: levels: [] needs at least one level',
    ]);
    expect(
      problems(competentieSchema, { ...COMPETENCY, levels: [COMPETENCY.levels[0], COMPETENCY.levels[0]] }),
    ).toEqual(['x.md: levels: has a level number twice — each level appears once']);
  });
});

describe('role profiles', () => {
  test('competencies at a level, and growth paths', () => {
    const role = parse(functieSchema, {
      ...ROLE,
      competencies: [{ competency: 'samenwerken', level: 2 }],
      nextRoles: ['senior'],
    });
    expect(role.competencies).toEqual([{ competency: 'samenwerken', level: 2 }]);
    expect(
      problems(functieSchema, {
        ...ROLE,
        competencies: [{ competency: 'samenwerken' }, { competency: 'samenwerken', level: 'hoog' }],
      }),
    ).toEqual([
      'x.md: competencies[0].level: is missing — add a line "level:" under competencies[0]; it must be a whole number from 1 to 5',
      'x.md: competencies[1].level: "hoog" must be a whole number from 1 to 5',
    ]);
  });
});

describe('pages', () => {
  test('order is a whole number, 0 or more', () => {
    expect(problems(paginaSchema, { title: 'T', description: 'D.', order: -1 })).toEqual([
      'x.md: order: -1 must be a whole number, 0 or more',
    ]);
  });
});

describe('site settings', () => {
  const SITE = {
    name: 'Gemeente Lindewaard',
    url: 'https://intranet.lindewaard.example',
    contact: { name: 'Team Leren' },
  };

  test('defaults: hidden from search engines, base /, .mdx trusted in blog and pages', () => {
    expect(parse(siteSchema, SITE)).toEqual({
      ...SITE,
      siteName: 'Leerhuis',
      accentColor: '#0b5f86',
      defaultLocale: 'nl',
      base: '/',
      indexable: false,
      trustedMdx: ['blog', 'paginas'],
      synonyms: [],
    });
  });

  test('synonyms: groups of at least two words, each named by its place when wrong', () => {
    expect(parse(siteSchema, { ...SITE, synonyms: [['KCC', 'klantcontactcentrum']] }).synonyms).toEqual([
      ['KCC', 'klantcontactcentrum'],
    ]);
    expect(problems(siteSchema, { ...SITE, synonyms: [['KCC'], ['MT', '']] }, 'content/site.yaml')).toEqual([
      'content/site.yaml: synonyms[0]: ["KCC"] must list at least 2 items',
      'content/site.yaml: synonyms[1][1]: "" must not be empty',
    ]);
    expect(
      problems(siteSchema, { ...SITE, synonyms: 'KCC, klantcontactcentrum' }, 'content/site.yaml'),
    ).toEqual(['content/site.yaml: synonyms: "KCC, klantcontactcentrum" must be a list, like [a, b]']);
  });

  test('each field names its fix, in site.yaml rather than front matter', () => {
    expect(
      problems(
        siteSchema,
        {
          name: 'G',
          contact: { email: 'leren' },
          accentColor: 'blauw',
          base: 'leren',
          url: 'intranet',
          defaultLocale: 'fr',
          indexible: true,
          logo: 'logo.bmp',
        },
        'content/site.yaml',
      ),
    ).toEqual([
      'content/site.yaml: logo: "logo.bmp" must be an image file (.jpg, .png, .webp, .avif, .gif or .svg)',
      'content/site.yaml: accentColor: "blauw" must be a colour like #0b6e4f',
      'content/site.yaml: defaultLocale: "fr" is not one of nl, en',
      'content/site.yaml: base: "leren" must start and end with a slash, like "/" or "/leren/"',
      'content/site.yaml: url: "intranet" must be a web address like https://intranet.example.nl: the address employees open the site at (feeds and the newsletter link to it)',
      'content/site.yaml: contact.name: is missing — add a line "name:" under contact; it must be text (a name or team)',
      'content/site.yaml: contact.email: "leren" must be an e-mail address, like naam@organisatie.nl',
      'content/site.yaml: indexible: is not a known field — did you mean "indexable"?',
    ]);
    expect(problems(siteSchema, {}, 'content/site.yaml')).toEqual([
      'content/site.yaml: name: is missing — add a line "name:" to site.yaml; it must be text (the organisation name)',
      'content/site.yaml: url: is missing — add a line "url:" to site.yaml; it must be a web address like https://intranet.example.nl: the address employees open the site at (feeds and the newsletter link to it)',
      'content/site.yaml: contact: is missing — add a line "contact:" to site.yaml; it must hold at least name on the lines below it',
    ]);
  });
});

describe('tag vocabulary', () => {
  test('ids are lower-case words; each tag has a label; aliases default to none', () => {
    expect(parse(tagsSchema, { leren: { label: 'Leren' } })).toEqual({
      leren: { label: 'Leren', aliases: [] },
    });
    expect(
      problems(
        tagsSchema,
        { Leren: { label: 'Leren' }, excel: {}, feedback: 'Feedback' },
        'content/tags.yaml',
      ),
    ).toEqual([
      'content/tags.yaml: Leren: "Leren" is not a tag id: use lower-case words joined by hyphens, like "feedback-geven" — did you mean "leren"?',
      'content/tags.yaml: excel.label: is missing — add a line "label:" under excel; it must be text (a label)',
      'content/tags.yaml: feedback: feedback needs label instead of "Feedback": on the lines below it (indented by two spaces) or on one line, for example: feedback: { label: … }',
    ]);
  });
});
