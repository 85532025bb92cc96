/** The rules of `npm run new` that ask nothing: collection names, free ids, placeholders, the model's fields. */
import { rendered } from '../helpers/messages.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingIds, idProblem, resolveCollection } from '../../src/lib/new-entry.ts';
import { hasPlaceholder, placeholderFields, placeholderProblems } from '../../src/lib/placeholders.ts';
import { collectionFields, fieldAt } from '../../src/lib/schema-fields.ts';
import type { SourceEntry } from '../../src/lib/load-content.ts';
import { COLLECTION_NAMES, collections } from '../../src/schemas/index.ts';
import { METHODS } from '../../src/schemas/vocab.ts';

const root = mkdtempSync(join(tmpdir(), 'leerhuis-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('which collection a word means', () => {
  it.each([
    ['leerverhalen', 'leerverhalen'],
    ['Leerverhaal', 'leerverhalen'],
    ['verhaal', 'leerverhalen'],
    ['learning story', 'leerverhalen'],
    ['opleiding', 'opleidingen'],
    ['course', 'opleidingen'],
    ['blogbericht', 'blog'],
    ['blog post', 'blog'],
    ['expert', 'experts'],
    ['competentie', 'competenties'],
    ['functie', 'functies'],
    ['role', 'functies'],
    ["pagina's", 'paginas'],
    ['page', 'paginas'],
  ])('%s → %s', (word, collection) => {
    expect(resolveCollection(word)).toEqual({ collection });
  });

  it('knows every collection of the registry by its folder name', () => {
    for (const c of COLLECTION_NAMES) expect(resolveCollection(c)).toEqual({ collection: c });
  });

  it('suggests the nearest for a typo and nothing for a stranger', () => {
    expect(resolveCollection('oplieding')).toEqual({ suggestion: 'opleidingen' });
    expect(resolveCollection('xyzzy')).toEqual({});
    expect(resolveCollection('')).toEqual({});
  });
});

describe('whether an id is free', () => {
  const dir = join(root, 'content');
  mkdirSync(join(dir, 'opleidingen/extra'), { recursive: true });
  mkdirSync(join(dir, 'blog'), { recursive: true });
  writeFileSync(join(dir, 'opleidingen/excel-basis.md'), '');
  writeFileSync(join(dir, 'opleidingen/extra/diep.mdx'), '');
  writeFileSync(join(dir, 'blog/welkom.md'), '');
  writeFileSync(join(dir, 'blog/omslag.jpg'), '');
  const taken = existingIds(dir, root);

  it('lists the ids of every collection, in subfolders too, and no images', () => {
    expect([...taken.keys()].sort()).toEqual(['diep', 'excel-basis', 'welkom']);
    expect(taken.get('welkom')).toBe(join('content', 'blog', 'welkom.md'));
  });

  it('refuses an id any collection uses, naming the file', () => {
    expect(idProblem('welkom', 'leerverhalen', taken, 'nl')).toBe(
      `Het id "welkom" bestaat al: ${join('content', 'blog', 'welkom.md')}. Een id komt maar één keer voor in de hele site. Kies een andere titel, of geef een andere bestandsnaam op met --id.`,
    );
    expect(idProblem('welkom', 'blog', taken, 'en')).toMatch(/^The id "welkom" exists already/);
  });

  it('refuses what cannot be an id, an address of the site and a page number', () => {
    expect(idProblem('Excel Basis', 'opleidingen', taken, 'nl')).toMatch(/kan geen bestandsnaam zijn/);
    expect(idProblem('zoeken', 'paginas', taken, 'nl')).toMatch(
      /al een adres van de site zelf \(\/zoeken\/\)/,
    );
    expect(idProblem('zoeken', 'blog', taken, 'nl')).toBeUndefined();
    expect(idProblem('2027', 'blog', taken, 'nl')).toMatch(/lijstpagina/);
    expect(idProblem('excel-gevorderd', 'opleidingen', taken, 'nl')).toBeUndefined();
  });
});

describe('placeholders', () => {
  const entry = (data: Record<string, unknown>, body = ''): SourceEntry => ({
    collection: 'opleidingen',
    id: 'x',
    file: 'content/opleidingen/x.md',
    path: '/x.md',
    ext: '.md',
    data,
    body,
    bodyLine: 10,
  });

  it('are found in any language, as a word of their own, at any depth', () => {
    expect(hasPlaceholder('VUL-IN')).toBe(true);
    expect(hasPlaceholder('FILL-IN: a title')).toBe(true);
    expect(hasPlaceholder('Hoe VUL-IN werkt')).toBe(true);
    expect(hasPlaceholder('VUL-INGEN')).toBe(false);
    expect(placeholderFields({ cost: { amount: 'VUL-IN' }, authors: ['a', 'VUL-IN'], n: 3 })).toEqual([
      { path: 'cost.amount' },
      { path: 'authors[1]' },
    ]);
  });

  it('name the field and what belongs there, and the line in the text', () => {
    const { problems, fields } = placeholderProblems(
      entry(
        { method: 'VUL-IN', title: 'Titel' },
        '\n## Wat je leert\n\nVUL-IN: Schrijf op wat je leert.\n\n```\nVUL-IN in code telt niet\n```\nOok `VUL-IN` als voorbeeld niet.\n',
      ),
      'nl',
    );
    expect(fields).toEqual(['method']);
    expect(rendered(problems, 'nl')).toEqual([
      {
        file: 'content/opleidingen/x.md',
        field: 'method',
        message: `vul dit in: de leervorm — kies uit ${METHODS.join(', ')}`,
      },
      {
        file: 'content/opleidingen/x.md',
        line: 13,
        message: 'vul dit in: Schrijf op wat je leert. — vervang deze regel door je eigen tekst',
      },
    ]);
  });
});

describe('the fields of the model', () => {
  it('cover every field of every schema, with the same required ones', () => {
    for (const c of COLLECTION_NAMES) {
      const schema = collections[c].schema as unknown as { shape: Record<string, unknown> };
      expect(
        collectionFields(c)
          .map((f) => f.name)
          .sort(),
        c,
      ).toEqual(Object.keys(schema.shape).sort());
      const result = collections[c].schema.safeParse({});
      const missing = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
      expect(
        collectionFields(c)
          .filter((f) => f.required)
          .map((f) => f.name)
          .sort(),
        c,
      ).toEqual([...missing].sort());
    }
  });

  it('read kinds, allowed values, limits, defaults and where references point', () => {
    expect(fieldAt('opleidingen', 'method')).toMatchObject({
      kind: 'choice',
      required: true,
      values: METHODS,
    });
    expect(fieldAt('opleidingen', 'cost.paidBy')).toMatchObject({ kind: 'choice', required: true });
    expect(fieldAt('opleidingen', 'runs[0].start')).toMatchObject({ kind: 'date', required: true });
    expect(fieldAt('opleidingen', 'level')).toMatchObject({
      kind: 'integer',
      required: false,
      min: 1,
      max: 8,
    });
    expect(fieldAt('opleidingen', 'durationHours')).toMatchObject({
      kind: 'number',
      min: 0,
      minInclusive: false,
    });
    expect(fieldAt('opleidingen', 'language')).toMatchObject({ kind: 'choice', default: 'nl' });
    expect(fieldAt('blog', 'authors')).toMatchObject({
      kind: 'list',
      min: 1,
      item: { kind: 'id', to: ['experts'] },
    });
    expect(fieldAt('experts', 'expertise')?.item?.to).toEqual(['competenties', 'tags']);
    expect(fieldAt('functies', 'competencies[0].competency')).toMatchObject({
      kind: 'id',
      to: ['competenties'],
    });
    expect(fieldAt('blog', 'related')?.item?.to).toBe('any');
    expect(fieldAt('leerverhalen', 'author')).toMatchObject({ kind: 'either', required: true });
    expect(fieldAt('leerverhalen', 'author.name')).toMatchObject({ kind: 'text', required: true });
    expect(fieldAt('experts', 'email')?.kind).toBe('email');
    expect(fieldAt('experts', 'consent')).toMatchObject({ kind: 'boolean', default: false });
    expect(fieldAt('blog', 'description')?.max).toBe(300);
    expect(fieldAt('blog', 'nonsense')).toBeUndefined();
  });
});
