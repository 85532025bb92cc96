/**
 * `npm run new`'s file, for every collection in the registry (also ones added later): it holds
 * every field the schema requires, fails the real checker with one "vul dit in" per
 * placeholder, and passes once the placeholders are filled in.
 */
import { siteLocale } from '../../src/lib/site-settings.ts';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, readEntries } from '../../src/lib/check-content.ts';
import { parseYaml, splitFrontMatter } from '../../src/lib/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { scaffold, titleField } from '../../src/lib/scaffold.ts';
import { COLLECTION_NAMES, collections, type RefTarget } from '../../src/schemas/index.ts';
import { fillPlaceholders, type KnownIds } from '../helpers/fill-placeholders.ts';

const fixture = resolve(import.meta.dirname, '../fixtures/valid/content');
const root = mkdtempSync(join(tmpdir(), 'leerhuis-scaffold-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const today = '2026-11-29';
const now = new Date(`${today}T12:00:00Z`);

/** Published ids of the fixture per target, and its tags: what a filled-in file may refer to. */
const ids: KnownIds = (() => {
  const known: Partial<Record<RefTarget, string[]>> = { tags: ['leren', 'excel'] };
  for (const e of readEntries(fixture, { now })) if (e.published) (known[e.collection] ??= []).push(e.id);
  return known;
})();

/** Fields the schema itself says are missing from an empty entry. */
function requiredBySchema(collection: (typeof COLLECTION_NAMES)[number]): string[] {
  const result = collections[collection].schema.safeParse({});
  const issues = result.success ? [] : result.error.issues;
  return [...new Set(issues.filter((i) => i.path.length === 1).map((i) => String(i.path[0])))];
}

let sites = 0;
function checkWith(collection: string, file: string, text: string) {
  const dir = join(root, `site-${++sites}`);
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, collection, file), text);
  return checkContent(dir, { now, cwd: dir }).problems.map((p) => formatProblem(p, siteLocale(dir)));
}

describe.each(COLLECTION_NAMES)('a new entry of %s', (collection) => {
  const { text, placeholders } = scaffold({
    collection,
    title: 'Samen leren & delen',
    today,
    locale: 'nl',
    examples: ids,
  });
  const data = parseYaml(splitFrontMatter(text)!.matter) as Record<string, unknown>;

  it('writes every field the schema requires, with the title and today’s date', () => {
    const required = requiredBySchema(collection);
    expect(required.length).toBeGreaterThan(0);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(required));
    expect(data[titleField(collection)!.name]).toBe('Samen leren & delen');
    for (const [key, value] of Object.entries(data))
      if (value instanceof Date) expect(value.toISOString().slice(0, 10), key).toBe(today);
  });

  it('fails the check with one "vul dit in" per placeholder, naming the field', () => {
    const problems = checkWith(collection, 'samen-leren-en-delen.md', text);
    expect(problems.length).toBe(placeholders);
    for (const line of problems)
      expect(line).toMatch(/^[^:]+samen-leren-en-delen\.md(:\d+)?: ([\w.[\]]+: )?vul dit in: /);
    // Each front-matter placeholder is named by its field, with what belongs there.
    const named = problems.filter((p) => /\.md: [\w.[\]]+: vul dit in/.test(p));
    expect(named.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toMatch(/must be|is not one of|is missing/);
  });

  it('passes the check once every placeholder is filled in', () => {
    const filled = fillPlaceholders(collection, text, ids, today);
    expect(filled).not.toContain('VUL-IN');
    expect(checkWith(collection, 'samen-leren-en-delen.md', filled)).toEqual([]);
  });
});

describe('a new entry on an English site', () => {
  it('writes English comments and FILL-IN, which the check reports in English', () => {
    const { text, placeholders } = scaffold({
      collection: 'opleidingen',
      title: 'Data basics',
      today,
      locale: 'en',
    });
    expect(text).toContain('method: FILL-IN  # the learning method — one of klassikaal, e-learning');
    expect(text).toContain('## What you learn');
    const dir = join(root, 'english');
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(
      join(dir, 'site.yaml'),
      'name: Example\nurl: https://intranet.example.org\ndefaultLocale: en\ncontact:\n  name: Learning team\n',
    );
    writeFileSync(join(dir, 'opleidingen/data-basics.md'), text);
    const problems = checkContent(dir, { now, cwd: dir }).problems.map((p) =>
      formatProblem(p, siteLocale(dir)),
    );
    expect(problems).toHaveLength(placeholders);
    expect(problems).toContain(
      'opleidingen/data-basics.md: method: fill this in: the learning method — one of klassikaal, e-learning, blended, coaching, intervisie, webinar, zelfstudie, on-the-job, mentoring',
    );
  });
});

describe('values chosen in the questions', () => {
  it('are written as they were chosen; what was left open stays a placeholder', () => {
    const { text, placeholders } = scaffold({
      collection: 'leerverhalen',
      title: 'Luisteren zonder oordeel',
      today,
      locale: 'nl',
      values: {
        description: 'Wat intervisie mij leerde over luisteren.',
        author: { name: 'Esra Demir', department: 'Burgerzaken' },
        tags: ['leren'],
        courses: ['excel-basis'],
      },
    });
    const data = parseYaml(splitFrontMatter(text)!.matter) as Record<string, unknown>;
    expect(data).toMatchObject({
      description: 'Wat intervisie mij leerde over luisteren.',
      author: { name: 'Esra Demir', department: 'Burgerzaken' },
      tags: ['leren'],
      courses: ['excel-basis'],
      learned: 'VUL-IN',
      applied: 'VUL-IN',
    });
    expect(placeholders).toBe(2 + 3);
  });

  it('quote what YAML would otherwise read as something else', () => {
    const { text } = scaffold({
      collection: 'blog',
      title: 'Vraag: wat kost # dat? 2026-01-01',
      today,
      locale: 'nl',
    });
    const data = parseYaml(splitFrontMatter(text)!.matter) as Record<string, unknown>;
    expect(data.title).toBe('Vraag: wat kost # dat? 2026-01-01');
    expect(scaffold({ collection: 'blog', title: '2026-01-01', today, locale: 'nl' }).text).toContain(
      'title: "2026-01-01"',
    );
  });

  it('explain consent beside the field for people, which stays false', () => {
    const { text } = scaffold({ collection: 'experts', title: 'Fatma Yılmaz', today, locale: 'nl' });
    expect(text).toMatch(/^consent: false {2}# pas true als de persoon toestemming heeft gegeven .*\(AVG\)/m);
    expect(text).toContain('name: Fatma Yılmaz');
  });
});
