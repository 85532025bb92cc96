/**
 * The web editor's file format (src/lib/front-matter-edit.ts, registered by src/client/cms.ts):
 * a file read and saved unchanged stays byte for byte the same, an edit rewrites only the
 * edited value, and a new entry is written in the forms the checker reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatter } from '../../src/client/cms.ts';
import { eitherFields, fieldOrder } from '../../src/lib/cms-admin.ts';
import { readEntry, writeEntry } from '../../src/lib/front-matter-edit.ts';
import { load } from 'js-yaml';
import { validate } from '../../src/lib/zod-problems.ts';
import { collections } from '../../src/schemas/index.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const EITHER = eitherFields();
const format = formatter({ eitherFields: EITHER, order: fieldOrder() });

const sampleFiles = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(contentDir, d.name))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `${d.name}/${f}`),
  );

describe('reading and saving unchanged', () => {
  test('every sample entry comes back byte for byte', () => {
    expect(sampleFiles.length).toBeGreaterThan(40);
    const changed = sampleFiles.filter((file) => {
      const text = readFileSync(join(contentDir, file), 'utf8');
      return format.toFile(format.fromFile(text)) !== text;
    });
    expect(changed).toEqual([]);
  });

  test("a story's author profile shows as a picker value, and is written back as the id alone", () => {
    const text = '---\ntitle: Verhaal\nauthor: noor-haddad\n---\n\nTekst.\n';
    const data = readEntry(text, EITHER);
    expect(data.author).toEqual({ profiel: 'noor-haddad' });
    expect(writeEntry({ ...data, author: { profiel: 'fatma-yilmaz' } }, EITHER)).toBe(
      '---\ntitle: Verhaal\nauthor: fatma-yilmaz\n---\n\nTekst.\n',
    );
    // Without a profile: the group alone.
    expect(
      writeEntry(
        { ...data, author: { profiel: '', name: 'Kees', role: 'Adviseur', department: 'Financiën' } },
        EITHER,
      ),
    ).toBe(
      '---\ntitle: Verhaal\nauthor:\n  name: Kees\n  role: Adviseur\n  department: Financiën\n---\n\nTekst.\n',
    );
  });
});

describe('an edit changes only what was edited', () => {
  const text = [
    '---',
    'title: Excel in de praktijk',
    "description: 'Twee dagdelen: formules en draaitabellen.'",
    'competencies: [werken-met-data, digitaal-vakmanschap]',
    'runs:',
    '  - start: 2026-10-06',
    '    seats: 12',
    '  # Verschoven: het id houdt de afspraak gelijk.',
    '  - id: 2027-02-02',
    '    start: 2027-02-09',
    '    startTime: 09:30',
    'cost: { amount: 0, paidBy: werkgever }',
    '---',
    '',
    '## Wat leer je?',
    '',
  ].join('\n');

  test('a nested value: that line only; comments, quotes and flow lists stay', () => {
    const data = readEntry(text, EITHER);
    const runs = data.runs as Record<string, unknown>[];
    const edited = { ...data, runs: [runs[0], { ...runs[1], start: '2027-02-16' }] };
    expect(writeEntry(edited, EITHER)).toBe(text.replace('start: 2027-02-09', 'start: 2027-02-16'));
  });

  test('a list picked anew, a field cleared, a field added', () => {
    const data = readEntry(text, EITHER);
    const { description: _, ...rest } = data;
    const out = writeEntry({ ...rest, description: '', competencies: ['werken-met-data'], level: 4 }, EITHER);
    expect(out).toBe(
      text
        .replace("description: 'Twee dagdelen: formules en draaitabellen.'\n", '')
        .replace('[werken-met-data, digitaal-vakmanschap]', '[werken-met-data]')
        .replace(
          'cost: { amount: 0, paidBy: werkgever }\n',
          'cost: { amount: 0, paidBy: werkgever }\nlevel: 4\n',
        ),
    );
  });

  test('texts a YAML 1.1 reader would take for something else are quoted; calendar days are not', () => {
    const data = readEntry(text, EITHER);
    const out = writeEntry(
      { ...data, title: 'yes', runs: [{ start: '2026-10-06', startTime: '13:30' }] },
      EITHER,
    );
    expect(out).toContain('title: "yes"\n');
    expect(out).toContain('start: 2026-10-06');
    expect(out).toContain('startTime: "13:30"');
  });
});

describe('a new entry', () => {
  const form = {
    body: 'Je leert de sjablonen kennen.',
    runs: [
      {
        seats: 14,
        end: '2027-03-02',
        start: '2027-03-02',
        startTime: '13:30',
        endTime: '17:00',
        location: 'Stadskantoor',
      },
      {},
    ],
    cost: { paidBy: 'werkgever', currency: 'EUR', amount: 0 },
    title: 'Werken met de huisstijl',
    description: 'Een middag oefenen.',
    provider: 'Team Communicatie',
    method: 'klassikaal',
    durationHours: 3.5,
    related: [],
    reviewedAt: '',
  };
  const sortedKeys = [
    'title',
    'description',
    'provider',
    'method',
    'durationHours',
    'cost',
    'runs',
    'related',
  ];

  test("fields in the form's order, nested ones too; what was left empty is left out", () => {
    expect(format.toFile(form, sortedKeys)).toBe(
      [
        '---',
        'title: Werken met de huisstijl',
        'description: Een middag oefenen.',
        'provider: Team Communicatie',
        'method: klassikaal',
        'durationHours: 3.5',
        'cost:',
        '  amount: 0',
        '  currency: EUR',
        '  paidBy: werkgever',
        'runs:',
        '  - start: 2027-03-02',
        '    end: 2027-03-02',
        '    startTime: "13:30"',
        '    endTime: "17:00"',
        '    location: Stadskantoor',
        '    seats: 14',
        '---',
        '',
        'Je leert de sjablonen kennen.',
        '',
      ].join('\n'),
    );
  });

  test("passes the course schema as the checker reads it (js-yaml's YAML 1.1)", () => {
    const matter = /^---\n([\s\S]*?)---\n/.exec(format.toFile(form, sortedKeys))![1]!;
    const result = validate('x.md', collections.opleidingen.schema, load(matter));
    expect(result.success ? [] : result.problems).toEqual([]);
  });
});
