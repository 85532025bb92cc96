/**
 * The editors' JSON Schema files say what the checker says: every file of the sample site gets
 * the same verdict from the JSON Schema (validated with ajv, as the editor extensions do) as
 * from the zod schema it was generated from, and a set of broken variants fails both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { editorSchemas, readVocabulary } from '../../src/lib/json-schema.ts';
import { loadContent, parseYaml } from '../../src/lib/load-content.ts';
import { collections, COLLECTION_NAMES, siteSchema, tagsSchema } from '../../src/schemas/index.ts';
import type { z } from 'zod';

const content = join(import.meta.dirname, '../../content');
const schemas = editorSchemas('nl', readVocabulary(content));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const compiled = new Map<string, ValidateFunction>();
const jsonValidator = (file: string) =>
  compiled.get(file) ?? compiled.set(file, ajv.compile(schemas[file]!)).get(file)!;

/** Data as an editor sees it: YAML dates are text there, as they are written. */
const asWritten = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : Array.isArray(value)
      ? value.map(asWritten)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asWritten(v)]))
        : value;

function verdicts(schemaFile: string, zodSchema: z.ZodType, data: unknown) {
  const json = jsonValidator(schemaFile);
  return { zod: zodSchema.safeParse(data).success, json: json(asWritten(data)), errors: json.errors };
}

const source = loadContent(content);

describe('JSON Schema and zod agree', () => {
  test('there is one schema per collection, one for site.yaml and one for tags.yaml', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [...COLLECTION_NAMES.map((c) => `${c}.schema.json`), 'site.schema.json', 'tags.schema.json'].sort(),
    );
  });

  test('every sample entry passes both', () => {
    expect(source.entries.length).toBeGreaterThan(40);
    for (const entry of source.entries) {
      const v = verdicts(`${entry.collection}.schema.json`, collections[entry.collection].schema, entry.data);
      expect({ file: entry.file, ...v, errors: undefined }, JSON.stringify(v.errors)).toEqual({
        file: entry.file,
        zod: true,
        json: true,
        errors: undefined,
      });
    }
  });

  test('site.yaml and tags.yaml pass both', () => {
    const site = parseYaml(readFileSync(join(content, 'site.yaml'), 'utf8'));
    const tags = parseYaml(readFileSync(join(content, 'tags.yaml'), 'utf8'));
    expect(verdicts('site.schema.json', siteSchema, site)).toMatchObject({ zod: true, json: true });
    expect(verdicts('tags.schema.json', tagsSchema, tags)).toMatchObject({ zod: true, json: true });
  });

  /** Mistakes an editor makes, applied to the first sample entry of each collection. */
  const BROKEN: [string, (d: Record<string, unknown>) => Record<string, unknown>][] = [
    ['an unknown field', (d) => ({ ...d, tgas: ['leren'] })],
    ['a missing description', ({ description: _, ...d }) => d],
    ['an empty description', (d) => ({ ...d, description: '' })],
    ['a description over 300 characters', (d) => ({ ...d, description: 'x'.repeat(301) })],
    ['a tag that is not an id', (d) => ({ ...d, tags: ['Excel Basis'] })],
    ['tags as text instead of a list', (d) => ({ ...d, tags: 'leren' })],
    ['a language that does not exist', (d) => ({ ...d, lang: 'Nederlands' })],
    ['draft as a word', (d) => ({ ...d, draft: 'ja' })],
    ['a review date written day first', (d) => ({ ...d, reviewedAt: '15-03-2026' })],
    ['review every 0 months', (d) => ({ ...d, reviewEveryMonths: 0 })],
    ['an owner written as a name', (d) => ({ ...d, owner: 'Anna Jansen' })],
  ];
  const SPECIFIC: Record<string, [string, (d: Record<string, unknown>) => Record<string, unknown>][]> = {
    opleidingen: [
      ['a method not in the list', (d) => ({ ...d, method: 'klasikaal' })],
      ['hours with a comma', (d) => ({ ...d, durationHours: '8,5' })],
      ['cost as a word', (d) => ({ ...d, cost: 'gratis' })],
      ['cost without paidBy', (d) => ({ ...d, cost: { amount: 0 } })],
      ['an NLQF level of 9', (d) => ({ ...d, level: 9 })],
      ['a run without a place', (d) => ({ ...d, runs: [{ start: '2027-01-01' }] })],
      ['a run on a Dutch date', (d) => ({ ...d, runs: [{ start: '1 maart 2027', location: 'X' }] })],
    ],
    leerverhalen: [
      ['an author as a name', (d) => ({ ...d, author: 'Esra Demir' })],
      ['an inline author without a name', (d) => ({ ...d, author: { role: 'Adviseur' } })],
      ['no publication date', ({ publishedAt: _, ...d }) => d],
    ],
    experts: [
      ['a language by name', (d) => ({ ...d, languages: ['Nederlands'] })],
      ['an e-mail address without domain', (d) => ({ ...d, email: 'anna@' })],
      ['consent as a word', (d) => ({ ...d, consent: 'ja' })],
    ],
    blog: [['no authors', (d) => ({ ...d, authors: [] })]],
    competenties: [['a level of 6', (d) => ({ ...d, levels: [{ level: 6, description: 'x' }] })]],
    functies: [
      ['a competency without a level', (d) => ({ ...d, competencies: [{ competency: 'samenwerken' }] })],
    ],
    paginas: [['an order below 0', (d) => ({ ...d, order: -1 })]],
  };

  for (const collection of COLLECTION_NAMES) {
    test(`broken variants of a ${collection} entry fail both`, () => {
      const entry = source.entries.find((e) => e.collection === collection)!;
      const base = { ...entry.data };
      if (collection === 'experts') delete base.title;
      for (const [what, breakIt] of [...BROKEN, ...(SPECIFIC[collection] ?? [])]) {
        if (collection === 'experts' && what === 'a missing description') continue;
        const v = verdicts(`${collection}.schema.json`, collections[collection].schema, breakIt(base));
        expect({ what, zod: v.zod, json: v.json }).toEqual({ what, zod: false, json: false });
      }
    });
  }

  test('broken settings and tags fail both', () => {
    const site = parseYaml(readFileSync(join(content, 'site.yaml'), 'utf8')) as Record<string, unknown>;
    for (const broken of [
      { ...site, accentColor: 'groen' },
      { ...site, defaultLocale: 'de' },
      { ...site, contact: 'Team Leren' },
      { ...site, base: 'leren' },
      { ...site, onbekend: true },
    ])
      expect(verdicts('site.schema.json', siteSchema, broken)).toMatchObject({ zod: false, json: false });
    for (const broken of [{ 'Feedback geven': { label: 'x' } }, { leren: 'Leren' }, { leren: { label: '' } }])
      expect(verdicts('tags.schema.json', tagsSchema, broken)).toMatchObject({ zod: false, json: false });
  });

  test('every field has help in the site language, and the ids and tags of the content are offered', () => {
    const opleidingen = schemas['opleidingen.schema.json'] as {
      properties: Record<string, { description?: string; anyOf?: { enum?: string[] }[] }>;
    };
    for (const [field, property] of Object.entries(opleidingen.properties))
      expect(property.description, field).toMatch(/\w/);
    expect(opleidingen.properties.contact!.anyOf![0]!.enum).toContain('fatma-yilmaz');
    const firstTag = readVocabulary(content).tags[0]!;
    expect(JSON.stringify(schemas['blog.schema.json'])).toContain(`"${firstTag}"`);
    const author = (schemas['leerverhalen.schema.json'] as { properties: { author: { anyOf: object[] } } })
      .properties.author;
    expect(JSON.stringify(author.anyOf)).toContain('"fatma-yilmaz"');
    expect(JSON.stringify(author.anyOf)).toContain('"department"');
    const helpKeys = Object.keys(dictionaries.nl).filter((k) => k.startsWith('help.'));
    expect(helpKeys.length).toBeGreaterThan(60);
  });
});
