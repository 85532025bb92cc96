/**
 * Checking only the changed files (the pre-commit hook): the changed files are checked fully,
 * the rules across files still hold against the rest of the content, and nothing is said about
 * files that did not change and are not affected.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkChangedFiles } from '../../src/lib/check-changed.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const root = mkdtempSync(join(tmpdir(), 'leerhuis-changed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date('2026-11-28T12:00:00Z');
const fm = (fields: string, body = 'Tekst.\n') => `---\n${fields.trim()}\n---\n${body}`;

const BASE: Record<string, string> = {
  'site.yaml': 'name: Test\ncontact:\n  name: Team\n',
  'tags.yaml': 'leren:\n  label: Leren\n',
  'experts/anna-jansen.md': fm('name: Anna Jansen\ndescription: D.\nrole: R\ndepartment: HR\nconsent: true'),
  'competenties/samenwerken.md': fm(
    'title: Samenwerken\ndescription: D.\ngroup: G\nlevels:\n  - { level: 1, description: A }',
    '## Niveaus\n',
  ),
  'blog/welkom.md': fm(
    'title: Welkom\ndescription: D.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\ntags: [leren]',
    'Zie [samenwerken](/competenties/samenwerken/#niveaus).\n',
  ),
  // Broken, but not changed: never reported by a check of other files.
  'blog/oud.md': fm('title: Oud\ndescription: D.\nauthors: [niemand]\npublishedAt: 2026-01-10'),
};

let sites = 0;
function site(changes: Record<string, string | null> = {}): string {
  const dir = join(root, `site-${++sites}`, 'content');
  for (const [file, text] of Object.entries({ ...BASE, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function changed(dir: string, files: string[]) {
  const result = checkChangedFiles(
    dir,
    files.map((f) => join(dir, f)),
    { now: NOW, cwd: dirname(dir) },
  );
  return { ...result, lines: result.problems.map((p) => formatProblem(p, 'nl')) };
}

describe('checking changed files', () => {
  test('a good change passes, though another file has problems', () => {
    const dir = site();
    expect(checkContent(dir, { now: NOW, cwd: dirname(dir) }).problems.length).toBeGreaterThan(0);
    expect(changed(dir, ['blog/welkom.md']).lines).toEqual([]);
  });

  test('a changed file is checked fully: its fields, its references and its links', () => {
    const dir = site({
      'blog/nieuw.md': fm(
        'title: Nieuw\ndescription: D.\nauthors: [ana-jansen]\npublishedAt: 15-03-2026\ntags: [lerne]',
        '[x](/competenties/samenwerken/#niveau) [y](/blog/bestaat-niet/)\n',
      ),
    });
    const { lines } = changed(dir, ['blog/nieuw.md']);
    expect(lines.sort()).toEqual(
      [
        'content/blog/nieuw.md: publishedAt: "15-03-2026" is geen datum — schrijf hem als 2026-03-15 (jaar-maand-dag) — bedoel je "2026-03-15"?',
        'content/blog/nieuw.md: authors[0]: "ana-jansen" bestaat niet als expert — bedoel je "anna-jansen"?',
        'content/blog/nieuw.md: tags[0]: "lerne" bestaat niet als tag in content/tags.yaml — bedoel je "leren"?',
        'content/blog/nieuw.md:8: link "/competenties/samenwerken/#niveau": /competenties/samenwerken/ heeft geen kop met het id "niveau" — bedoel je "#niveaus"?',
        'content/blog/nieuw.md:8: link "/blog/bestaat-niet/" leidt naar geen enkele pagina van deze site — kopieer het adres van de pagina zelf (zonder het basispad)',
      ].sort(),
    );
  });

  test('an id already used in another folder is refused', () => {
    const dir = site({ 'paginas/welkom.md': fm('title: Welkom\ndescription: D.') });
    expect(changed(dir, ['paginas/welkom.md']).lines).toEqual([
      expect.stringContaining(
        'content/paginas/welkom.md: id "welkom" wordt al gebruikt door content/blog/welkom.md',
      ),
    ]);
  });

  test('making an entry a draft reports the published entries that refer to it', () => {
    const dir = site({
      'experts/anna-jansen.md': fm(
        'name: Anna Jansen\ndescription: D.\nrole: R\ndepartment: HR\nconsent: true\ndraft: true',
      ),
    });
    const result = changed(dir, ['experts/anna-jansen.md']);
    expect(result.lines).toEqual([
      expect.stringMatching(/^content\/blog\/welkom\.md: authors\[0\]: "anna-jansen" is een concept/),
    ]);
    expect(result.notices.map((n) => formatProblem(n, 'nl'))).toEqual([
      'content/experts/anna-jansen.md: concept — wordt niet gepubliceerd zolang "draft: true" erin staat',
    ]);
  });

  test('a removed file is reported where it is still referred to', () => {
    const dir = site({ 'experts/anna-jansen.md': null });
    expect(changed(dir, ['experts/anna-jansen.md']).lines).toEqual([
      expect.stringMatching(
        /^content\/blog\/welkom\.md: authors\[0\]: "anna-jansen" bestaat niet als expert/,
      ),
    ]);
  });

  test('a changed settings file checks everything', () => {
    const dir = site();
    const result = changed(dir, ['site.yaml']);
    expect(result.full).toBe(true);
    expect(result.lines).toContainEqual(expect.stringContaining('content/blog/oud.md'));
  });

  test('files outside the content folder are not checked', () => {
    const dir = site();
    const result = checkChangedFiles(dir, [join(dirname(dir), 'README.md')], { now: NOW, cwd: dirname(dir) });
    expect(result.problems).toEqual([]);
    expect(result.reported).toEqual([]);
  });
});
