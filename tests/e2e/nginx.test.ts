/**
 * The built sample site on a real nginx under /leren/, configured with the `server` block from
 * docs/hosting.md and the generated `nginx-headers.conf`, as a site owner would: security
 * headers (also the HSTS line the guide repeats), cache rules, file types, compression, the
 * redirect to the slash, the 404 page, and one search in Chromium without a CSP violation.
 * nginx must be installed (.ci/run installs it); without it these tests fail, they never skip.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  charsetTypes,
  FILE_TYPES,
  fileType,
} from '../../src/lib/host-rules.ts';
import { HOST_FILES } from '../../src/lib/host-files.ts';
import { outputFiles } from '../../src/lib/output-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/host-headers.ts';
import { parseCalendar } from '../helpers/ical.ts';
import { findNginx, get, startNginx, type RunningNginx } from '../helpers/nginx.ts';

const sampleDir = inject('sampleDir');
const base = inject('sampleBase');
const work = mkdtempSync(join(tmpdir(), 'leerhuis-nginx-'));
const site = join(work, 'site');
const files = outputFiles(sampleDir);
const find = (pattern: RegExp) => {
  const file = files.find((f) => pattern.test(f));
  if (!file) throw new Error(`no file matching ${pattern} in the sample build`);
  return file;
};
const searchScript = find(/^_astro\/zoeken.*\.js$/);
const stylesheet = find(/^_astro\/.*\.css$/);
const fragment = find(/^pagefind\/fragment\//);
/** The headers a host sends on every response, as the build wrote them into `_headers`. */
const generated = new Map(Object.entries(siteHeaders(sampleDir)).map(([k, v]) => [k.toLowerCase(), v]));
const HSTS = 'max-age=31536000';

/** The guide's `server` block, pointed at a copy of the sample site. */
function serverFromGuide(): string {
  const guide = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
  const block = /```nginx\n(server \{[\s\S]*?\n\})\n```/.exec(guide)?.[1];
  if (!block) throw new Error('docs/hosting.md has no ```nginx block with a server { … }');
  return block.replaceAll('/srv/leerhuis/current', site);
}

let nginx: RunningNginx;
const url = (path: string) => `${nginx.origin}${base}${path}`;

beforeAll(async () => {
  const binary = findNginx();
  if (!binary)
    throw new Error(
      'nginx is not installed. These tests serve the site with a real nginx: install it (apt-get install nginx, as .ci/run does) or set NGINX_PATH.',
    );
  expect(base).toBe('/leren/'); // the guide's example is for /leren/
  cpSync(sampleDir, site, { recursive: true });
  // One small file per known extension, to check the type and compression of each.
  mkdirSync(join(site, 'mime-probe'));
  for (const ext of Object.keys(FILE_TYPES))
    writeFileSync(join(site, 'mime-probe', `probe.${ext}`), 'Leerhuis probe line. '.repeat(100));
  nginx = await startNginx(binary, join(work, 'nginx'), serverFromGuide());
});

afterAll(async () => {
  await nginx?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('nginx with the generated snippet', () => {
  it('sends the security headers and noindex on pages, files and the server-wide header it repeats', async () => {
    for (const path of ['', 'opleidingen/', stylesheet, 'pagefind/pagefind-entry.json', fragment]) {
      const { status, headers } = await get(url(path));
      expect(status, path).toBe(200);
      for (const [name, value] of generated) expect(headers[name], `${path}: ${name}`).toBe(value);
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(headers['x-robots-tag']).toBe('noindex, nofollow');
      expect(headers['strict-transport-security'], `${path}: HSTS`).toBe(HSTS);
    }
  });

  it('caches hashed files for a year and revalidates pages and Pagefind entry files', async () => {
    const cache = async (path: string) => (await get(url(path))).headers['cache-control'];
    for (const path of [stylesheet, searchScript, fragment])
      expect(await cache(path), path).toBe(CACHE_IMMUTABLE);
    for (const path of ['', 'blog/', 'theme.css', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js'])
      expect(await cache(path), path || '/').toBe(CACHE_REVALIDATE);
    const first = await get(url('opleidingen/'));
    const again = await get(url('opleidingen/'), { 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(CACHE_REVALIDATE);
  });

  it('serves every file type of the build with its MIME type', async () => {
    const hostFiles = new Set<string>(Object.values(HOST_FILES));
    const unknown = [
      ...new Set(files.filter((f) => !fileType(f) && !hostFiles.has(f)).map((f) => f.replace(/^.*\//, ''))),
    ];
    expect(unknown, 'files in the build without a known type').toEqual([]);
    for (const [ext, { type }] of Object.entries(FILE_TYPES)) {
      const { headers } = await get(url(`mime-probe/probe.${ext}`));
      const utf8 = type === 'text/html' || charsetTypes().includes(type);
      expect(headers['content-type'], ext).toBe(utf8 ? `${type}; charset=utf-8` : type);
    }
    expect((await get(url(searchScript))).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(url('logo.svg'))).headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect((await get(url('pagefind/wasm.nl.pagefind'))).headers['content-type']).toBe(
      'application/octet-stream',
    );
  });

  it('compresses text (script, stylesheet, JSON, SVG, calendars, feeds, WebAssembly), not images or Pagefind data', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    for (const [path, original] of [
      [searchScript, readFileSync(join(sampleDir, searchScript))],
      [stylesheet, readFileSync(join(sampleDir, stylesheet))],
    ] as const) {
      const { headers, body } = await get(url(path), gzip);
      expect(headers['content-encoding'], path).toBe('gzip');
      expect(headers.vary).toMatch(/Accept-Encoding/);
      expect(gunzipSync(body).equals(original), path).toBe(true);
      expect(body.length, path).toBeLessThan(original.length / 2);
    }
    for (const [ext, { compress }] of Object.entries(FILE_TYPES)) {
      const { headers } = await get(url(`mime-probe/probe.${ext}`), gzip);
      expect(headers['content-encoding'], ext).toBe(compress ? 'gzip' : undefined);
    }
  });

  it("serves the agenda's calendar files as UTF-8 text/calendar that a calendar app can read", async () => {
    const calendars = files.filter((f) => f.startsWith('agenda/') && f.endsWith('.ics'));
    expect(calendars).toContain('agenda/agenda.ics');
    for (const path of calendars) {
      const { status, headers, body } = await get(url(path));
      expect(status, path).toBe(200);
      expect(headers['content-type'], path).toBe('text/calendar; charset=utf-8');
      expect(headers['cache-control'], path).toBe(CACHE_REVALIDATE);
      expect(parseCalendar(body.toString('utf8')).events.length, path).toBeGreaterThan(0);
    }
  });

  it('redirects the base path without its slash, and folders without theirs', async () => {
    const bare = await get(`${nginx.origin}${base.slice(0, -1)}`);
    expect(bare.status).toBe(301);
    expect(new URL(bare.headers.location!, nginx.origin).href).toBe(url(''));
    const folder = await get(url('blog'));
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe(`${base}blog/`);
  });

  it('answers a missing page and the configuration files with the site 404 page and all its headers', async () => {
    const page404 = readFileSync(join(sampleDir, '404.html'), 'utf8');
    for (const path of [
      'bestaat-niet/',
      '_astro/bestaat-niet.css',
      'nginx-headers.conf',
      'web.config',
      '_headers',
    ]) {
      const { status, headers, body } = await get(url(path));
      expect(status, path).toBe(404);
      expect(body.toString('utf8'), path).toBe(page404);
      expect(headers['content-security-policy'], path).toBe(generated.get('content-security-policy'));
      expect(headers['x-robots-tag'], path).toBe('noindex, nofollow');
      expect(headers['cache-control'], path).toBe(CACHE_REVALIDATE);
    }
  });

  it('searches in Chromium under the header policy, without a violation or console error', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(url('zoeken/?q=excel'));
      const first = page.locator('[data-search-results] > li a').first();
      await first.waitFor({ timeout: 30_000 });
      const href = await first.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${base}`));
      const opened = await page.goto(new URL(href!, nginx.origin).href);
      expect(opened?.status()).toBe(200);
      expect(problems).toEqual([]);
    } finally {
      await browser?.close();
    }
  }, 90_000);

  it('logged no error', () => {
    const errors = nginx
      .errors()
      .split('\n')
      .filter((l) => /\[(emerg|alert|crit|warn)\]/.test(l));
    expect(errors).toEqual([]);
  });
});
