import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  cacheControl,
  charsetTypes,
  compressibleTypes,
  fileType,
} from '../../src/lib/host-rules.ts';

describe('cache rules', () => {
  it('a year for file names with a content hash', () => {
    for (const path of [
      '_astro/style.BweKXf5w.css',
      '/_astro/omslag.BK-HlT-Y_15wif8.webp',
      'pagefind/fragment/nl_109dc0a.pf_fragment',
      'pagefind/index/nl_1.pf_index',
      'pagefind/filter/nl_2.pf_filter',
    ])
      expect(cacheControl(path), path).toBe(CACHE_IMMUTABLE);
  });
  it('revalidation for pages and every file that keeps its name from build to build', () => {
    for (const path of [
      '',
      'blog/welkom/',
      'index.html',
      '404.html',
      'theme.css',
      'logo.svg',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.nl.pagefind',
      'zoeken/labels.json',
      'blog/_astro/x.css',
    ])
      expect(cacheControl(path), path).toBe(CACHE_REVALIDATE);
    expect(CACHE_IMMUTABLE).toMatch(/max-age=31536000.*immutable/);
  });
});

describe('file types', () => {
  it('by extension, case-insensitive, including calendars, feeds and Pagefind files', () => {
    expect(fileType('agenda/opleidingen.ics')?.type).toBe('text/calendar');
    expect(fileType('rss.xml')?.type).toBe('application/xml');
    expect(fileType('blog.rss')?.type).toBe('application/rss+xml');
    expect(fileType('pagefind/wasm.nl.pagefind')?.type).toBe('application/octet-stream');
    expect(fileType('LOGO.SVG')?.type).toBe('image/svg+xml');
    expect(fileType('x.js')?.type).toBe('text/javascript');
    expect(fileType('blog/')).toBeUndefined();
    expect(fileType('v1.2/README')).toBeUndefined();
  });
  it('compresses text, never images or data Pagefind already compressed', () => {
    const types = compressibleTypes();
    for (const t of [
      'text/css',
      'text/javascript',
      'application/json',
      'image/svg+xml',
      'application/wasm',
      'text/calendar',
    ])
      expect(types).toContain(t);
    for (const t of ['image/png', 'image/webp', 'application/octet-stream']) expect(types).not.toContain(t);
    expect(charsetTypes()).toContain('text/calendar');
    expect(charsetTypes()).not.toContain('application/wasm');
  });
});
