import { describe, expect, it } from 'vitest';
import { portableHtml } from '../../src/lib/portable.ts';
import {
  fileFor,
  portableCss,
  portableJson,
  portableRefresh,
  portableSrcset,
  portableUrl,
  type PortableSite,
} from '../../src/lib/portable-urls.ts';

const site: PortableSite = {
  base: '/leren/',
  origin: 'https://intranet.example.nl',
  files: new Set([
    'index.html',
    'blog/index.html',
    'blog/welkom/index.html',
    'tags/café/index.html',
    'logo.svg',
  ]),
};
const page = 'blog/welkom/index.html';

describe('portableUrl', () => {
  it.each([
    ['/leren/', page, '../../index.html'],
    ['/leren/blog/', page, '../index.html'],
    ['/leren/blog/welkom/', page, 'index.html'],
    ['/leren/blog/welkom/#lees-ook', page, 'index.html#lees-ook'],
    ['/leren/zoeken/?q=excel', page, '../../zoeken/index.html?q=excel'],
    ['/leren/_astro/style.abc.css', page, '../../_astro/style.abc.css'],
    ['/leren/logo.svg', 'index.html', 'logo.svg'],
    ['/leren/blog', 'index.html', 'blog/index.html'],
    ['/leren/tags/caf%C3%A9/', 'index.html', 'tags/caf%C3%A9/index.html'],
    ['https://intranet.example.nl/leren/blog/', 'index.html', 'blog/index.html'],
    ['../../opleidingen/excel/', page, '../../opleidingen/excel/index.html'],
    ['/leren/', '404.html', 'index.html'],
  ])('%s from %s → %s', (value, from, expected) => {
    expect(portableUrl(value, from, site)).toBe(expected);
  });

  it.each([
    '#inhoud',
    '?q=x',
    'mailto:leren@lindewaard.example',
    'tel:0305554000',
    'https://git.example/edit/content/blog/welkom.md',
    'https://intranet.example.nl/elders/',
    '//cdn.example/x.js',
    '/elders/',
    'data:image/png;base64,AAAA',
    '',
  ])('leaves %s as written', (value) => {
    expect(portableUrl(value, page, site)).toBeUndefined();
  });

  it('a site at the root', () => {
    const root = { ...site, base: '/' };
    expect(portableUrl('/blog/welkom/', 'index.html', root)).toBe('blog/welkom/index.html');
    expect(portableUrl('/', page, root)).toBe('../../index.html');
  });
  it('fileFor names index.html only for folders', () => {
    expect(fileFor('', site.files)).toBe('index.html');
    expect(fileFor('logo.svg', site.files)).toBe('logo.svg');
    expect(fileFor('tags/caf%C3%A9', site.files)).toBe('tags/caf%C3%A9/index.html');
  });
});

describe('other places addresses hide', () => {
  it('srcset keeps descriptors and commas inside addresses', () => {
    expect(portableSrcset('/leren/_astro/a.webp 480w, /leren/_astro/b,c.webp 960w', page, site)).toBe(
      '../../_astro/a.webp 480w, ../../_astro/b,c.webp 960w',
    );
  });
  it('CSS url() with and without quotes, and @import', () => {
    const css = `@import "/leren/theme.css";a{background:url(/leren/logo.svg)}b{background:url( '/leren/_astro/x.png' )}c{background:url(data:image/png;base64,AA)}`;
    expect(portableCss(css, '_astro/style.css', site)).toBe(
      `@import "../theme.css";a{background:url(../logo.svg)}b{background:url('x.png')}c{background:url(data:image/png;base64,AA)}`,
    );
  });
  it('meta refresh', () => {
    expect(portableRefresh('0; url=/leren/blog/', 'index.html', site)).toBe('0; url=blog/index.html');
  });
  it('JSON-LD: addresses of the site only, other strings untouched', () => {
    expect(
      portableJson(
        {
          url: 'https://intranet.example.nl/leren/blog/',
          name: '/leren/ is waar het begint',
          logo: ['/leren/logo.svg'],
        },
        'index.html',
        site,
      ),
    ).toEqual({ url: 'blog/index.html', name: '/leren/ is waar het begint', logo: ['logo.svg'] });
  });
});

describe('portableHtml', () => {
  const html = [
    '<!DOCTYPE html><html lang="nl"><head>',
    '<meta http-equiv="content-security-policy" content="script-src \'self\'">',
    '<link rel="stylesheet" href="/leren/_astro/style.css"><link rel="modulepreload" href="/leren/_astro/x.js">',
    '<link rel="canonical" href="https://intranet.example.nl/leren/blog/welkom/">',
    '<meta property="og:image" content="/leren/logo.svg">',
    '<script type="application/ld+json">{"url":"/leren/blog/welkom/","x":"</"}</script>',
    '</head><body data-keep="a &amp; b">',
    '<a href="/leren/blog/">Blog &amp; meer</a><img src="/leren/logo.svg" srcset="/leren/logo.svg 1x" alt="">',
    '<form action="/leren/zoeken/"><input name="q"></form>',
    '<p data-portable="hide">online</p><p data-portable="show" hidden>kopie</p>',
    '<script type="application/json" id="cfg">{"bundle":"/leren/pagefind/"}</script>',
    '<script type="module" src="/leren/_astro/search.js"></script><script>if (a < b) go("/leren/")</script>',
    '<style>p{color:red}</style>',
    '</body></html>',
  ].join('');

  it('rewrites every address, drops scripts and data blocks, flips the portable markers', async () => {
    const out = await portableHtml(html, page, site);
    expect(out).toContain('<link rel="stylesheet" href="../../_astro/style.css">');
    expect(out).toContain('<link rel="canonical" href="index.html">');
    expect(out).toContain('<meta property="og:image" content="../../logo.svg">');
    expect(out).toContain('<script type="application/ld+json">{"url":"index.html","x":"\\u003c/"}</script>');
    expect(out).toContain('<a href="../index.html">Blog &amp; meer</a>');
    expect(out).toContain('<img src="../../logo.svg" srcset="../../logo.svg 1x" alt="">');
    expect(out).toContain('<form action="../../zoeken/index.html">');
    expect(out).toContain('<p data-portable="hide" hidden="">online</p><p data-portable="show">kopie</p>');
    expect(out).not.toMatch(/modulepreload|search\.js|pagefind|go\(|id="cfg"/);
    expect(out).toMatch(/<\/form><p/);
  });
  it('leaves everything else byte for byte (the CSP hashes of inline styles still match)', async () => {
    const out = await portableHtml(html, page, site);
    expect(
      out.startsWith(
        '<!DOCTYPE html><html lang="nl"><head><meta http-equiv="content-security-policy" content="script-src \'self\'">',
      ),
    ).toBe(true);
    expect(out).toContain('<body data-keep="a &amp; b">');
    expect(out).toContain('<style>p{color:red}</style></body></html>');
  });
});
