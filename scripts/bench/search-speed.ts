/**
 * What a first search costs a reader, in Chromium against a built site served on loopback:
 * the requests and bytes from focusing the search box to the first results, the time from
 * pasting the query (all but its last letter, into a box just focused, so Pagefind loads
 * meanwhile) to results, and the time from typing the last letter to new results.
 *
 * `npm run bench` measures every generated site with it; the test suite uses it for the byte
 * budget only (times depend on the machine and are reported, never asserted).
 *
 * On its own: node scripts/bench/search-speed.ts <built site folder> [base path] [query]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/serve.ts';

/** The search page waits this long after a keystroke before searching (src/client/search.ts). */
export const SEARCH_DEBOUNCE_MS = 180;

export interface SearchSpeed {
  query: string;
  /** Requests from focusing the box until the first results and everything they started. */
  requests: number;
  /** Bytes of those requests as the files lie on disk (what an uncompressing server sends). */
  bytes: number;
  /** The same with text files (JS, JSON, CSS, HTML) gzipped; Pagefind's index is gzipped already. */
  gzippedBytes: number;
  /**
   * `gzippedBytes` with each address counted once: the search page's second Pagefind instance
   * asks for files the first fetched (served from the browser's cache, or as a 304 with the
   * cache rules).
   */
  uniqueGzippedBytes: number;
  /** Pasting the query into the box just focused → results on screen (Pagefind loads meanwhile). */
  coldMs: number;
  /** Typing the last letter once Pagefind is loaded → new results (the debounce included). */
  warmMs: number;
  files: { path: string; bytes: number }[];
}

export interface SearchSpeedOptions {
  siteDir: string;
  /** Base path the site is built for, e.g. `/leren/`. */
  base?: string;
  query?: string;
}

export async function measureFirstSearch(options: SearchSpeedOptions): Promise<SearchSpeed> {
  const { siteDir, base = '/', query = 'excel' } = options;
  const server = await serve(siteDir, { base });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(); // an empty cache
    const page = await context.newPage();
    const fetched: string[] = [];
    let counting = false;
    // The Pagefind worker's own requests are reported here too.
    page.on('requestfinished', (request) => counting && fetched.push(request.url()));
    await page.goto(`${server.url}zoeken/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      // Timestamps of every keystroke and of every time results were announced.
      const w = window as unknown as { keys: number[]; renders: number[] };
      w.keys = [];
      w.renders = [];
      document.querySelector('#search-q')!.addEventListener('input', () => w.keys.push(performance.now()));
      // The live region is updated once the results are on screen: a count, or no results
      // (which names the query, in quotes).
      const status = document.querySelector('[data-search-status]')!;
      new MutationObserver(
        () => /\d|“/.test(status.textContent ?? '') && w.renders.push(performance.now()),
      ).observe(status, { childList: true });
    });
    const resultsAfterLastKey = async () =>
      (await (
        await page.waitForFunction(
          () => {
            const w = window as unknown as { keys: number[]; renders: number[] };
            const last = w.keys.at(-1)!;
            const render = w.renders.find((t) => t > last);
            return render === undefined ? false : render - last;
          },
          undefined,
          { timeout: 120_000 },
        )
      ).jsonValue()) as number;

    counting = true;
    await page.focus('#search-q');
    await page.keyboard.insertText(query.slice(0, -1));
    const coldMs = await resultsAfterLastKey();
    await page.waitForLoadState('networkidle');
    counting = false;
    await page.keyboard.type(query.slice(-1));
    const warmMs = await resultsAfterLastKey();
    await context.close();

    const files = await Promise.all(
      fetched.map(async (url) => {
        const { origin, pathname, search } = new URL(url);
        if (origin !== server.origin) throw new Error(`the search fetched from another origin: ${url}`);
        const path = decodeURIComponent(pathname).slice(base.length);
        const body = await readFile(join(siteDir, path));
        const gzipped = /\.(js|mjs|json|css|html)$/.test(path) ? gzipSync(body).length : body.length;
        // The address with its query: `pagefind.js?rank` is a download of its own.
        return { path, address: `${pathname}${search}`, bytes: body.length, gzipped };
      }),
    );
    return {
      query,
      requests: files.length,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      gzippedBytes: files.reduce((sum, f) => sum + f.gzipped, 0),
      uniqueGzippedBytes: [...new Map(files.map((f) => [f.address, f.gzipped])).values()].reduce(
        (sum, n) => sum + n,
        0,
      ),
      coldMs,
      warmMs,
      files: files.map(({ path, bytes }) => ({ path, bytes })),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/** One line, and the files fetched below it. */
export function formatSearchSpeed(s: SearchSpeed, withFiles = false): string {
  const line =
    `first search "${s.query}": ${s.requests} requests, ${kB(s.bytes)} (${kB(s.gzippedBytes)} with gzip for text, ${kB(s.uniqueGzippedBytes)} counting each file once); ` +
    `${Math.round(s.coldMs)} ms from pasting into the box just focused to results, ` +
    `${Math.round(s.warmMs)} ms from the last letter to new results (${SEARCH_DEBOUNCE_MS} ms debounce included)`;
  return withFiles
    ? `${line}\n${s.files.map((f) => `  ${kB(f.bytes).padStart(9)}  ${f.path}`).join('\n')}`
    : line;
}

if (import.meta.main) {
  const [dir, base, query] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: node scripts/bench/search-speed.ts <built site folder> [base path] [query]');
    process.exit(2);
  }
  console.log(formatSearchSpeed(await measureFirstSearch({ siteDir: resolve(dir), base, query }), true));
}
