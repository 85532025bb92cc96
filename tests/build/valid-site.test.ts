/**
 * Builds the small valid fixture site (base path /leren/ from its site.yaml) with "today"
 * pinned, and checks what a reader would notice: every page exists, every link works and
 * stays under the base path, unpublished things are nowhere, pages carry their language,
 * a single h1 with the title, no JavaScript, noindex, and a page weight that stays small.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';

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
/** Pages where JavaScript is allowed: the search page (and later the tools). */
const isScriptPage = (file: string) => /^(zoeken|instrumenten)\//.test(file);

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
          if (value === undefined || /^(https?:|mailto:|tel:|data:)/.test(value)) continue;
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

  it('ships no JavaScript on content pages (JSON-LD data only)', () => {
    for (const p of pages.filter((x) => !isScriptPage(x.file))) {
      for (const script of byTag(p, 'script')) {
        expect(attr(script, 'type'), p.file).toBe('application/ld+json');
        expect(() => JSON.parse(textOf(script)), p.file).not.toThrow();
      }
      expect(p.html, p.file).not.toMatch(/\son[a-z]+=/i);
    }
    const course = byTag(page('opleidingen/excel-basis/index.html'), 'script').map((s) =>
      JSON.parse(textOf(s)),
    );
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

  it('keeps entry pages small', () => {
    for (const p of pages.filter((x) =>
      /^(blog|leerverhalen|opleidingen|experts|competenties|functies)\/[^/]+\//.test(x.file),
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
