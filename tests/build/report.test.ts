/**
 * Freshness on a fixture with a fixed "today" (tests/fixtures/report): `npm run report` as a
 * table, as JSON and with --fail-on-stale; and the editors' pages of the built site — the
 * same overview with counts per collection and tag, split into pages, linked from the footer
 * but not the menu, noindex even on a site search engines may index, and not in the search index.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { openSearch } from '../helpers/search-node.ts';

const fixture = 'tests/fixtures/report/content';
const TODAY = '2026-11-28';

function runReport(args: string[], env: Record<string, string> = {}, content = fixture) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, ['scripts/report.ts', content, ...args], {
      cwd: projectRoot,
      env: { ...process.env, LEERHUIS_NOW: `${TODAY}T09:00:00Z`, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const file = (path: string) => `${fixture}/${path}`;

describe('npm run report', () => {
  it('lists per owner what is overdue, due soon or never reviewed, then every entry without an owner', async () => {
    const { code, stdout } = await runReport([]);
    expect(code).toBe(0);
    const lines = stdout.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines[0]).toBe('Nakijken, stand op 28 november 2026 (binnenkort = binnen 30 dagen)');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Anna Jansen (anna-jansen): 1 te laat, 1 binnenkort',
        `te laat 2026-10-01 Opleiding Excel basis ${file('opleidingen/excel-basis.md')}`,
        `binnenkort 2026-12-10 Blogbericht Het budget voor 2027 ${file('blog/budget-2027.md')}`,
        'Bram de Wit (bram-de-wit): 1 nooit nagekeken',
        `nooit nagekeken — Leerverhaal Mijn eerste draaitabel ${file('leerverhalen/mijn-eerste-draaitabel.md')}`,
        'Zonder eigenaar: 3 items (1 te laat, 1 nooit nagekeken)',
        `te laat 2026-01-01 Pagina Leermogelijkheden ${file('paginas/leermogelijkheden.md')}`,
        `op tijd 2027-05-01 Expert Anna Jansen ${file('experts/anna-jansen.md')}`,
        'Samen: 2 te laat, 1 binnenkort, 2 nooit nagekeken, 3 zonder eigenaar, van 7 gepubliceerde items.',
      ]),
    );
    // Owners in order of name, then the entries without one; drafts, current entries of an
    // owner and people without consent are not listed.
    const order = ['Anna Jansen (anna-jansen)', 'Bram de Wit (bram-de-wit)', 'Zonder eigenaar'].map((h) =>
      lines.findIndex((l) => l.startsWith(h)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(stdout).not.toMatch(/Concept|Samenwerken|Carla/);
  });

  it('gives the same overview as JSON for CI', async () => {
    const { code, stdout } = await runReport(['--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      today: TODAY,
      dueSoonDays: 30,
      totals: { entries: 7, overdue: 2, dueSoon: 1, unreviewed: 2, current: 2, withoutOwner: 3 },
      invalidFiles: 0,
    });
    expect(json.groups.map((g: { owner: string | null }) => g.owner)).toEqual([
      'anna-jansen',
      'bram-de-wit',
      null,
    ]);
    expect(json.groups[0].entries).toEqual([
      {
        collection: 'opleidingen',
        id: 'excel-basis',
        title: 'Excel basis',
        file: file('opleidingen/excel-basis.md'),
        status: 'overdue',
        due: '2026-10-01',
        reviewedAt: '2025-10-01',
        reviewEveryMonths: null,
      },
      expect.objectContaining({
        id: 'budget-2027',
        status: 'dueSoon',
        due: '2026-12-10',
        reviewEveryMonths: 6,
      }),
    ]);
    expect(json.byCollection.experts).toMatchObject({ entries: 2, withoutOwner: 2 });
    expect(json.byTag).toMatchObject({
      excel: { entries: 2, overdue: 1 },
      leren: { entries: 3, overdue: 1, dueSoon: 1 },
    });
  });

  it('fails with --fail-on-stale only when something is overdue', async () => {
    const stale = await runReport(['--fail-on-stale']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('✗ 2 items zijn te laat met nakijken (--fail-on-stale).');
    const json = await runReport(['--json', '--fail-on-stale']);
    expect(json.code).toBe(1);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    // A year and a half earlier nothing was overdue yet.
    const earlier = await runReport(['--fail-on-stale'], { LEERHUIS_NOW: '2025-06-01' });
    expect(earlier.code, earlier.stdout + earlier.stderr).toBe(0);
    expect(earlier.stdout).not.toContain('te laat ');
  });

  it('looks further ahead with --days and explains a wrong option', async () => {
    const ahead = await runReport(['--days', '200', '--json']);
    expect(JSON.parse(ahead.stdout).totals).toMatchObject({ dueSoon: 2, current: 1 });
    const bad = await runReport(['--days', 'veel']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--days verwacht een heel getal van 1 of meer, zoals 30.');
    const unknown = await runReport(['--stale']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('De optie "--stale" bestaat niet.');
  });

  it('speaks English on an English site', async () => {
    const dir = resolve(projectRoot, 'tests/.tmp/report-en/content');
    rmSync(dir, { recursive: true, force: true });
    cpSync(resolve(projectRoot, fixture), dir, { recursive: true });
    writeFileSync(
      join(dir, 'site.yaml'),
      'name: Example\nurl: https://intranet.example.org\ndefaultLocale: en\ncontact:\n  name: Learning team\n',
    );
    const { stdout } = await runReport([], {}, dir);
    rmSync(resolve(projectRoot, 'tests/.tmp/report-en'), { recursive: true, force: true });
    expect(stdout).toContain('Reviews, as of 28 November 2026 (due soon = within 30 days)');
    expect(stdout).toContain('Anna Jansen (anna-jansen): 1 overdue, 1 due soon');
    expect(stdout).toContain('Without an owner: 3 entries (1 overdue, 1 never reviewed)');
  });
});

describe('the editors’ pages of the built site', () => {
  const work = resolve(projectRoot, 'tests/.tmp/report-site');
  const out = join(work, 'dist');
  /** A built page without Astro's scoping attributes, so what a reader gets can be matched. */
  const html = (path: string) =>
    readFileSync(join(out, path), 'utf8').replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    cpSync(resolve(projectRoot, fixture), join(work, 'content'), { recursive: true });
    // Enough entries without an owner to fill more than one page of the list, and a vocabulary
    // too large for the overview (one page uses 105 more tags).
    const topics = Array.from({ length: 105 }, (_, i) => `onderwerp-${String(i + 1).padStart(3, '0')}`);
    writeFileSync(
      join(work, 'content/tags.yaml'),
      `excel:\n  label: Excel\nleren:\n  label: Leren\n${topics.map((t) => `${t}:\n  label: Onderwerp ${t.slice(-3)}\n`).join('')}`,
    );
    for (let i = 1; i <= 30; i++) {
      const n = String(i).padStart(2, '0');
      const tags = i === 1 ? `tags: [${topics.join(', ')}]\n` : '';
      writeFileSync(
        join(work, 'content/paginas', `extra-${n}.md`),
        `---\ntitle: Extra pagina ${n}\ndescription: Een pagina zonder eigenaar.\norder: ${200 + i}\n${tags}---\nTekst.\n`,
      );
    }
    const result = await buildSite({ content: join(work, 'content'), out, now: `${TODAY}T09:00:00Z` });
    if (result.code !== 0) throw new Error(`the report fixture did not build:\n${result.output}`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps them out of search engines on an indexable site, and out of the menu', () => {
    const robots = '<meta name="robots" content="noindex, nofollow">';
    for (const page of [
      'redactie/index.html',
      'redactie/nakijken/index.html',
      'redactie/nakijken/2/index.html',
    ])
      expect(html(page), page).toContain(robots);
    const home = html('index.html');
    expect(home).not.toContain(robots);
    expect(home).toMatch(/<a href="\/redactie\/">Voor redacteuren<\/a>/);
    expect(home.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)![0]).not.toContain('redactie');
  });

  it('shows the summary and the counts per collection and per tag', () => {
    const page = html('redactie/index.html');
    for (const line of ['2 te laat', '1 binnenkort', '32 nooit nagekeken', '33 zonder eigenaar'])
      expect(page).toContain(`<li>${line}</li>`);
    expect(page).toContain('<time datetime="2026-11-28">28 november 2026</time>');
    const cells = (label: string) =>
      [
        ...page.matchAll(
          new RegExp(`<th scope="row">(?:<a [^>]*>)?${label}(?:</a>)?</th>((?:\\s*<td>[^<]*</td>)+)`, 'g'),
        ),
      ].map((m) => [...m[1]!.matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1]));
    expect(cells('Opleidingen')).toEqual([['1', '1', '0', '0']]);
    expect(cells('Pagina&#39;s')).toEqual([['31', '1', '0', '31']]);
    expect(cells('Samen')).toEqual([['37', '2', '1', '33']]);
    // 107 topics are too many for the overview: it links to their own pages, 100 a page.
    expect(page).toContain(
      '<a href="/redactie/onderwerpen/">Bekijk de aantallen van alle 107 onderwerpen</a>',
    );
    const topics = html('redactie/onderwerpen/index.html');
    const row = (label: string, within: string) =>
      within.match(
        new RegExp(`<th scope="row"><a href="[^"]+">${label}</a></th>((?:\\s*<td>[^<]*</td>)+)`),
      )?.[1];
    expect(row('Leren', topics)).toBe('<td>3</td><td>1</td><td>1</td><td>1</td>');
    expect(row('Excel', topics)).toBe('<td>2</td><td>1</td><td>0</td><td>0</td>');
    expect(topics.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(100);
    expect(
      html('redactie/onderwerpen/2/index.html')
        .match(/<tbody>[\s\S]*?<\/tbody>/)![0]
        .match(/<tr>/g),
    ).toHaveLength(7);
    expect(topics).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('href="/redactie/nakijken/"');
  });

  it('lists the entries per owner on pages of 25, with links to each entry and its file on the Git host', () => {
    const first = html('redactie/nakijken/index.html');
    const second = html('redactie/nakijken/2/index.html');
    const rows = (page: string) => page.match(/<tr class="(overdue|dueSoon|unreviewed|current)"/g) ?? [];
    expect(rows(first)).toHaveLength(25);
    expect(rows(first).length + rows(second).length).toBe(3 + 33);
    const headings = (page: string) =>
      [...page.matchAll(/<h2 id="eigenaar-\d+">([\s\S]*?)<\/h2>/g)].map((m) =>
        m[1]!.replace(/<[^>]+>/g, '').trim(),
      );
    expect(headings(first)).toEqual(['Anna Jansen', 'Bram de Wit', 'Zonder eigenaar']);
    expect(headings(second)).toEqual(['Zonder eigenaar (vervolg)']);
    expect(first).toContain('<a href="/opleidingen/excel-basis/">Excel basis</a>');
    expect(first).toContain('<code>content/opleidingen/excel-basis.md</code>');
    expect(first).toContain(
      'href="https://git.example.nl/leerhuis/-/edit/main/content/opleidingen/excel-basis.md" rel="nofollow" aria-label="Excel basis bewerken"',
    );
    expect(first).toContain('<a href="/experts/anna-jansen/">Anna Jansen</a>');
    expect(second).toContain('href="/redactie/nakijken/" rel="prev"');
    for (const page of [
      'redactie/index.html',
      'redactie/nakijken/index.html',
      'redactie/nakijken/2/index.html',
    ])
      expect(Buffer.byteLength(html(page)), page).toBeLessThanOrEqual(30 * 1024);
  });

  it('leaves them out of the search index', async () => {
    for (const page of ['redactie/index.html', 'redactie/nakijken/index.html'])
      expect(html(page)).not.toContain('data-pagefind-body');
    const search = await openSearch(out);
    for (const query of ['nakijken', 'eigenaar', 'redactie', 'Excel basis'])
      expect(
        (await search.urls(query)).filter((u) => u.includes('redactie')),
        query,
      ).toEqual([]);
    expect(await search.urls('Excel basis')).toContain('opleidingen/excel-basis/');
  });
});
