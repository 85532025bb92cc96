/**
 * The built sample site, served with the headers from its own generated `_headers` file (the
 * Content-Security-Policy among them), shows every page without a single policy violation or
 * console error — and search still works under that policy.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/host-headers.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { MISSING_PAGE, pageGroups, sitePages, timeFor } from '../helpers/site-pages.ts';

const dir = inject('sampleDir');
const base = inject('sampleBase');

const pages = sitePages(dir);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Headers as a host would send them, read from the generated `_headers` (rule `/*`). */
const headers = siteHeaders(dir);

beforeAll(async () => {
  server = await serve(dir, { base, headers });
  browser = await launchBrowser();
  context = await browser.newContext();
  // Registered before any page script runs, so no violation goes unseen.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample || e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (expectStatus === 404 && /status of 404/.test(m.text())) return;
    problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let page: Page;
let problems: string[] = [];
let expectStatus = 200;

/** Opens a page in the one tab and returns everything that went wrong on it. */
async function visit(path: string, then?: (page: Page) => Promise<void>, status = 200): Promise<string[]> {
  problems = [];
  expectStatus = status;
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(status);
  expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  await then?.(page);
  problems.push(
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  );
  return problems.map((p) => `${path || '/'}: ${p}`);
}

describe('Content-Security-Policy on the built sample site', () => {
  it('the host files carry a CSP without unsafe-inline, with what Pagefind needs', () => {
    const csp = headers['Content-Security-Policy']!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/'unsafe-inline'/);
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pageGroups(pages, 20))(
    '$label: no page triggers a violation or a console error',
    async ({ paths }) => {
      const found: string[] = [];
      for (const path of paths) found.push(...(await visit(path)));
      expect(found).toEqual([]);
    },
    timeFor(20, 2_000),
  );

  it('the 404 page too', async () => {
    expect(await visit(MISSING_PAGE, undefined, 404)).toEqual([]);
  });

  it('search runs under the policy (Pagefind WebAssembly and worker)', async () => {
    let results = 0;
    const found = await visit('zoeken/?q=excel', async (page) => {
      await page
        .locator('[data-search-results] > li')
        .first()
        .waitFor({ timeout: timeFor(1) });
      results = await page.locator('[data-search-results] > li').count();
    });
    expect(found).toEqual([]);
    expect(results).toBeGreaterThan(0);
  });
});
