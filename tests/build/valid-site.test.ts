/**
 * Builds the small valid fixture site (base path /leren/ from its site.yaml) with "today"
 * pinned, and checks what a reader would notice: every page exists, every link works and
 * stays under the base path, unpublished things are nowhere, pages carry their language,
 * a single h1 with the title, no JavaScript, noindex, and a page weight that stays small.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFile, runUid } from '../../src/lib/calendar-files.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { parseCalendar } from '../helpers/ical.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const BASE = '/leren/';
const out = resolve(projectRoot, 'tests/.tmp/valid');

interface Page {
  /** Path under the output folder, e.g. `blog/welkom/index.html`. */
  file: string;
  html: string;
  elements: Element[];
}

let pages: Page[] = [];
let buildOutput = '';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function elementsOf(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elementsOf(child, found);
  if ('content' in node && node.content) elementsOf(node.content as Node, found);
  return found;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';
const page = (file: string): Page => {
  const p = pages.find((x) => x.file === file);
  if (!p) throw new Error(`no page ${file} in the output; pages: ${pages.map((x) => x.file).join(', ')}`);
  return p;
};
const byTag = (p: Page, tag: string) => p.elements.filter((e) => e.tagName === tag);
/** Pages where JavaScript is allowed: the search page and the tools. */
const isScriptPage = (file: string) => /^(zoeken|instrumenten)\//.test(file);
/** Entry pages with the portfolio's bookmark button, the one script content pages may carry. */
const isBookmarkable = (file: string) => /^(blog|leerverhalen|opleidingen)\/[^/]+\/index\.html$/.test(file);

/** A module script with every module it imports, and their gzipped size together. */
function scriptWeight(src: string): { files: string[]; gzipped: number } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(out, file), 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w{}*\s,$]+from\s*)?["']([^"']+)["']/g))
      visit(join(dirname(file), m[1]!));
  };
  visit(src.slice(BASE.length));
  const files = [...seen];
  return { files, gzipped: files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0) };
}

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  const result = await buildSite({ content: 'tests/fixtures/valid/content', out, now: '2026-11-28' });
  buildOutput = result.output;
  if (result.code !== 0) throw new Error(`the valid fixture did not build:\n${result.output}`);
  pages = allFiles(out)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const html = readFileSync(f, 'utf8');
      return { file: relative(out, f).split('\\').join('/'), html, elements: elementsOf(parse(html)) };
    });
}, 240_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the valid fixture site', () => {
  it('builds', () => {
    expect(buildOutput).toMatch(/Site written to/);
  });

  it('has a list page and the entry pages of every collection, tag pages, home and 404', () => {
    for (const file of [
      'index.html',
      '404.html',
      'blog/index.html',
      'blog/welkom/index.html',
      'leerverhalen/index.html',
      'leerverhalen/mijn-eerste-draaitabel/index.html',
      'leerverhalen/english-story/index.html',
      'opleidingen/index.html',
      'opleidingen/excel-basis/index.html',
      'experts/index.html',
      'experts/anna-jansen/index.html',
      'competenties/index.html',
      'competenties/samenwerken/index.html',
      'functies/index.html',
      'functies/beleidsadviseur/index.html',
      'functies/senior-beleidsadviseur/index.html',
      'leermogelijkheden/index.html',
      'instrumenten/index.html',
      'instrumenten/zelfscan/index.html',
      'instrumenten/gesprek/index.html',
      'instrumenten/portfolio/index.html',
      'tags/index.html',
      'tags/excel/index.html',
      'tags/leren/index.html',
      'tags/feedback/index.html',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('links only to things that exist, always under the base path', () => {
    const broken: string[] = [];
    const outsideBase: string[] = [];
    const ids = new Map(
      pages.map((p) => [p.file, new Set(p.elements.map((e) => attr(e, 'id')).filter(Boolean))]),
    );
    let checked = 0;
    for (const p of pages) {
      for (const el of p.elements) {
        for (const name of ['href', 'src', 'action']) {
          const value = attr(el, name);
          if (value === undefined || /^(https?:|webcal:|mailto:|tel:|data:)/.test(value)) continue;
          checked++;
          const [path = '', fragment] = value.split('#');
          const target = path === '' ? p.file : undefined;
          if (path && !path.startsWith(BASE)) {
            outsideBase.push(`${p.file}: ${name}="${value}"`);
            continue;
          }
          // The search form posts to the search page; it is a page like any other.
          const file = target ?? decodeURIComponent(path.slice(BASE.length).split('?')[0]!);
          const onDisk = file.endsWith('/') || file === '' ? `${file}index.html` : file;
          if (!existsSync(join(out, onDisk))) {
            broken.push(`${p.file}: ${name}="${value}"`);
            continue;
          }
          if (fragment && onDisk.endsWith('.html') && !ids.get(onDisk)?.has(fragment)) {
            broken.push(`${p.file}: ${name}="${value}" (no id "${fragment}" on that page)`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(outsideBase).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('rebases root-relative links written in Markdown', () => {
    const links = byTag(page('opleidingen/excel-basis/index.html'), 'a').map((a) => attr(a, 'href'));
    expect(links).toContain('/leren/leerverhalen/mijn-eerste-draaitabel/');
  });

  it('publishes no draft, no future post and no expert without consent — no page, no link, no mention', () => {
    for (const dir of ['blog/concept-bericht', 'blog/toekomstig-bericht', 'experts/piet-geen-toestemming']) {
      expect(existsSync(join(out, dir)), dir).toBe(false);
    }
    for (const p of pages) {
      for (const secret of [
        'concept-bericht',
        'toekomstig-bericht',
        'piet-geen-toestemming',
        'Nog niet klaar',
        'Bericht uit de toekomst',
        'Piet Zonder Toestemming',
      ]) {
        expect(p.html.includes(secret), `${p.file} mentions ${secret}`).toBe(false);
      }
    }
    const blogList = textOf(byTag(page('blog/index.html'), 'main')[0]!);
    expect(blogList).toContain('Welkom in het Leerhuis');
  });

  it('gives each page the language of its entry', () => {
    expect(page('leerverhalen/english-story/index.html').html).toMatch(/<html lang="en"/);
    expect(textOf(byTag(page('leerverhalen/english-story/index.html'), 'nav')[0]!)).toContain('Courses');
    for (const p of pages.filter((x) => !x.file.startsWith('leerverhalen/english-story/'))) {
      expect(p.html, p.file).toMatch(/<html lang="nl"/);
    }
  });

  it('has exactly one h1 per page, and on entry pages it is the title', () => {
    for (const p of pages) {
      const h1s = byTag(p, 'h1');
      expect(h1s.length, p.file).toBe(1);
      const title = textOf(byTag(p, 'title')[0]!);
      if (p.file !== 'index.html')
        expect(title.startsWith(`${textOf(h1s[0]!).trim()} — `), `${p.file}: ${title}`).toBe(true);
    }
    expect(textOf(byTag(page('blog/welkom/index.html'), 'h1')[0]!)).toBe('Welkom in het Leerhuis');
    expect(textOf(byTag(page('index.html'), 'title')[0]!)).toBe('Leerhuis Testorganisatie');
  });

  it('ships no JavaScript on content pages but the bookmark button (JSON-LD data besides)', () => {
    const bookmarkScripts = new Set<string>();
    for (const p of pages.filter((x) => !isScriptPage(x.file))) {
      const modules = byTag(p, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
      for (const script of byTag(p, 'script').filter((s) => attr(s, 'type') === 'application/ld+json'))
        expect(() => JSON.parse(textOf(script)), p.file).not.toThrow();
      if (isBookmarkable(p.file)) {
        expect(
          modules.map((m) => [attr(m, 'type'), textOf(m)]),
          p.file,
        ).toEqual([['module', '']]);
        bookmarkScripts.add(attr(modules[0]!, 'src')!);
        expect(
          p.elements.filter((e) => attr(e, 'data-bookmark') !== undefined),
          p.file,
        ).toHaveLength(1);
      } else {
        expect(modules, p.file).toEqual([]);
      }
      expect(p.html, p.file).not.toMatch(/\son[a-z]+=/i);
    }
    // One script for every such page (cached once), and at most 2 KB gzipped with what it imports.
    expect(bookmarkScripts.size).toBe(1);
    const [src] = bookmarkScripts;
    const weight = scriptWeight(src!);
    console.info(`bookmark button: ${weight.files.join(' + ')} = ${weight.gzipped} bytes gzipped`);
    expect(weight.gzipped).toBeLessThanOrEqual(2 * 1024);
    const course = byTag(page('opleidingen/excel-basis/index.html'), 'script')
      .filter((s) => attr(s, 'type') === 'application/ld+json')
      .map((s) => JSON.parse(textOf(s)));
    expect(course[0]).toMatchObject({ '@type': 'Course', name: 'Excel basis' });
    const person = byTag(page('experts/anna-jansen/index.html'), 'script').map((s) => JSON.parse(textOf(s)));
    expect(person[0]).toMatchObject({ '@type': 'Person', name: 'Anna Jansen' });
  });

  it('asks search engines not to index the intranet', () => {
    for (const p of pages) {
      const robots = byTag(p, 'meta').find((m) => attr(m, 'name') === 'robots');
      expect(robots && attr(robots, 'content'), p.file).toBe('noindex, nofollow');
    }
  });

  it("shows each tool's questions in the page itself, printable without JavaScript", () => {
    const scan = page('instrumenten/zelfscan/index.html');
    const legends = byTag(scan, 'legend').map(textOf);
    expect(legends).toEqual(['Ik deel wat ik weet met mijn team.', 'Ik stem af met andere teams.']);
    const radios = byTag(scan, 'input').filter((i) => attr(i, 'type') === 'radio');
    expect(radios.map((r) => attr(r, 'value'))).toEqual(['1', '2', '3', '1', '2', '3']);
    const talk = page('instrumenten/gesprek/index.html');
    const [area] = byTag(talk, 'textarea');
    const label = byTag(talk, 'label').find((l) => attr(l, 'for') === attr(area!, 'id'));
    expect(textOf(label!)).toBe('Waar ben je trots op?');
    expect(textOf(talk.elements.find((e) => attr(e, 'id') === attr(area!, 'aria-describedby'))!)).toBe(
      'Een klus of een moment.',
    );
    for (const tool of [scan, talk, page('instrumenten/portfolio/index.html')]) {
      const config = byTag(tool, 'script').find((x) => attr(x, 'type') === 'application/json')!;
      expect(JSON.parse(textOf(config)).store, tool.file).toBe('leerhuis:/leren/');
      expect(
        byTag(tool, 'script').filter((x) => attr(x, 'type') === 'module'),
        tool.file,
      ).toHaveLength(1);
    }
    // The overview links every tool and the portfolio; it needs no script.
    const overview = page('instrumenten/index.html');
    expect(byTag(overview, 'a').map((a) => attr(a, 'href'))).toEqual(
      expect.arrayContaining([
        '/leren/instrumenten/zelfscan/',
        '/leren/instrumenten/gesprek/',
        '/leren/instrumenten/portfolio/',
      ]),
    );
    expect(byTag(overview, 'script')).toEqual([]);
    // A self-scan's suggestions are a data file beside it, not part of the page.
    expect(JSON.parse(readFileSync(join(out, 'instrumenten/zelfscan/advies.json'), 'utf8'))).toEqual({
      samenwerken: {
        courses: [{ title: 'Excel basis', href: '/leren/opleidingen/excel-basis/' }],
        experts: [{ title: 'Anna Jansen', href: '/leren/experts/anna-jansen/' }],
        stories: [{ title: 'Mijn eerste draaitabel', href: '/leren/leerverhalen/mijn-eerste-draaitabel/' }],
      },
    });
    expect(scan.html).not.toContain('/leren/opleidingen/excel-basis/');
    expect(existsSync(join(out, 'instrumenten/gesprek/advies.json'))).toBe(false);
    // The portfolio file's format, published as JSON Schema from the one definition.
    const schema = JSON.parse(readFileSync(join(out, 'instrumenten/portfolio.schema.json'), 'utf8'));
    expect(schema.properties.format.const).toBe('leerhuis-portfolio');
    expect(schema.properties.records.items.required).toEqual(['id', 'title', 'date', 'hours']);
  });

  it('renders the bookmark button hidden: it appears only when its script runs', () => {
    const button = page('opleidingen/excel-basis/index.html').elements.find(
      (e) => attr(e, 'data-bookmark') !== undefined,
    )!;
    expect(attr(button, 'hidden')).toBeDefined();
    expect(attr(button, 'data-hours')).toBe('8');
    expect(attr(button, 'data-competencies')).toBe('samenwerken');
    expect(attr(button, 'data-url')).toBe('/leren/opleidingen/excel-basis/');
  });

  it('keeps entry pages small', () => {
    for (const p of pages.filter((x) =>
      /^(blog|leerverhalen|opleidingen|experts|competenties|functies|instrumenten)\/[^/]+\//.test(x.file),
    )) {
      expect(Buffer.byteLength(p.html), p.file).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('marks only the article of entry pages for the search index, not related lists or people', () => {
    const entry = page('blog/welkom/index.html');
    const bodies = entry.elements.filter((e) => attr(e, 'data-pagefind-body') !== undefined);
    expect(bodies.map((e) => e.tagName)).toEqual(['article']);
    const related = entry.elements.find((e) => attr(e, 'aria-labelledby') === 'related-heading')!;
    expect(attr(related, 'data-pagefind-ignore')).toBeDefined();
    for (const file of ['index.html', 'blog/index.html', 'tags/excel/index.html', '404.html']) {
      expect(page(file).html, file).not.toContain('data-pagefind-body');
    }
    const filters = entry.elements.map((e) => attr(e, 'data-pagefind-filter')).filter(Boolean);
    expect(filters.length).toBeGreaterThanOrEqual(2);
  });

  it('shows tags, people, dates and "Lees ook" on an entry page', () => {
    const p = page('blog/welkom/index.html');
    const hrefs = byTag(p, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/leren/tags/leren/');
    expect(hrefs).toContain('/leren/experts/anna-jansen/');
    const times = byTag(p, 'time').map((t) => attr(t, 'datetime'));
    expect(times).toEqual(expect.arrayContaining(['2026-01-10', '2026-02-01']));
    const related = p.elements.find((e) => attr(e, 'aria-labelledby') === 'related-heading')!;
    // The manual `related: [excel-basis]` comes first.
    expect(
      elementsOf(related).find((e) => e.tagName === 'a') &&
        attr(
          elementsOf(related).find((e) => e.tagName === 'a')!,
          'href',
        ),
    ).toBe('/leren/opleidingen/excel-basis/');
  });

  it('shows covers and photos as responsive images with a text alternative and dimensions', () => {
    const [cover] = byTag(page('blog/welkom/index.html'), 'img');
    expect(attr(cover!, 'alt')).toBe('Illustratie van gestapelde balken in blauw en oranje');
    expect(attr(cover!, 'srcset')).toMatch(/ 480w, .* 960w/);
    expect(attr(cover!, 'width')).toBeDefined();
    expect(attr(cover!, 'height')).toBeDefined();
    const [photo] = byTag(page('experts/anna-jansen/index.html'), 'img');
    expect(attr(photo!, 'alt')).toMatch(/Anna Jansen/);
    expect(attr(photo!, 'loading')).toBe('lazy');
  });

  it('names a colleague without a profile as plain text, never as a link', () => {
    const p = page('leerverhalen/mijn-eerste-draaitabel/index.html');
    expect(textOf(byTag(p, 'main')[0]!)).toContain('Kees de Boer');
    expect(byTag(p, 'a').some((a) => textOf(a).includes('Kees de Boer'))).toBe(false);
  });

  it('lists what an expert wrote and is contact for on their profile', () => {
    const hrefs = byTag(page('experts/anna-jansen/index.html'), 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/leren/blog/welkom/');
    expect(hrefs).toContain('/leren/leerverhalen/english-story/');
    expect(hrefs).toContain('/leren/opleidingen/excel-basis/');
  });

  it('shows growth paths both ways on role pages', () => {
    expect(byTag(page('functies/beleidsadviseur/index.html'), 'a').map((a) => attr(a, 'href'))).toContain(
      '/leren/functies/senior-beleidsadviseur/',
    );
    expect(
      byTag(page('functies/senior-beleidsadviseur/index.html'), 'a').map((a) => attr(a, 'href')),
    ).toContain('/leren/functies/beleidsadviseur/');
  });

  it('lists only upcoming runs: the course run in 2027 is on the home page', () => {
    const home = page('index.html');
    expect(byTag(home, 'a').map((a) => attr(a, 'href'))).toContain('/leren/opleidingen/excel-basis/');
    expect(byTag(home, 'time').map((t) => attr(t, 'datetime'))).toContain('2027-02-10');
  });

  it('serves the theme and icon under the base path', () => {
    expect(readFileSync(join(out, 'theme.css'), 'utf8')).toMatch(
      /^@layer reset, tokens, base, components, utilities;/,
    );
    expect(existsSync(join(out, 'favicon.svg'))).toBe(true);
  });
});

/** JSON-LD blocks of a page, parsed. */
const jsonLd = (file: string) =>
  byTag(page(file), 'script')
    .filter((s) => attr(s, 'type') === 'application/ld+json')
    .map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);

describe('agenda and calendar files ("today" is 2026-11-28)', () => {
  const calendar = (file: string) => parseCalendar(readFileSync(join(out, file), 'utf8'));
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const UID_DOMAIN = 'testorganisatie.leerhuis';

  it('lists the runs still to start by month, each with its calendar file; past runs are gone', () => {
    const agenda = page('agenda/index.html');
    expect(byTag(agenda, 'h2').map((h) => textOf(h).trim())).toEqual(
      expect.arrayContaining(['December 2026', 'Februari 2027']),
    );
    const hrefs = byTag(agenda, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/leren/agenda/excel-basis/middag.ics',
        '/leren/agenda/excel-basis/2027-02-10.ics',
        '/leren/agenda/agenda.ics',
      ]),
    );
    expect(hrefs).not.toContain('/leren/agenda/excel-basis/2026-09-15.ics');
    expect(existsSync(join(out, 'agenda/excel-basis/2026-09-15.ics'))).toBe(false);
    const times = byTag(agenda, 'time').map((t) => attr(t, 'datetime'));
    expect(times).toEqual(expect.arrayContaining(['2026-12-03T13:30+01:00', '2027-02-10']));
    // In the main menu, marked as the current section.
    const current = byTag(agenda, 'a').find((a) => attr(a, 'aria-current'));
    expect(current && textOf(current)).toBe('Agenda');
  });

  it('writes calendar files that parse: timed in Europe/Amsterdam or all day, UIDs from course id and run key', () => {
    const one = calendar('agenda/excel-basis/middag.ics');
    expect(one.events).toHaveLength(1);
    expect(one.events[0]).toMatchObject({
      uid: `excel-basis.middag@${UID_DOMAIN}`,
      summary: 'Excel basis',
      location: 'Online',
      tzid: 'Europe/Amsterdam',
      start: '2026-12-03T13:30:00',
      startUtc: '2026-12-03T12:30:00.000Z',
      end: '2026-12-03T17:00:00',
    });
    expect(one.events[0]!.description).toContain('Leer werken met formules');
    const all = calendar('agenda/agenda.ics');
    expect(all.name).toBe('Leerhuis Testorganisatie: agenda');
    expect(all.events.map((e) => [e.uid, e.allDay, e.start, e.end])).toEqual([
      [`excel-basis.middag@${UID_DOMAIN}`, false, '2026-12-03T13:30:00', '2026-12-03T17:00:00'],
      [`excel-basis.2027-02-10@${UID_DOMAIN}`, true, '2027-02-10', '2027-02-12'],
    ]);
  });

  it('offers to subscribe with webcal: and shows the address, as the site knows its own (site.yaml url)', () => {
    const agenda = page('agenda/index.html');
    const hrefs = byTag(agenda, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('webcal://intranet.example.nl/leren/agenda/agenda.ics');
    expect(byTag(agenda, 'code').map(textOf)).toEqual([
      'https://intranet.example.nl/leren/agenda/agenda.ics',
    ]);
    const [event] = calendar('agenda/excel-basis/middag.ics').events;
    expect(event!.url).toBe('https://intranet.example.nl/leren/opleidingen/excel-basis/');
    expect(event!.description).toContain(
      'Meer informatie: https://intranet.example.nl/leren/opleidingen/excel-basis/',
    );
  });

  it('keeps the UIDs of another build: a later generation of the same runs gives the same UIDs', () => {
    const built = calendar('agenda/agenda.ics').events.map((e) => e.uid);
    const runs = [
      { id: 'middag', start: day('2026-12-03'), startTime: '14:00', endTime: '17:00', location: 'Elders' },
      { start: day('2027-02-10'), end: day('2027-02-11'), location: 'Stadhuis' },
    ];
    const later = calendarFile(
      runs.map((run) => ({ courseId: 'excel-basis', run, title: 'Excel basis', description: '' })),
      {
        uidDomain: UID_DOMAIN,
        now: new Date('2027-01-05T08:00:00Z'),
        product: { company: 'x', product: 'y', language: 'NL' },
      },
    );
    expect(parseCalendar(later).events.map((e) => e.uid)).toEqual(built);
    expect(built[0]).toBe(runUid('excel-basis', runs[0]!, UID_DOMAIN));
  });

  it('marks past runs on the course page and links the same calendar files', () => {
    const course = page('opleidingen/excel-basis/index.html');
    const text = textOf(byTag(course, 'main')[0]!);
    expect(text).toContain('Eerdere uitvoeringen');
    expect(text).toContain('Afgelopen');
    const hrefs = byTag(course, 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/leren/agenda/excel-basis/middag.ics',
        '/leren/agenda/excel-basis/2027-02-10.ics',
      ]),
    );
    const [data] = jsonLd('opleidingen/excel-basis/index.html');
    expect((data!.hasCourseInstance as { startDate: string }[]).map((i) => i.startDate)).toEqual([
      '2026-12-03T13:30+01:00',
      '2027-02-10',
    ]);
  });
});

describe('what to learn for the next role', () => {
  it('shows the competencies whose level rises, with the courses that teach them', () => {
    const role = page('functies/beleidsadviseur/index.html');
    const section = role.elements.find((e) => attr(e, 'aria-labelledby') === 'role-next-step')!;
    const text = textOf(section).replace(/\s+/g, ' ');
    expect(text).toContain('Wat leer je voor de volgende stap?');
    expect(text).toContain('Naar Senior beleidsadviseur');
    expect(text).toContain('Samenwerken van niveau 2 naar 3');
    const hrefs = elementsOf(section)
      .filter((e) => e.tagName === 'a')
      .map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/leren/functies/senior-beleidsadviseur/',
        '/leren/competenties/samenwerken/',
        '/leren/opleidingen/excel-basis/',
        '/leren/experts/anna-jansen/',
      ]),
    );
    // The last role of a path has no next step.
    expect(page('functies/senior-beleidsadviseur/index.html').html).not.toContain('role-next-step');
  });
});

describe('structured data for posts and stories', () => {
  it('a blog post is a BlogPosting with its author, dates and language', () => {
    const [post] = jsonLd('blog/welkom/index.html');
    expect(post).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Welkom in het Leerhuis',
      inLanguage: 'nl',
      datePublished: '2026-01-10',
      dateModified: '2026-02-01',
      author: [
        {
          '@type': 'Person',
          name: 'Anna Jansen',
          url: 'https://intranet.example.nl/leren/experts/anna-jansen/',
        },
      ],
      url: 'https://intranet.example.nl/leren/blog/welkom/',
      publisher: { '@type': 'Organization', name: 'Testorganisatie' },
    });
  });
  it('a learning story is an Article; a colleague without a profile is named without a link', () => {
    const [story] = jsonLd('leerverhalen/mijn-eerste-draaitabel/index.html');
    expect(story).toMatchObject({
      '@type': 'Article',
      headline: 'Mijn eerste draaitabel',
      datePublished: '2026-05-01',
      dateModified: '2026-05-01',
      author: [{ '@type': 'Person', name: 'Kees de Boer', jobTitle: 'Medewerker' }],
    });
    expect((story!.author as object[])[0]).not.toHaveProperty('url');
    const [english] = jsonLd('leerverhalen/english-story/index.html');
    expect(english).toMatchObject({ '@type': 'Article', inLanguage: 'en' });
  });
});

describe('the feeds of the valid fixture site', () => {
  const SITE = 'https://intranet.example.nl';
  type Item = { title: string; link: string; pubDate: string; category?: string[]; 'dc:creator'?: string[] };
  const read = (id: string) => {
    const xml = readFileSync(join(out, 'feeds', `${id}.xml`), 'utf8');
    expect(() => SyntaxValidator.validate(xml), id).not.toThrow();
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['item', 'category', 'dc:creator'].includes(name),
    });
    return (parser.parse(xml) as { rss: { channel: { link: string; item?: Item[] } } }).rss.channel;
  };
  const ids = (id: string) => (read(id).item ?? []).map((i) => i.link.replace(`${SITE}/leren/`, ''));

  it('carry exactly the published entries, newest first: no draft, no future post', () => {
    expect(ids('blog')).toEqual(['blog/welkom/']);
    expect(ids('leerverhalen')).toEqual([
      'leerverhalen/english-story/',
      'leerverhalen/mijn-eerste-draaitabel/',
    ]);
    expect(ids('nieuw')).toEqual([
      'leerverhalen/english-story/',
      'leerverhalen/mijn-eerste-draaitabel/',
      'opleidingen/excel-basis/',
      'blog/welkom/',
    ]);
  });

  it('give each item its title, date, authors and tag labels', () => {
    const [welkom] = read('blog').item!;
    expect(welkom).toMatchObject({
      title: 'Welkom in het Leerhuis',
      pubDate: 'Sat, 10 Jan 2026 00:00:00 GMT',
      'dc:creator': ['Anna Jansen'],
      category: ['Leren'],
    });
    const story = read('leerverhalen').item!.find((i) => i.link.endsWith('/mijn-eerste-draaitabel/'))!;
    expect(story['dc:creator']).toEqual(['Kees de Boer']);
    expect(story.category).toEqual(['Excel', 'Leren']);
  });

  it('link with full addresses to pages that were built', () => {
    for (const id of ['nieuw', 'blog', 'leerverhalen']) {
      const channel = read(id);
      for (const link of [channel.link, ...(channel.item ?? []).map((i) => i.link)]) {
        expect(link.startsWith(`${SITE}/leren/`), link).toBe(true);
        const path = new URL(link).pathname.slice('/leren/'.length);
        expect(existsSync(join(out, path, 'index.html')), link).toBe(true);
      }
    }
    expect(read('blog').link).toBe(`${SITE}/leren/blog/`);
  });

  it('are announced in the head of every page and linked visibly on the list pages', () => {
    for (const p of pages) {
      const feeds = byTag(p, 'link')
        .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'type') === 'application/rss+xml')
        .map((l) => attr(l, 'href'));
      expect(feeds, p.file).toContain('/leren/feeds/nieuw.xml');
    }
    const blogHead = byTag(page('blog/welkom/index.html'), 'link').map((l) => attr(l, 'href'));
    expect(blogHead.indexOf('/leren/feeds/blog.xml')).toBeLessThan(
      blogHead.indexOf('/leren/feeds/nieuw.xml'),
    );
    const visible = (file: string) =>
      byTag(page(file), 'a')
        .filter((a) => attr(a, 'type') === 'application/rss+xml')
        .map((a) => attr(a, 'href'));
    expect(visible('blog/index.html')).toEqual(['/leren/feeds/blog.xml', '/leren/feeds/nieuw.xml']);
    expect(visible('leerverhalen/index.html')).toEqual([
      '/leren/feeds/leerverhalen.xml',
      '/leren/feeds/nieuw.xml',
    ]);
    expect(visible('opleidingen/index.html')).toEqual(['/leren/feeds/nieuw.xml']);
  });
});
