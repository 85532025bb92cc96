/**
 * A browser session on the built sample site for the tool tests: served with the headers the
 * build generated (its Content-Security-Policy among them), every request recorded, and every
 * policy violation, script error and console error collected.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { siteHeaders } from './host-headers.ts';
import { serve, type StaticServer } from './serve.ts';

export interface RecordedRequest {
  url: string;
  method: string;
  body: string | null;
}

export interface ToolSession {
  server: StaticServer;
  browser: Browser;
  context: BrowserContext;
  /** Every request any page made. */
  requests: RecordedRequest[];
  /** Policy violations, script errors and console errors, with the page they happened on. */
  problems: string[];
  /** Opens a site path in a new tab and waits for it to load. */
  open: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Starts a session; `init` runs in every page before its own scripts (e.g. to block storage).
 * Pass the `browser` of an earlier session to share it (starting Chromium takes seconds).
 */
export async function startToolSession(
  dir: string,
  base: string,
  options: BrowserContextOptions & { init?: () => void; browser?: Browser } = {},
): Promise<ToolSession> {
  const { init, browser: shared, ...contextOptions } = options;
  const server = await serve(dir, { base, headers: siteHeaders(dir) });
  const browser: Browser = shared ?? (await launchBrowser());
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    ),
  );
  if (init) await context.addInitScript(init);
  context.on('page', (page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: script error: ${e.message}`));
  });
  return {
    server,
    browser,
    context,
    requests,
    problems,
    async open(path) {
      const page = await context.newPage();
      await page.goto(server.url + path, { waitUntil: 'load' });
      return page;
    },
    async close() {
      if (shared) await context.close();
      else await browser.close();
      await server.close();
    },
  };
}

/** What the tools keep in this tab's browser, parsed (undefined when nothing). */
export async function stored(page: Page, base: string): Promise<Record<string, unknown> | undefined> {
  const text = await page.evaluate((key) => localStorage.getItem(key), `leerhuis:${base}`);
  return text === null ? undefined : (JSON.parse(text) as Record<string, unknown>);
}
