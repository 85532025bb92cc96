/**
 * The content checker on tiny content folders written for each test: every rule that spans
 * files (ids, references, tags, consent, publication, levels, settings), the checks on files
 * as such (YAML, front matter, extensions, folders), and that all problems come in one run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { msg } from '../../src/i18n/index.ts';
import { ContentError, formatProblem } from '../../src/lib/problems.ts';
import { isPublished } from '../../src/lib/publication.ts';

const root = mkdtempSync(join(tmpdir(), 'leerhuis-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const NOW = new Date('2026-11-28T12:00:00Z');

const fm = (fields: string, body = 'Tekst.\n') => `---\n${fields.trim()}\n---\n${body}`;

/** A small valid site; each test adds, replaces (string) or removes (null) files. */
const BASE: Record<string, string> = {
  'site.yaml': 'name: Testorganisatie\nurl: https://intranet.example.nl\ncontact:\n  name: Team Leren\n',
  'tags.yaml': 'leren:\n  label: Leren\nexcel:\n  label: Excel\n',
  'experts/anna-jansen.md': fm(
    'name: Anna Jansen\ndescription: Adviseur.\nrole: Adviseur\ndepartment: HR\nconsent: true',
  ),
  'experts/piet-zonder.md': fm(
    'name: Piet Zonder\ndescription: Geen toestemming.\nrole: Analist\ndepartment: Financiën',
  ),
  'competenties/samenwerken.md': fm(
    'title: Samenwerken\ndescription: Samen iets bereiken.\ngroup: Interpersoonlijk\nlevels:\n  - { level: 1, description: Deelt. }\n  - { level: 2, description: Stemt af. }',
  ),
  'opleidingen/excel-basis.md': fm(
    'title: Excel basis\ndescription: Formules.\nprovider: Intern\nmethod: klassikaal\ndurationHours: 8\ncost: { amount: 0, paidBy: werkgever }\ncompetencies: [samenwerken]\ncontact: anna-jansen\ntags: [excel]',
  ),
  'blog/welkom.md': fm(
    'title: Welkom\ndescription: Het begin.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\ntags: [leren]',
  ),
  'blog/concept.md': fm(
    'title: Concept\ndescription: Nog niet af.\nauthors: [anna-jansen]\npublishedAt: 2026-01-10\ndraft: true',
  ),
  'blog/later.md': fm(
    'title: Later\ndescription: Verschijnt later.\nauthors: [anna-jansen]\npublishedAt: 2099-01-01',
  ),
};

let sites = 0;
/** Writes BASE with `changes` into a fresh folder and checks it; returns the problem lines. */
function check(changes: Record<string, string | null> = {}): string[] {
  const dir = join(root, `site-${++sites}`, 'content');
  for (const [file, text] of Object.entries({ ...BASE, ...changes })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return checkContent(dir, { now: NOW, cwd: dirname(dir) }).problems.map((p) => formatProblem(p, 'en'));
}

const blog = (fields: string, body?: string) =>
  fm(
    `title: Bericht\ndescription: Een bericht.\nauthors: [anna-jansen]\npublishedAt: 2026-02-01\n${fields}`,
    body,
  );

test('the base site has no problems', () => {
  expect(check()).toEqual([]);
});

describe('ids', () => {
  test('an id used in two folders is reported on the second file, naming the first', () => {
    expect(check({ 'paginas/welkom.md': fm('title: Welkom\ndescription: Nog een.') })).toEqual([
      'content/paginas/welkom.md: id "welkom" is already used by content/blog/welkom.md — ids are file names and must be unique across all folders; rename one of the files',
    ]);
  });

  test('.md and .mdx with the same name in one folder are a duplicate too', () => {
    expect(check({ 'blog/welkom.mdx': BASE['blog/welkom.md']! })).toEqual([
      'content/blog/welkom.mdx: id "welkom" is already used by content/blog/welkom.md — ids are file names and must be unique across all folders; rename one of the files',
    ]);
  });

  test('a file name that is not an id gets the id to rename it to', () => {
    const [line] = check({ 'blog/Mijn Café.md': blog('') });
    expect(line).toBe(
      'content/blog/Mijn Café.md: the file name "Mijn Café" cannot be used as an id and address — rename the file to mijn-cafe.md (lower-case letters, digits and hyphens)',
    );
  });

  test('a page may not take an address the site uses itself', () => {
    expect(check({ 'paginas/zoeken.md': fm('title: Zoeken\ndescription: Zoek.') })).toEqual([
      'content/paginas/zoeken.md: page id "zoeken" would take the address /zoeken/, which the site already uses — rename the file',
    ]);
  });
});

describe('references', () => {
  test('an unknown id is reported with the nearest id of the right collection', () => {
    expect(
      check({ 'blog/b.md': blog('authors: [anna-janssen]').replace('authors: [anna-jansen]\n', '') }),
    ).toEqual([
      'content/blog/b.md: authors[0]: "anna-janssen" is not a known expert — did you mean "anna-jansen"?',
    ]);
  });

  test('suggestions come from the collection the field points to, not from any id', () => {
    // "samenwerkn" is close to the competency, but `courses` needs a course.
    const lines = check({
      'leerverhalen/v.md': fm(
        'title: V\ndescription: D.\nauthor: anna-jansen\nlearned: L.\napplied: A.\npublishedAt: 2026-01-01\ncourses: [samenwerkn]\ncompetencies: [samenwerkn]',
      ),
    });
    expect(lines).toEqual([
      'content/leerverhalen/v.md: courses[0]: "samenwerkn" is not a known course — check the spelling, or create content/opleidingen/samenwerkn.md',
      'content/leerverhalen/v.md: competencies[0]: "samenwerkn" is not a known competency — did you mean "samenwerken"?',
    ]);
  });

  test('an id of the wrong collection says what it is and what is needed', () => {
    expect(check({ 'blog/b.md': blog('owner: excel-basis') })).toEqual([
      'content/blog/b.md: owner: "excel-basis" is a course, but this field refers to: expert — use the id of a matching entry (expert: a file name in content/experts)',
    ]);
  });

  test('references inside nested fields carry their full path', () => {
    const lines = check({
      'functies/adviseur.md': fm(
        'title: A\ndescription: D.\ndepartment: HR\ncompetencies:\n  - { competency: samenwerken, level: 1 }\n  - { competency: plannen, level: 1 }\nnextRoles: [senior]',
      ),
    });
    expect(lines).toEqual([
      'content/functies/adviseur.md: nextRoles[0]: "senior" is not a known role profile — check the spelling, or create content/functies/senior.md',
      'content/functies/adviseur.md: competencies[1].competency: "plannen" is not a known competency — check the spelling, or create content/competenties/plannen.md',
    ]);
  });

  test('related may point to any collection, but to an existing entry', () => {
    expect(check({ 'blog/b.md': blog('related: [excel-basis, samenwerken, anna-jansen]') })).toEqual([]);
    expect(check({ 'blog/b.md': blog('related: [excel-basic]') })).toEqual([
      'content/blog/b.md: related[0]: "excel-basic" is not a known entry — did you mean "excel-basis"?',
    ]);
  });

  test('a draft is checked for unknown ids too', () => {
    expect(
      check({ 'blog/concept.md': BASE['blog/concept.md']!.replace('[anna-jansen]', '[niemand]') }),
    ).toEqual([
      'content/blog/concept.md: authors[0]: "niemand" is not a known expert — check the spelling; a new expert profile (content/experts/niemand.md) needs the consent of that person',
    ]);
  });

  test('an entry with a schema problem still has its other references checked', () => {
    expect(check({ 'blog/b.md': blog('method: x\nrelated: [welkm]') })).toEqual([
      'content/blog/b.md: method: is not a known field — remove it or correct its name',
      'content/blog/b.md: related[0]: "welkm" is not a known entry — did you mean "welkom"?',
    ]);
  });

  test('a reference to an entry with problems is not reported again', () => {
    const lines = check({
      'experts/anna-jansen.md': BASE['experts/anna-jansen.md']!.replace('consent: true', 'consent: ja'),
    });
    expect(lines).toEqual(['content/experts/anna-jansen.md: consent: "ja" must be true (yes) or false (no)']);
  });

  test('a reference to an unreadable file is not reported again', () => {
    const lines = check({ 'experts/anna-jansen.md': 'name: Anna\n' });
    expect(lines).toEqual([
      'content/experts/anna-jansen.md:1: has no fields at the top — start the file with a line "---", then the fields (name: value), then another "---"',
    ]);
  });
});

describe('tags', () => {
  test('an unknown tag suggests the nearest known one', () => {
    expect(check({ 'blog/b.md': blog('tags: [lere]') })).toEqual([
      'content/blog/b.md: tags[0]: "lere" is not a known tag in content/tags.yaml — did you mean "leren"?',
    ]);
  });

  test('a tag without a near one says where tags come from', () => {
    expect(check({ 'blog/b.md': blog('tags: [sport]') })).toEqual([
      'content/blog/b.md: tags[0]: "sport" is not a known tag in content/tags.yaml — use a tag from content/tags.yaml, or add it there',
    ]);
  });

  test('expertise accepts a competency or a tag', () => {
    const anna = BASE['experts/anna-jansen.md']!.replace(
      'consent: true',
      'consent: true\nexpertise: [samenwerken, excel, koken]',
    );
    expect(check({ 'experts/anna-jansen.md': anna })).toEqual([
      'content/experts/anna-jansen.md: expertise[2]: "koken" is not a known competency or tag in content/tags.yaml — check the spelling',
    ]);
  });

  test('without tags.yaml only the missing file is reported, not every tag', () => {
    expect(check({ 'tags.yaml': null })).toEqual([
      'content/tags.yaml: is missing — create it with the tags entries may use, e.g. a line "leren:" with "  label: Leren" below it',
    ]);
  });

  test('a vocabulary with a mistake still vouches for its tags', () => {
    expect(check({ 'tags.yaml': 'leren:\n  label: Leren\nexcel:\n  lable: Excel\n' })).toEqual([
      'content/tags.yaml: excel.label: is missing — add a line "label:" under excel; it must be text (a label)',
      'content/tags.yaml: excel.lable: is not a known field — did you mean "label"?',
    ]);
  });
});

describe('publication and consent', () => {
  test('a published entry may not point to a draft, a future entry or an expert without consent', () => {
    const lines = check({
      'blog/b.md': blog('related: [concept, later]').replace('[anna-jansen]', '[piet-zonder]'),
    });
    expect(lines).toEqual([
      'content/blog/b.md: related[0]: "concept" is a draft (draft: true), so the link would lead nowhere — remove it here, or remove "draft: true" from content/blog/concept.md',
      'content/blog/b.md: related[1]: "later" is not published until 1 January 2099, so the link would lead nowhere — remove it here, or set an earlier publishedAt in content/blog/later.md',
      'content/blog/b.md: authors[0]: "piet-zonder" has not given consent to be shown on the site (AVG), so the link would lead nowhere — remove it here, or add "consent: true" to content/experts/piet-zonder.md once the person has agreed',
    ]);
  });

  test('a course may not name an expert without consent as its contact', () => {
    const course = BASE['opleidingen/excel-basis.md']!.replace(
      'contact: anna-jansen',
      'contact: piet-zonder',
    );
    expect(check({ 'opleidingen/excel-basis.md': course })).toEqual([
      expect.stringMatching(
        /^content\/opleidingen\/excel-basis\.md: contact: "piet-zonder" has not given consent/,
      ),
    ]);
  });

  test('a draft may point to unpublished entries', () => {
    expect(check({ 'blog/b.md': blog('draft: true\nrelated: [concept, later, piet-zonder]') })).toEqual([]);
  });

  test('what is published depends on the moment of the build', () => {
    expect(isPublished('blog', { publishedAt: new Date('2026-12-01') }, NOW)).toBe(false);
    expect(isPublished('blog', { publishedAt: new Date('2026-12-01') }, new Date('2026-12-01'))).toBe(true);
    expect(isPublished('blog', { draft: true }, NOW)).toBe(false);
    expect(isPublished('experts', { consent: false }, NOW)).toBe(false);
    expect(isPublished('experts', { consent: true }, NOW)).toBe(true);
    const result = checkContent(join(root, `site-${sites}`, 'content'), { now: NOW });
    expect(result.entries.find((e) => e.id === 'later')?.published).toBe(false);
    expect(result.entries.find((e) => e.id === 'piet-zonder')?.published).toBe(false);
    expect(result.entries.find((e) => e.id === 'welkom')?.published).toBe(true);
  });
});

describe('role profiles', () => {
  test('a role asks for a level its competency defines', () => {
    const role = fm(
      'title: A\ndescription: D.\ndepartment: HR\ncompetencies:\n  - { competency: samenwerken, level: 2 }\n  - { competency: samenwerken, level: 4 }',
    );
    expect(check({ 'functies/adviseur.md': role })).toEqual([
      'content/functies/adviseur.md: competencies[1].level: 4 is not a level of "samenwerken" — use one of 1, 2, or add level 4 to content/competenties/samenwerken.md',
    ]);
  });
});

describe('site settings', () => {
  test('a missing site.yaml says what to put in it', () => {
    expect(check({ 'site.yaml': null })).toEqual([
      'content/site.yaml: is missing — create it with at least "name:" (the organisation) and "contact:" with "  name:" below it (who answers questions about learning)',
    ]);
  });

  test('trustedMdx names collections', () => {
    expect(check({ 'site.yaml': `${BASE['site.yaml']}trustedMdx: [blogg]\n` })).toEqual([
      'content/site.yaml: trustedMdx[0]: "blogg" is not a collection — did you mean "blog"?',
    ]);
  });

  test('.mdx is accepted only in trusted collections', () => {
    const mdx = BASE['opleidingen/excel-basis.md']!;
    expect(check({ 'opleidingen/excel-basis.md': null, 'opleidingen/excel-basis.mdx': mdx })).toEqual([
      'content/opleidingen/excel-basis.mdx: .mdx runs code at build time and is accepted only in blog, paginas (site.yaml: trustedMdx) — save it as .md',
    ]);
    expect(check({ 'blog/b.mdx': blog('') })).toEqual([]);
    expect(check({ 'site.yaml': `${BASE['site.yaml']}trustedMdx: []\n`, 'blog/b.mdx': blog('') })).toEqual([
      'content/blog/b.mdx: .mdx runs code at build time and no collection accepts it (site.yaml: trustedMdx) — save it as .md',
    ]);
  });
});

describe('files', () => {
  test('a body is required where the collection needs one, with the line where it should start', () => {
    expect(check({ 'blog/b.md': blog('', '\n  \n') })).toEqual([
      'content/blog/b.md:7: body: is empty — write the text of this blog post below the closing ---',
    ]);
    // An expert profile may consist of its fields alone.
    expect(
      check({ 'experts/anna-jansen.md': BASE['experts/anna-jansen.md']!.replace('Tekst.\n', '') }),
    ).toEqual([]);
  });

  test('a YAML syntax error gives the file line and a likely fix', () => {
    expect(
      check({
        'blog/b.md': blog('tags: [leren').replace('description: Een bericht.', 'description: Let op: nieuw.'),
      }),
    ).toEqual([
      'content/blog/b.md:3: the fields at the top cannot be read: check the indentation, and put a value that contains ": " in quotes',
    ]);
    expect(check({ 'blog/b.md': blog('tags: [leren') })).toEqual([
      'content/blog/b.md:6: the fields at the top cannot be read: a list in [ ] must be closed with ] and its items separated by commas',
    ]);
    expect(check({ 'tags.yaml': 'leren:\n\tlabel: Leren\n' })).toEqual([
      'content/tags.yaml:2: cannot be read: there is a tab — indent with spaces, not tabs',
    ]);
  });

  test('missing, unclosed and non-field front matter are named as such', () => {
    expect(check({ 'blog/b.md': 'title: Hallo\n\nTekst.\n' })).toEqual([
      'content/blog/b.md:1: has no fields at the top — start the file with a line "---", then the fields (name: value), then another "---"',
    ]);
    expect(check({ 'blog/b.md': `\n${blog('')}` })).toEqual([
      'content/blog/b.md:1: the fields at the top must start on the first line — remove what stands above the first "---"',
    ]);
    expect(check({ 'blog/b.md': '---\ntitle: Hallo\n\nTekst.\n' })).toEqual([
      'content/blog/b.md:1: the fields at the top are not closed — add a line "---" after the last field',
    ]);
    expect(check({ 'blog/b.md': '---\n- title\n- Hallo\n---\nTekst.\n' })).toEqual([
      'content/blog/b.md:2: the fields at the top must be one "name: value" per line — not a list or a single value',
    ]);
  });

  test('Windows line endings and a byte-order mark are read like any file: same problems, same lines', () => {
    const text = blog(
      'tags: [lerne]',
      '\nTekst met <iframe src="x"></iframe>.\n\n[kapot](/blog/bestaat-niet/)\n',
    );
    const lf = check({ 'blog/b.md': text });
    expect(lf).toEqual([
      expect.stringMatching(/^content\/blog\/b\.md: tags\[0\]: "lerne" is not a known tag/),
      expect.stringMatching(/^content\/blog\/b\.md:9: raw HTML <iframe>/),
      expect.stringMatching(/^content\/blog\/b\.md:11: link "\/blog\/bestaat-niet\/" leads to no page/),
    ]);
    expect(check({ 'blog/b.md': `\uFEFF${text.replaceAll('\n', '\r\n')}` })).toEqual(lf);
  });

  test('a front matter of only comments has no fields', () => {
    expect(check({ 'paginas/p.md': '---\n# titel volgt nog\n---\nTekst.\n' })).toEqual(
      check({ 'paginas/p.md': '---\n---\nTekst.\n' }),
    );
    expect(check({ 'paginas/p.md': '---\n---\nTekst.\n' })).toContainEqual(
      expect.stringMatching(/^content\/paginas\/p\.md: title: is missing/),
    );
  });

  test('files that are not content are reported; images beside entries are fine', () => {
    expect(check({ 'blog/notities.txt': 'x', 'blog/b.MD': blog(''), 'blog/foto.JPG': 'x' })).toEqual([
      'content/blog/b.MD: is not a content file (.MD) — rename it to b.md (lower case)',
      'content/blog/notities.txt: is not a content file (.txt) — save it as .md (Markdown), or move it out of content/blog',
    ]);
  });

  test('like Astro, files starting with _ or . are skipped, but entries in _folders are read', () => {
    expect(check({ 'blog/_kladje.md': 'x', 'blog/.verborgen.md': 'x', 'blog/.git/x.md': 'x' })).toEqual([]);
    expect(check({ 'blog/_archief/oud.md': 'x' })).toEqual([
      expect.stringMatching(/^content\/blog\/_archief\/oud\.md:1: has no fields at the top/),
    ]);
  });

  test('a misspelt collection folder or settings file would be skipped silently, so it is reported', () => {
    expect(check({ 'opleiding/x.md': 'x', 'tags.yml': 'x: 1', 'afbeeldingen/logo.svg': '<svg/>' })).toEqual([
      'content/opleiding: is not read by the site — did you mean "opleidingen"? Rename it',
      'content/tags.yml: is not read by the site — did you mean "tags.yaml"? Rename it',
    ]);
  });

  test('a missing content folder is one clear problem', () => {
    const { problems } = checkContent(join(root, 'nergens'), { now: NOW, cwd: root });
    expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'nergens: the content folder does not exist — create it, or name the right folder (npm run check -- <folder>)',
    ]);
  });
});

describe('reporting', () => {
  test('all problems of all files come in one run, sorted by file', () => {
    const lines = check({
      'blog/welkom.md': BASE['blog/welkom.md']!.replace('2026-01-10', '2026-02-30'),
      'opleidingen/excel-basis.md': BASE['opleidingen/excel-basis.md']!.replace('klassikaal', 'klasikaal'),
      'experts/anna-jansen.md': BASE['experts/anna-jansen.md']!.replace('role: Adviseur\n', ''),
      'paginas/blog.md': 'x',
    });
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'content/blog/welkom.md',
      'content/experts/anna-jansen.md',
      'content/opleidingen/excel-basis.md',
      'content/paginas/blog.md',
      'content/paginas/blog.md',
    ]);
  });

  test('a problem is always one line, whatever its message holds', () => {
    const multiline = msg('check.file.unreadable', { reason: 'first\n  second\r\nthird' });
    expect(formatProblem({ file: 'content/a.md', line: 3, field: 'x', message: multiline }, 'en')).toBe(
      'content/a.md:3: x: could not be read: first second third',
    );
  });

  test('the build error lists every problem in the site language and carries no stack trace to bury them', () => {
    const problems = [
      { file: 'content/a.md', field: 'title', message: msg('check.text.empty') },
      { file: 'content/b.md', line: 2, message: msg('check.frontMatter.notClosed') },
    ];
    expect(new ContentError(problems, 'en').message).toBe(
      '2 content problems — nothing was published:\n  content/a.md: title: must not be empty\n  content/b.md:2: the fields at the top are not closed — add a line "---" after the last field',
    );
    const error = new ContentError(problems, 'nl');
    expect(error.message).toBe(
      '2 problemen in de inhoud — er is niets gepubliceerd:\n  content/a.md: title: mag niet leeg zijn\n  content/b.md:2: de gegevens bovenaan zijn niet afgesloten — zet een regel "---" na het laatste veld',
    );
    expect(error.hint).toMatch(/npm run check/);
    expect(error.stack).toBe('');
    expect(String(error)).toBe('ContentError: 2');
  });
});
