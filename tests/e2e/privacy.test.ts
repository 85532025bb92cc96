/**
 * Privacy on the built sample site, as a reader's browser experiences it: no request leaves
 * the site's own origin, no cookie is set, no page writes to the browser's storage when it
 * opens — only the tools and the bookmark button do, after the reader acts, under one key —
 * and people who have not given consent appear nowhere, not even in the search index.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { outputFiles } from '../../src/lib/output-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { sitePages, timeFor } from '../helpers/site-pages.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');
const files = outputFiles(dir);
const pages = sitePages(dir);
/** The one key under which the tools keep the reader's own data, on purpose. */
const TOOL_KEY = `leerhuis:${base}`;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const offOrigin: string[] = [];
const cookiesSent: string[] = [];

beforeAll(async () => {
  server = await serve(dir, { base });
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== server.origin) offOrigin.push(`${request.frame()?.url() ?? '?'} → ${request.url()}`);
  });
  context.on('response', async (response) => {
    const setCookie = await response.headerValue('set-cookie');
    if (setCookie) cookiesSent.push(`${response.url()}: ${setCookie}`);
  });
  // Record every write to cookies and storage, whichever script makes it.
  await context.addInitScript(() => {
    const writes: string[] = [];
    (window as unknown as { __writes: string[] }).__writes = writes;
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      get() {
        return cookie.get!.call(this);
      },
      set(value: string) {
        writes.push(`document.cookie = ${value}`);
        cookie.set!.call(this, value);
      },
    });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`);
      return setItem.call(this, key, value);
    };
  });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function writesOn(path: string, then?: (page: Page) => Promise<void>): Promise<string[]> {
  await page.goto(server.url + path, { waitUntil: 'load' });
  await then?.(page);
  const found = await page.evaluate(() => [
    ...(window as unknown as { __writes: string[] }).__writes,
    ...(localStorage.length ? [`localStorage holds ${localStorage.length} item(s)`] : []),
    ...(sessionStorage.length ? [`sessionStorage holds ${sessionStorage.length} item(s)`] : []),
  ]);
  return found.map((w) => `${path || '/'}: ${w}`);
}

describe('in the browser', () => {
  it(
    'every page: no request off the origin, no cookie, no storage written when it opens',
    async () => {
      const writes: string[] = [];
      for (const path of pages) writes.push(...(await writesOn(path)));
      writes.push(
        ...(await writesOn('zoeken/?q=intervisie', (p) =>
          p
            .locator('[data-search-results] > li')
            .first()
            .waitFor({ timeout: timeFor(1) }),
        )),
      );
      expect(pages.length).toBeGreaterThan(20);
      expect(offOrigin).toEqual([]);
      expect(cookiesSent).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(writes).toEqual([]);
    },
    timeFor(pages.length, 2_000),
  );

  it('storage is written only when the reader acts: the bookmark button and the tools, under one key', async () => {
    const bookmark = await writesOn('opleidingen/excel-in-de-praktijk/', (p) => p.click('[data-bookmark]'));
    const scan = await writesOn('instrumenten/zelfscan/', (p) =>
      p.locator('input[type="radio"]').first().check(),
    );
    expect([...bookmark, ...scan]).toEqual([
      `opleidingen/excel-in-de-praktijk/: localStorage.setItem(${TOOL_KEY})`,
      'opleidingen/excel-in-de-praktijk/: localStorage holds 1 item(s)',
      `instrumenten/zelfscan/: localStorage.setItem(${TOOL_KEY})`,
      'instrumenten/zelfscan/: localStorage holds 1 item(s)',
    ]);
    await page.evaluate(() => localStorage.clear());
  });

  it('(control) the instruments do see a cookie, a storage write and an off-origin request', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      document.cookie = 'proef=1';
      localStorage.setItem('proef', '1');
    });
    const found = await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
    // (The site's own policy would block this fetch before it is sent, so it comes from a blank tab.)
    const blank = await context.newPage();
    await blank.evaluate(() => fetch('http://third-party.invalid/pixel.gif').catch(() => {}));
    await blank.close();
    expect(found).toEqual(['document.cookie = proef=1', 'localStorage.setItem(proef)']);
    expect(offOrigin.some((r) => r.includes('third-party.invalid'))).toBe(true);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['proef']);
  });
});

describe('search engines (intranet: indexable is false in the sample)', () => {
  it('every page says noindex, the header files say the same, robots.txt lets crawlers see it', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    const without = html.filter(
      (f) =>
        !/<meta name="robots" content="noindex, nofollow"\s*\/?>/.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(without).toEqual([]);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain('  X-Robots-Tag: noindex, nofollow\n');
    expect(readFileSync(join(dir, 'nginx-headers.conf'), 'utf8')).toContain(
      'add_header X-Robots-Tag "noindex, nofollow" always;',
    );
    expect(readFileSync(join(dir, 'web.config'), 'utf8')).toContain(
      '<add name="X-Robots-Tag" value="noindex, nofollow" />',
    );
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow:\s*\S/m);
  });
});

describe('people without consent', () => {
  const content = loadContent(resolve(projectRoot, 'content'), projectRoot);
  const withheld = content.entries.filter((e) => e.collection === 'experts' && e.data.consent !== true);

  /** Every text the site publishes: pages, feeds, data files, and the (compressed) search index. */
  const published = files.map((f) => {
    const bytes = readFileSync(join(dir, f));
    const text =
      f.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b
        ? gunzipSync(bytes).toString('utf8')
        : bytes.toString('utf8');
    return { file: f, text };
  });

  it('the sample has someone who withdrew consent', () => expect(withheld.length).toBeGreaterThan(0));

  it.each(withheld.map((e) => [e.id, e] as const))(
    '%s: name, e-mail, phone and page appear nowhere',
    (id, expert) => {
      const secrets = [expert.data.name, expert.data.email, expert.data.phone, `experts/${id}/`].filter(
        (s): s is string => typeof s === 'string' && s.length > 3,
      );
      const leaks = published.flatMap(({ file, text }) =>
        secrets.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`),
      );
      expect(leaks).toEqual([]);
      expect(files).not.toContain(`experts/${id}/index.html`);
    },
  );

  it('the check reads the search index (it is not just skipped)', () => {
    const index = published.filter((p) => p.file.startsWith('pagefind/fragment/'));
    expect(index.length).toBeGreaterThan(10);
    expect(index.some((p) => p.text.includes('"content"'))).toBe(true);
  });
});
