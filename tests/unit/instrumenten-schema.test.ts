/**
 * Tools defined in content: each kind gets what it needs, and every mistake an editor can make
 * in a questionnaire is reported on its field with the fix, as `npm run check` prints it.
 */
import { rendered } from '../helpers/messages.ts';
import { describe, expect, it } from 'vitest';
import { collections, instrumentSchema } from '../../src/schemas/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { routeConflicts } from '../../src/lib/routes.ts';
import { validate } from '../../src/lib/zod-problems.ts';

const problems = (data: unknown) => {
  const result = validate('content/instrumenten/x.md', instrumentSchema, data);
  return result.success ? [] : result.problems.map((p) => formatProblem(p, 'en'));
};
const scale = [
  { value: 1, label: 'Nog niet' },
  { value: 2, label: 'Soms' },
  { value: 3, label: 'Vaak' },
];
const SCAN = {
  title: 'Zelfscan',
  description: 'Waar sta je?',
  kind: 'zelfscan',
  scale,
  competencies: [{ competency: 'helder-schrijven', statements: ['Ik schrijf kort.', 'Ik schrijf helder.'] }],
};
const TALK = {
  title: 'Gesprek',
  description: 'Voorbereiden.',
  kind: 'gesprek',
  sections: [{ title: 'Terugkijken', questions: [{ question: 'Waar ben je trots op?', hint: 'Een klus.' }] }],
};

describe('a self-scan', () => {
  it('is valid with a scale and statements per competency', () => {
    expect(problems(SCAN)).toEqual([]);
    const parsed = instrumentSchema.parse(SCAN);
    expect(parsed.lang).toBe('nl');
    expect(parsed.adviceFor).toBeUndefined();
  });

  it('needs a scale and competencies', () => {
    expect(problems({ ...SCAN, scale: undefined, competencies: undefined })).toEqual([
      'content/instrumenten/x.md: scale: is missing — a self-scan needs a scale: add "scale:" with the answers from low to high, like "- { value: 1, label: Nog niet }"',
      'content/instrumenten/x.md: competencies: is missing — a self-scan lists its statements per competency: add "competencies:" with "- competency: <id>" and "statements:" below it',
    ]);
  });

  it('has a scale of two to ten answers, from low to high, each value once', () => {
    expect(problems({ ...SCAN, scale: [scale[0]] })).toEqual([
      'content/instrumenten/x.md: scale: [{"value":1,"label":"Nog niet"}] needs at least two answers to choose from',
    ]);
    expect(problems({ ...SCAN, scale: [scale[1], scale[0]] })).toEqual([
      'content/instrumenten/x.md: scale: values 2, 1 must go up from low to high, each once — reorder or renumber them',
    ]);
    expect(
      problems({
        ...SCAN,
        scale: [
          { value: 1, label: 'a' },
          { value: 11, label: 'b' },
        ],
      })[0],
    ).toMatch(/scale\[1\]\.value: 11 must be a whole number from 0 to 10/);
  });

  it('refuses a competency twice, a statement twice, and advice for more competencies than it has', () => {
    expect(
      problems({
        ...SCAN,
        adviceFor: 3,
        competencies: [
          { competency: 'helder-schrijven', statements: ['Ik schrijf kort.'] },
          { competency: 'helder-schrijven', statements: ['Ik  schrijf kort. '] },
        ],
      }),
    ).toEqual([
      'content/instrumenten/x.md: competencies[1].competency: "helder-schrijven" is listed twice (also competencies[0]) — put all its statements under one entry',
      'content/instrumenten/x.md: competencies[1].statements[0]: "Ik  schrijf kort." is the same text as competencies[0].statements[0] — answers are kept per text, so each question appears once',
      'content/instrumenten/x.md: adviceFor: 3 is more than the 2 competencies this self-scan measures — use 2 or less',
    ]);
  });

  it('has no conversation sections', () => {
    expect(problems({ ...SCAN, sections: TALK.sections })).toEqual([
      'content/instrumenten/x.md: sections: belongs to kind: gesprek, not to kind: zelfscan — remove it, or set kind: gesprek',
    ]);
  });

  it('refers to its competencies as checked references', () => {
    expect(collections.instrumenten.references({ ...SCAN, tags: ['loopbaan'] })).toEqual([
      { field: 'tags[0]', id: 'loopbaan', to: ['tags'] },
      { field: 'competencies[0].competency', id: 'helder-schrijven', to: ['competenties'] },
    ]);
  });
});

describe('a conversation questionnaire', () => {
  it('is valid with sections of questions; answers are open text unless said otherwise', () => {
    expect(problems(TALK)).toEqual([]);
    expect(instrumentSchema.parse(TALK).sections?.[0]?.questions[0]?.answer).toBe('tekst');
  });

  it('needs a scale only when a question is answered on one', () => {
    const withScale = {
      ...TALK,
      sections: [{ title: 'Nu', questions: [{ question: 'Hoe gaat het?', answer: 'schaal' }] }],
    };
    expect(problems(withScale)).toEqual([
      'content/instrumenten/x.md: scale: is missing — a question with answer: schaal needs a scale: add "scale:" with the answers from low to high, like "- { value: 1, label: Nog niet }"',
    ]);
    expect(problems({ ...withScale, scale })).toEqual([]);
  });

  it('names an unknown answer type, field or kind with the nearest right one', () => {
    expect(
      problems({
        ...TALK,
        kind: 'gesprekken',
        sections: [{ title: 'Nu', questions: [{ question: 'Hoe?', answer: 'tekts', tip: 'x' }] }],
      }),
    ).toEqual([
      'content/instrumenten/x.md: kind: "gesprekken" is not one of zelfscan, gesprek — did you mean "gesprek"?',
      'content/instrumenten/x.md: sections[0].questions[0].answer: "tekts" is not one of tekst, schaal — did you mean "tekst"?',
      'content/instrumenten/x.md: sections[0].questions[0].tip: is not a known field — remove it or use one of question, hint, answer',
    ]);
  });

  it('refuses self-scan fields and the same question twice', () => {
    expect(
      problems({
        ...TALK,
        competencies: SCAN.competencies,
        sections: [
          { title: 'A', questions: [{ question: 'Wat wil je leren?' }] },
          { title: 'B', questions: [{ question: 'Wat wil je leren?' }] },
        ],
      }),
    ).toEqual([
      'content/instrumenten/x.md: competencies: belongs to kind: zelfscan, not to kind: gesprek — remove it, or set kind: zelfscan',
      'content/instrumenten/x.md: sections[1].questions[0].question: "Wat wil je leren?" is the same text as sections[0].questions[0].question — answers are kept per text, so each question appears once',
    ]);
  });
});

describe('addresses', () => {
  it('keeps the portfolio page free: a tool may not be called portfolio', () => {
    const entry = {
      collection: 'instrumenten' as const,
      id: 'portfolio',
      published: true,
      file: 'content/instrumenten/portfolio.md',
    };
    expect(rendered(routeConflicts([entry]))).toEqual([
      {
        file: 'content/instrumenten/portfolio.md',
        message:
          'id "portfolio" would take /instrumenten/portfolio/, the site\'s own portfolio page — rename the file',
      },
    ]);
    expect(routeConflicts([{ ...entry, collection: 'blog' }])).toEqual([]);
  });
});
