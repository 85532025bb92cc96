/**
 * What a first search costs in Chromium: bytes transferred from focusing the search box to
 * the first results, and the time from keystroke to results. Runs on the built sample site;
 * set LEERHUIS_SEARCH_PERF_SITE (a built site folder), LEERHUIS_SEARCH_PERF_BASE and
 * LEERHUIS_SEARCH_PERF_QUERY to measure another one, such as a generated 10,000-entry site.
 *
 * Budgets are loose on purpose (shared CI machines): they catch a UI that loads Pagefind's
 * ready-made bundles or a whole index, not a few milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const siteDir = process.env.LEERHUIS_SEARCH_PERF_SITE || inject('sampleDir');
const base = process.env.LEERHUIS_SEARCH_PERF_BASE || inject('sampleBase');
const query = process.env.LEERHUIS_SEARCH_PERF_QUERY || 'excel';
const BYTES_BUDGET = 500_000;
const TIME_BUDGET_MS = 2_000;
/** The search page waits this long after a keystroke (src/client/search.ts). */
const DEBOUNCE = 180;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(siteDir, { base });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

describe(`first search for "${query}" in ${siteDir}`, () => {
  it('transfers little and shows results quickly', async () => {
    const context = await browser.newContext(); // empty cache
    const page = await context.newPage();
    const fetched: string[] = [];
    let counting = false;
    // The Pagefind worker's own requests are reported here too.
    page.on('requestfinished', (request) => counting && fetched.push(request.url()));
    await page.goto(`${server.url}zoeken/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      // Timestamps of every keystroke and of every time results were rendered.
      const w = window as unknown as { keys: number[]; renders: number[] };
      w.keys = [];
      w.renders = [];
      document.querySelector('#search-q')!.addEventListener('input', () => w.keys.push(performance.now()));
      // The live region is updated once the results are on screen.
      const status = document.querySelector('[data-search-status]')!;
      new MutationObserver(
        () => /\d/.test(status.textContent ?? '') && w.renders.push(performance.now()),
      ).observe(status, {
        childList: true,
      });
    });
    const resultsAfterLastKey = () =>
      page.waitForFunction(() => {
        const w = window as unknown as { keys: number[]; renders: number[] };
        const last = w.keys.at(-1)!;
        const render = w.renders.find((t) => t > last);
        return render === undefined ? false : render - last;
      });

    // Cold: focus the box (that starts loading Pagefind) and enter all but the last letter at
    // once, as a paste; warm: type the last letter once Pagefind is loaded.
    counting = true;
    await page.focus('#search-q');
    await page.keyboard.insertText(query.slice(0, -1));
    const cold = (await (await resultsAfterLastKey()).jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    counting = false;
    await page.keyboard.type(query.slice(-1));
    const warm = (await (await resultsAfterLastKey()).jsonValue()) as number;
    const timing = { cold, warm };

    // The test server sends files as they are on disk (no compression): their size is what
    // travels. A server that compresses text (JS, JSON) sends less; Pagefind's index files are
    // gzipped already.
    const files = await Promise.all(
      fetched.map(async (url) => {
        const path = decodeURIComponent(new URL(url).pathname).slice(base.length);
        const body = await readFile(join(siteDir, path));
        return {
          url,
          bytes: body.length,
          gzipped: /\.(js|json|css|html)$/.test(path) ? gzipSync(body).length : body.length,
        };
      }),
    );
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    const gzipped = files.reduce((sum, f) => sum + f.gzipped, 0);
    console.info(
      `first search "${query}": ${files.length} requests, ${kB(total)} transferred (${kB(gzipped)} with gzip for text), ` +
        `${Math.round(timing.cold)} ms from pasting "${query.slice(0, -1)}" into the box just focused to results, ` +
        `${Math.round(timing.warm)} ms from typing the last letter to new results (${DEBOUNCE} ms debounce included)\n` +
        files.map((f) => `  ${kB(f.bytes).padStart(9)}  ${new URL(f.url).pathname}`).join('\n'),
    );
    expect(files.every((f) => f.url.startsWith(server.origin))).toBe(true);
    expect(total).toBeLessThan(BYTES_BUDGET);
    expect(timing.cold).toBeLessThan(TIME_BUDGET_MS);
    expect(timing.warm).toBeLessThan(TIME_BUDGET_MS);
    await context.close();
  });
});
