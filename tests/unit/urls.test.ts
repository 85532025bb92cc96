import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  entryPath,
  listPath,
  normalizeBase,
  rebaseContentLink,
  rebaseLinksPlugin,
  tagPath,
  withBase,
} from '../../src/lib/urls.ts';

describe('absoluteUrl', () => {
  it('is the host of the site address, the base path and the page', () => {
    expect(absoluteUrl('https://intranet.x.nl', '/leren/', 'blog/welkom/')).toBe(
      'https://intranet.x.nl/leren/blog/welkom/',
    );
    expect(absoluteUrl('https://intranet.x.nl/', '/', '')).toBe('https://intranet.x.nl/');
    // A site address that names the base path too does not get it twice.
    expect(absoluteUrl('https://intranet.x.nl/leren/', '/leren/', 'blog/')).toBe(
      'https://intranet.x.nl/leren/blog/',
    );
    expect(absoluteUrl('http://localhost:8080', '/leren/', 'feeds/blog.xml')).toBe(
      'http://localhost:8080/leren/feeds/blog.xml',
    );
  });
});

describe('withBase', () => {
  it('puts site paths under the base path, with exactly one slash between', () => {
    expect(withBase('/leren/', 'blog/welkom/')).toBe('/leren/blog/welkom/');
    expect(withBase('/leren/', '/blog/welkom/')).toBe('/leren/blog/welkom/');
    expect(withBase('/leren', 'blog/')).toBe('/leren/blog/');
    expect(withBase('/', 'blog/')).toBe('/blog/');
  });
  it('gives the home page as the base itself', () => {
    expect(withBase('/leren/')).toBe('/leren/');
    expect(withBase('/')).toBe('/');
  });
  it('normalises any spelling of the base', () => {
    expect(normalizeBase('leren')).toBe('/leren/');
    expect(normalizeBase('//a/b//')).toBe('/a/b/');
    expect(normalizeBase('')).toBe('/');
  });
});

describe('entry, list and tag paths', () => {
  it('follow the routes in the collection registry', () => {
    expect(entryPath('opleidingen', 'excel-basis')).toBe('opleidingen/excel-basis/');
    expect(entryPath('paginas', 'leermogelijkheden')).toBe('leermogelijkheden/');
    expect(listPath('experts')).toBe('experts/');
    expect(listPath('experts', 1)).toBe('experts/');
    expect(listPath('experts', 3)).toBe('experts/3/');
    expect(tagPath('excel')).toBe('tags/excel/');
    expect(tagPath('excel', 2)).toBe('tags/excel/2/');
  });
});

describe('rebaseContentLink', () => {
  it('rebases root-relative links only', () => {
    expect(rebaseContentLink('/leren/', '/opleidingen/x/')).toBe('/leren/opleidingen/x/');
    expect(rebaseContentLink('/leren/', '/opleidingen/x/#kosten')).toBe('/leren/opleidingen/x/#kosten');
    expect(rebaseContentLink('/leren/', 'https://example.nl/a')).toBe('https://example.nl/a');
    expect(rebaseContentLink('/leren/', '//cdn.example.nl/a')).toBe('//cdn.example.nl/a');
    expect(rebaseContentLink('/leren/', '../x/')).toBe('../x/');
    expect(rebaseContentLink('/leren/', '#kop')).toBe('#kop');
    expect(rebaseContentLink('/leren/', 'mailto:a@b.nl')).toBe('mailto:a@b.nl');
  });
});

describe('rebaseLinksPlugin (in the Sätteri processor Astro renders Markdown with)', () => {
  const render = async (md: string, base: string) => {
    const processor = await createSatteriMarkdownProcessor({
      syntaxHighlight: false,
      hastPlugins: [rebaseLinksPlugin(base)],
    });
    return (await processor.render(md, {})).code;
  };

  it('rebases Markdown links and images in rendered HTML', async () => {
    const html = await render(
      '[Excel](/opleidingen/excel/) en ![logo](/logo.svg) en [extern](https://x.nl/)',
      '/leren/',
    );
    expect(html).toContain('href="/leren/opleidingen/excel/"');
    expect(html).toContain('src="/leren/logo.svg"');
    expect(html).toContain('href="https://x.nl/"');
  });
  it('leaves links alone when the site lives at the root', async () => {
    expect(await render('[Excel](/opleidingen/excel/)', '/')).toContain('href="/opleidingen/excel/"');
  });
});
