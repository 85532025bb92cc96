import { rendered } from '../helpers/messages.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPageProblems, outputLinkProblems } from '../../src/lib/output-links.ts';
import { readOutput, readOutputPage } from '../../src/lib/output-pages.ts';

const BASE = '/leren/';
const html = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><title>x</title>${head}</head><body>${body}</body></html>`;

/** A tiny built site: pages as file → body, plus other files. */
function check(pages: Record<string, string>, others: string[] = [], siteUrl?: string) {
  const read = Object.entries(pages).map(([file, body]) => readOutputPage(html(body), file, BASE));
  return rendered(
    outputLinkProblems(read, { base: BASE, files: [...Object.keys(pages), ...others], siteUrl }),
  );
}

const site = {
  'index.html': '<main id="inhoud"><h1>Home</h1></main>',
  'opleidingen/excel-basis/index.html': '<h2 id="kosten">Kosten</h2>',
};

describe('links that resolve pass', () => {
  it.each([
    ['absolute with base', '<a href="/leren/opleidingen/excel-basis/">x</a>'],
    ['relative', '<a href="../opleidingen/excel-basis/">x</a>'],
    ['home', '<a href="/leren/">x</a>'],
    ['fragment on another page', '<a href="/leren/opleidingen/excel-basis/#kosten">x</a>'],
    ['fragment on this page', '<h2 id="stap-1">Stap 1</h2><a href="#stap-1">x</a>'],
    ['#top', '<a href="#top">x</a>'],
    ['asset', '<img src="/leren/_astro/logo.svg" alt=""><link rel="stylesheet" href="/leren/theme.css">'],
    [
      'srcset',
      '<img srcset="/leren/_astro/a.webp 1x, /leren/_astro/b.webp 2x" src="/leren/_astro/a.webp" alt="">',
    ],
    ['external navigation', '<a href="https://example.nl/">x</a> <a href="mailto:a@example.nl">m</a>'],
    ['canonical address on the own site', '<link rel="canonical" href="https://intranet.example.nl/leren/">'],
    ['query string', '<a href="/leren/zoeken/?q=excel">x</a>'],
    [
      'calendar files, and subscribing with webcal:',
      '<a href="/leren/agenda/excel-basis/2027-02-10.ics" type="text/calendar">x</a> <a href="webcal://intranet.example.nl/leren/agenda/agenda.ics">y</a>',
    ],
  ])('%s', (_name, body) => {
    expect(
      check({ ...site, 'zoeken/index.html': '', 'x/index.html': body }, [
        '_astro/logo.svg',
        'theme.css',
        '_astro/a.webp',
        '_astro/b.webp',
        'agenda/excel-basis/2027-02-10.ics',
      ]),
    ).toEqual([]);
  });
});

describe('broken links fail, naming page and link', () => {
  const one = (body: string, file = 'blog/welkom/index.html', siteUrl?: string) =>
    check({ ...site, [file]: body }, [], siteUrl);

  it('a page that does not exist suggests the nearest', () => {
    expect(one('<a href="/leren/opleidingen/excel-basic/">x</a>')).toEqual([
      {
        file: '/leren/blog/welkom/',
        message:
          '<a href="/leren/opleidingen/excel-basic/"> leads to nothing in the built site — did you mean \"/leren/opleidingen/excel-basis/\"?',
      },
    ]);
  });
  it('a calendar file that was not written', () => {
    expect(one('<a href="/leren/agenda/excel-basis/2027-02-11.ics">x</a>')[0]!.message).toMatch(
      /^<a href="\/leren\/agenda\/excel-basis\/2027-02-11\.ics"> leads to nothing in the built site/,
    );
  });
  it('a link without the base path', () => {
    expect(one('<a href="/opleidingen/excel-basis/">x</a>')[0]!.message).toMatch(
      /points outside the base path \/leren\//,
    );
  });
  it('a missing slash at the end', () => {
    expect(one('<a href="/leren/opleidingen/excel-basis">x</a>')[0]!.message).toMatch(
      /lacks the slash at the end/,
    );
  });
  it('a fragment that is not on the target page', () => {
    expect(one('<a href="/leren/opleidingen/excel-basis/#koste">x</a>')[0]!.message).toBe(
      '<a href="/leren/opleidingen/excel-basis/#koste"> points to #koste, which is not on /leren/opleidingen/excel-basis/ — did you mean \"#kosten\"?',
    );
  });
  it('a script address', () => {
    expect(one('<a href="javascript:void(0)">x</a>')[0]!.message).toMatch(/uses a script address/);
  });
  it('anything loaded from another server', () => {
    const found = one(
      '<img src="https://cdn.example.com/x.png" alt=""><script src="//cdn.example.com/x.js"></script><link rel="stylesheet" href="https://fonts.example.com/a.css">',
    );
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^<img src=.* loads from https:\/\/cdn\.example\.com: the site makes no requests to other servers/,
      ),
      expect.stringMatching(/^<script src=.* loads from/),
      expect.stringMatching(/^<link href=.* loads from https:\/\/fonts\.example\.com/),
    ]);
  });
  it("an image from the site's own public address is not a third party", () => {
    expect(
      one(
        '<img src="https://intranet.example.nl/leren/_astro/x.png" alt="">',
        undefined,
        'https://intranet.example.nl/leren/',
      ),
    ).toEqual([]);
  });
  it('a relative link on the 404 page (shown at any address)', () => {
    expect(one('<a href="opleidingen/">x</a>', '404.html')[0]!.message).toMatch(
      /404 page is shown at any address/,
    );
  });
  it('links inside <noscript> are checked too (shown when scripts are off)', () => {
    expect(one('<noscript><a href="/leren/nergens/">x</a></noscript>')).toHaveLength(1);
  });
  it('markup inside a script or style is text, not links', () => {
    expect(
      one(
        '<script>document.body.innerHTML = \'<a href="/leren/nergens/">x</a>\';</script><style>/* <img src="/x.png"> */</style>',
      ),
    ).toEqual([]);
  });
  it('links inside <template> are checked too', () => {
    expect(one('<template><a href="/leren/nergens/">x</a></template>')).toHaveLength(1);
  });
});

describe('pages are read as a browser reads them', () => {
  const read = (body: string) => readOutputPage(html(body), 'x/index.html', BASE);
  const hrefs = (body: string) => read(body).links.map((l) => l.value);

  it('markup in comments is skipped, and every way a comment can end ends it', () => {
    expect(hrefs('<!-- <a href="/leren/a/"> --><a href="/leren/b/">')).toEqual(['/leren/b/']);
    expect(hrefs('<!--><a href="/leren/c/">')).toEqual(['/leren/c/']);
    expect(hrefs('<!---><a href="/leren/d/">')).toEqual(['/leren/d/']);
    expect(hrefs('<!-- x --!><a href="/leren/e/">')).toEqual(['/leren/e/']);
    expect(hrefs('<!-- x -- ><a href="/leren/hidden/"> -->')).toEqual([]);
  });

  it('attributes: quoted ">" , no quotes, upper case, character references, the first of two', () => {
    expect(hrefs('<a title="a > b" href="/leren/a/">')).toEqual(['/leren/a/']);
    expect(hrefs('<A HREF=/leren/b/ ID=kop>')).toEqual(['/leren/b/']);
    expect(hrefs('<a href="/leren/zoeken/?q=a&amp;b=c">')).toEqual(['/leren/zoeken/?q=a&b=c']);
    expect(hrefs('<a href="/leren/eerste/" href="/leren/tweede/">')).toEqual(['/leren/eerste/']);
    expect(read('<A ID=kop NAME=anker>').ids).toEqual(new Set(['kop', 'anker']));
  });

  it('a script is read to where the browser ends it, with its line endings as the browser hashes them', () => {
    // After "<!--" a "<script" opens a part that the first "</script>" does not end.
    const page = read(
      '<script>if (a) {\r\n  x("<!--<script>", "</script>");\n}</script><a href="/leren/na/">',
    );
    expect(page.inlineScripts).toEqual(['if (a) {\n  x("<!--<script>", "</script>");\n}']);
    expect(page.links.map((l) => l.value)).toEqual(['/leren/na/']);
    expect(read('<script type="application/ld+json">{}</script><style>p{}</style>')).toMatchObject({
      inlineScripts: [],
      inlineStyles: ['p{}'],
    });
  });

  it('event handlers and style attributes are found on any element', () => {
    expect(
      read('<div OnClick="x()" style="color: red"><img src="/leren/a.png" onerror="y()" alt="">'),
    ).toMatchObject({ handlers: ['<div onclick>', '<img onerror>'], styleAttributes: ['color: red'] });
  });
});

describe('a link shared by many pages', () => {
  it('is reported on every page that has it', () => {
    const header = '<a href="/leren/nieuws/">Nieuws</a>';
    const pages = { ...site, 'a/index.html': header, 'b/index.html': header };
    expect(check(pages).map((p) => p.file)).toEqual(['/leren/a/', '/leren/b/']);
  });
  it('a relative link is resolved on each page', () => {
    const body = '<a href="excel-basis/">x</a>';
    expect(check({ ...site, 'opleidingen/index.html': body, 'blog/index.html': body })).toEqual([
      {
        file: '/leren/blog/',
        message:
          '<a href="excel-basis/"> leads to nothing in the built site — did you mean \"/leren/opleidingen/excel-basis/\"?',
      },
    ]);
  });
});

describe('every published entry has its page', () => {
  const entries = [
    { collection: 'blog' as const, id: 'welkom', published: true, file: 'content/blog/welkom.md' },
    { collection: 'blog' as const, id: 'concept', published: false, file: 'content/blog/concept.md' },
    { collection: 'paginas' as const, id: 'budget', published: true, file: 'content/paginas/budget.md' },
  ];
  it('passes when each page is there (drafts need none)', () => {
    expect(missingPageProblems(entries, ['blog/welkom/index.html', 'budget/index.html'], BASE)).toEqual([]);
  });
  it('names the entry whose page Astro dropped', () => {
    expect(rendered(missingPageProblems(entries, ['blog/welkom/index.html'], BASE))).toEqual([
      {
        file: 'content/paginas/budget.md',
        message:
          'its page /leren/budget/ is missing from the built site — another page took that address, or the page was not generated',
      },
    ]);
  });
});

describe('pages read from disk', () => {
  it('keep non-ASCII ids, addresses and inline code exact (pages are read as bytes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerhuis-output-'));
    try {
      const script = "console.log('één café');";
      mkdirSync(join(dir, 'b'));
      writeFileSync(
        join(dir, 'index.html'),
        html(
          `<h2 id="één">Eén</h2><a href="#één">x</a><a href="/leren/b/#café-ü">y</a><script>${script}</script>`,
        ),
      );
      writeFileSync(
        join(dir, 'b', 'index.html'),
        html('<h2 id="café-ü">Café</h2><a href="/leren/b/#cafe">z</a>'),
      );
      const pages = readOutput(dir, BASE);
      const home = pages.find((p) => p.file === 'index.html');
      expect([...(home?.ids ?? [])]).toEqual(['één']);
      expect(home?.links.map((l) => l.value)).toEqual(['#één', '/leren/b/#café-ü']);
      expect(home?.inlineScripts).toEqual([script]);
      const problems = rendered(
        outputLinkProblems(pages, { base: BASE, files: ['index.html', 'b/index.html'] }),
      );
      // Only the fragment without its accents leads nowhere.
      expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('#cafe')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
